/** A half-open [start, end) range of UTF-16 code units into the original text. */
export interface TextRange {
  start: number;
  end: number;
}

/** True when the code unit at `index` is white space (the same set as JavaScript's `\s` and `trim`). */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // ASCII fast path; everything else (NBSP, U+2028, BOM, ideographic space...) goes to the regex.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Narrows [start, end) to exclude surrounding white space; an all-space range comes back empty. */
export function trimRange(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}
