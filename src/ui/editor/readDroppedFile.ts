import { isSheetFileName, sniffTextFile } from './sniffTextFile';

/** What an opened file holds: a story, a cue sheet's JSON, or why it can't be used. */
export type OpenedFile =
  | { kind: 'text'; text: string }
  | { kind: 'sheet'; json: string }
  | { kind: 'error'; error: string };

/** Files bigger than this are refused before reading (a story is far smaller; a video is not). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a picked or dropped file: .json (or any file when `asSheet`) as a cue sheet, else as story text. */
export async function readDroppedFile(file: File, asSheet = false): Promise<OpenedFile> {
  if (file.size > MAX_FILE_BYTES) {
    return { kind: 'error', error: `“${file.name}” is too big to be a story (over 64 MB).` };
  }
  const sniffed = sniffTextFile(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!sniffed.ok) return { kind: 'error', error: sniffed.error };
  return asSheet || isSheetFileName(file.name)
    ? { kind: 'sheet', json: sniffed.text }
    : { kind: 'text', text: sniffed.text };
}
