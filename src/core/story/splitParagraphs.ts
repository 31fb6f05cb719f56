import { isSpaceAt, trimRange, type TextRange } from './textRange';

/** Divides text into paragraphs (separated by blank lines or U+2029), each trimmed; CR, LF and CRLF all end lines. */
export function splitParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  let lineStart = 0;
  let lineBlank = true;
  const close = (): void => {
    if (paraStart < 0) return;
    const range = trimRange(text, paraStart, paraEnd);
    if (range.end > range.start) paragraphs.push(range);
    paraStart = -1;
  };
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    const lineBreak = code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
    if (!lineBreak) {
      if (lineBlank && !isSpaceAt(text, i)) lineBlank = false;
      continue;
    }
    if (lineBlank) {
      close();
    } else {
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = i;
    }
    if (code === 0x2029) close();
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
    lineBlank = true;
  }
  close();
  return paragraphs;
}
