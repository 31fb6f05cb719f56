import { NON_FINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS } from './abbreviations';
import { isSpaceAt, trimRange, type TextRange } from './textRange';

// Western-style ends need white space (or an emoji) after them; CJK ends split on the spot.
const TERMINATORS = '.!?…‼⁇⁈⁉؟।॥։።';
const CJK_TERMINATORS = '。！？｡．';
const CLOSERS = `"'”’»›」』）)]}】〕〉》`;
// Skipped when looking at how the next sentence starts, so «— сказал он» and "(the" read as lower case.
const OPENERS = `"'“‘„«‹「『（([{【〔〈《¿¡—–―-`;
const LOWER_RE = /\p{Ll}/u;
const DIGIT_RE = /\p{Nd}/u;
const LETTER_OR_DOT_RE = /[\p{L}\p{M}.]/u;
const SINGLE_UPPER_RE = /^\p{Lu}$/u;
// Pictographs, flag letters and skin tones start or continue an emoji; joiners and tags only continue one.
const EMOJI_RE = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]/u;
const EMOJI_PART_RE = /\u200d|\ufe0f|\u20e3|[\u{E0020}-\u{E007F}]/u;

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  return text.slice(index, index + (code > 0xffff ? 2 : 1));
}

function isTerminatorAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // ASCII fast path: only . ! ? end sentences there.
  if (code < 128) return code === 46 || code === 33 || code === 63;
  const ch = text.charAt(index);
  return TERMINATORS.includes(ch) || CJK_TERMINATORS.includes(ch);
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceAt(text, i)) i++;
  return i;
}

/** Index just past an emoji sequence starting at `from`, or `from` when none starts there. */
function skipEmoji(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const ch = charAt(text, i);
    if (!(EMOJI_RE.test(ch) || (i > from && EMOJI_PART_RE.test(ch)))) break;
    i += ch.length;
  }
  return i;
}

/** The word (letters and inner periods) just before `index`, lower-cased: "Mr" -> "mr", "e.g" -> "e.g". */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && index - i < 16 && LETTER_OR_DOT_RE.test(text.charAt(i - 1))) i--;
  return text.slice(i, index);
}

/** True for initials such as "J" or "J.R.R" (single capitals joined by periods). */
function isInitials(word: string): boolean {
  return word.length > 0 && word.split('.').every((part) => SINGLE_UPPER_RE.test(part));
}

/**
 * Decides whether the terminator run [runStart, runEnd) followed by closers up to `closersEnd`
 * ends a sentence; returns where the sentence ends, or -1 when it goes on.
 */
function sentenceEndAt(
  text: string,
  runStart: number,
  runEnd: number,
  closersEnd: number,
  paraEnd: number,
): number {
  let end = closersEnd;
  let next = skipSpaces(text, end, paraEnd);
  // A trailing emoji ("Done! 🎉 Next.") stays with the sentence it follows.
  const afterEmoji = skipEmoji(text, next, paraEnd);
  if (afterEmoji > next && (afterEmoji >= paraEnd || isSpaceAt(text, afterEmoji))) {
    end = afterEmoji;
    next = skipSpaces(text, end, paraEnd);
  }
  if (next >= paraEnd) return -1;
  const run = text.slice(runStart, runEnd);
  if ([...run].some((ch) => CJK_TERMINATORS.includes(ch))) return end;
  if (next === end) return -1;
  let start = next;
  while (start < paraEnd && OPENERS.includes(text.charAt(start)))
    start = skipSpaces(text, start + 1, paraEnd);
  const first = charAt(text, start);
  if (LOWER_RE.test(first)) return -1;
  if (run === '.') {
    const word = wordBefore(text, runStart);
    const lower = word.toLowerCase();
    if (NON_FINAL_ABBREVIATIONS.has(lower) || isInitials(word)) return -1;
    if (DIGIT_RE.test(first) && NUMBER_ABBREVIATIONS.has(lower)) return -1;
  }
  return end;
}

/** Divides the range [start, end) of text (one paragraph) into trimmed sentence ranges. */
export function splitSentences(text: string, start = 0, end = text.length): TextRange[] {
  const sentences: TextRange[] = [];
  let sentenceStart = start;
  const push = (to: number): void => {
    const range = trimRange(text, sentenceStart, to);
    if (range.end > range.start) sentences.push(range);
    sentenceStart = to;
  };
  let i = start;
  while (i < end) {
    if (!isTerminatorAt(text, i)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && isTerminatorAt(text, i)) i++;
    const runEnd = i;
    while (i < end && CLOSERS.includes(text.charAt(i))) i++;
    const sentenceEnd = sentenceEndAt(text, runStart, runEnd, i, end);
    if (sentenceEnd >= 0) {
      push(sentenceEnd);
      i = sentenceEnd;
    }
  }
  push(end);
  return sentences;
}
