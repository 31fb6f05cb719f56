import { wordTokens } from './countWords';
import { isSpaceAt, trimRange, type TextRange } from './textRange';

/** Words that open a clause after a comma, which makes that comma a good place to split. */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(
  (
    'and but or nor so yet as while when whereas because though although until before after ' +
    'since if unless where which who whose whom then ' +
    'и но а или да когда пока что чтобы хотя если где который которая которое которые как'
  ).split(' '),
);

const STRONG_MARKS = ';:…—–―；：';
// CJK punctuation needs no space after it to mark a clause.
const CJK_MARKS = '；：，、';
const COMMAS = ',，、';
const CLOSERS = `"'”’»›」』）)]}`;
const WORD_CHAR_RE = /[\p{L}\p{M}]/u;

/** Split priorities, best first: ; : … and dashes, a comma before a conjunction, any comma, any space. */
const Rank = { Strong: 0, Conjunction: 1, Comma: 2, Space: 3 } as const;

interface Candidate {
  at: number;
  rank: number;
  /** Words before `at`. */
  left: number;
}

function wordAt(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && i - from < 10 && WORD_CHAR_RE.test(text.charAt(i))) i++;
  return text.slice(from, i).toLowerCase();
}

/** Places where [start, end) may split, in text order; `at` is where the left part ends. */
function candidates(text: string, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    const spaced = isSpaceAt(text, i);
    if (spaced) {
      if (i > start && !isSpaceAt(text, i - 1)) found.push({ at: i, rank: Rank.Space, left: 0 });
      continue;
    }
    const dash = ch === '-' && i > start && isSpaceAt(text, i - 1);
    const ellipsis = ch === '.' && text.charAt(i + 1) === '.';
    if (!STRONG_MARKS.includes(ch) && !COMMAS.includes(ch) && !dash && !ellipsis) continue;
    let at = i + 1;
    while (at < end && text.charAt(at) === '.') at++;
    while (at < end && CLOSERS.includes(text.charAt(at))) at++;
    // "apart—it" may split after an em dash; every other mark needs space after it ("3,5", "10:30").
    if (at >= end || !(isSpaceAt(text, at) || ch === '—' || CJK_MARKS.includes(ch))) continue;
    let rank: number = Rank.Strong;
    if (ch === ',') {
      const next = wordAt(text, trimRange(text, at, end).start, end);
      rank = CLAUSE_CONJUNCTIONS.has(next) ? Rank.Conjunction : Rank.Comma;
    } else if (COMMAS.includes(ch)) {
      rank = Rank.Comma;
    }
    found.push({ at, rank, left: 0 });
    i = at - 1;
  }
  return found;
}

/** Index of the best-ranked candidate in [lo, hi) leaving at least `floor` words each side, nearest the middle; -1 if none. */
function bestSplit(
  found: readonly Candidate[],
  lo: number,
  hi: number,
  wordsLo: number,
  wordsHi: number,
  floor: number,
): number {
  const middle = (wordsLo + wordsHi) / 2;
  let best = -1;
  let bestRank = Infinity;
  let bestDistance = Infinity;
  for (let k = lo; k < hi; k++) {
    const c = found[k];
    if (!c || c.left - wordsLo < floor || wordsHi - c.left < floor || c.rank > bestRank) continue;
    const distance = Math.abs(c.left - middle);
    if (c.rank < bestRank || distance < bestDistance) {
      best = k;
      bestRank = c.rank;
      bestDistance = distance;
    }
  }
  return best;
}

/** Splits a sentence longer than `maxWords` at clause boundaries, recursively, into trimmed ranges in text order. */
export function splitLongSentence(
  text: string,
  range: TextRange,
  maxWords: number,
  minWords: number,
): TextRange[] {
  const tokens = wordTokens(text, range.start, range.end);
  const total = tokens.reduce((sum, token) => sum + token.weight, 0);
  if (total <= maxWords) return [range];
  // Tokenize and find candidates once; the recursion then works on word counts alone (n log n).
  const found = candidates(text, range.start, range.end);
  let t = 0;
  let left = 0;
  for (const c of found) {
    for (let token = tokens[t]; token !== undefined && token.end <= c.at; token = tokens[++t])
      left += token.weight;
    c.left = left;
  }
  const cuts: number[] = [];
  const floor = Math.max(minWords, 1);
  const split = (lo: number, hi: number, wordsLo: number, wordsHi: number): void => {
    if (wordsHi - wordsLo <= maxWords) return;
    const k = bestSplit(found, lo, hi, wordsLo, wordsHi, floor);
    const c = found[k];
    if (!c) return;
    split(lo, k, wordsLo, c.left);
    cuts.push(c.at);
    split(k + 1, hi, c.left, wordsHi);
  };
  split(0, found.length, 0, total);
  const pieces: TextRange[] = [];
  let from = range.start;
  for (const at of [...cuts, range.end]) {
    pieces.push(trimRange(text, from, at));
    from = at;
  }
  return pieces;
}
