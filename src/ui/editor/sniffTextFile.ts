/** What a file turned out to be: its text, or why it can't be read as text. */
export type SniffResult = { ok: true; text: string } | { ok: false; error: string };

/** How much of the start of a file is checked for binary content. */
const SNIFF_BYTES = 8192;

/** Bytes that never appear in text: C0 controls other than tab, newline, form feed and return. */
function isBinaryByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

/** Reads a file's bytes as UTF-8 text, refusing binary files (images, PDFs, archives) with a message. */
export function sniffTextFile(bytes: Uint8Array, name: string): SniffResult {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return notText(name);
    if (isBinaryByte(byte)) controls++;
  }
  if (head.length > 0 && controls / head.length > 0.02) return notText(name);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    return {
      ok: false,
      error: `“${name}” is not UTF-8 text: save it as plain text and try again.`,
    };
  }
}

function notText(name: string): SniffResult {
  return {
    ok: false,
    error: `“${name}” is not a text file: open a story as .txt or .md, or a cue sheet as .json.`,
  };
}

/** Whether a file name looks like a cue sheet (JSON) rather than a story. */
export function isSheetFileName(name: string): boolean {
  return /\.json$/i.test(name);
}
