/** One counted word: where it ends in the text and how much reading it weighs (a CJK character weighs half a word). */
export interface WordToken {
  end: number;
  weight: number;
}

const OTHER = 1;
const LETTER = 2;
const CJK = 3;
const JOINER = 4;
const CJK_RE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;
const JOINERS = "'\u2019.,-\u2010\u2011";
// Classifying by regex is slow, so each BMP code unit is classified once and remembered.
const bmpKinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();

function classify(ch: string): number {
  if (CJK_RE.test(ch)) return CJK;
  if (LETTER_RE.test(ch)) return LETTER;
  return JOINERS.includes(ch) ? JOINER : OTHER;
}

function kindAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) {
    let kind = bmpKinds[code] ?? OTHER;
    if (kind === 0) bmpKinds[code] = kind = classify(text.charAt(index));
    return kind;
  }
  const point = text.codePointAt(index) ?? code;
  let kind = astralKinds.get(point);
  if (kind === undefined) astralKinds.set(point, (kind = classify(String.fromCodePoint(point))));
  return kind;
}

/**
 * Calls `onWord` for each word of text.slice(start, end): letters and digits of any script, joined
 * by ' ’ - . , inside a word ("don't", "3.5", "1,000"); CJK characters one by one at half weight;
 * emoji and punctuation are not words.
 */
export function scanWords(
  text: string,
  start: number,
  end: number,
  onWord: (endIndex: number, weight: number) => void,
): void {
  let inWord = false;
  let i = start;
  while (i < end) {
    const kind = kindAt(text, i);
    const size = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    if (kind === LETTER) {
      inWord = true;
    } else if (inWord && !(kind === JOINER && i + 1 < end && kindAt(text, i + 1) === LETTER)) {
      onWord(i, 1);
      inWord = false;
    }
    if (kind === CJK) onWord(i + size, 0.5);
    i += size;
  }
  if (inWord) onWord(end, 1);
}

/** Lists the words of text.slice(start, end) as `scanWords` finds them. */
export function wordTokens(text: string, start = 0, end = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, start, end, (endIndex, weight) => tokens.push({ end: endIndex, weight }));
  return tokens;
}

/** Counts words for reading pace: whole words across scripts, CJK characters at two per word (rounded up), emoji none. */
export function countWords(text: string, start = 0, end = text.length): number {
  let whole = 0;
  let halves = 0;
  scanWords(text, start, end, (_endIndex, weight) => {
    if (weight === 1) whole++;
    else halves++;
  });
  return whole + Math.ceil(halves / 2);
}
