import { countWords } from './countWords';
import type { TextRange } from './textRange';

/** Joins fragments of one paragraph shorter than `minWords` to the following fragment (to the previous one for the last). */
export function joinShortFragments(
  text: string,
  fragments: readonly TextRange[],
  minWords: number,
): TextRange[] {
  const joined: { range: TextRange; words: number }[] = [];
  let pending: { range: TextRange; words: number } | undefined;
  fragments.forEach((range, i) => {
    const words = countWords(text, range.start, range.end);
    const current = pending
      ? { range: { start: pending.range.start, end: range.end }, words: pending.words + words }
      : { range, words };
    pending = undefined;
    if (current.words < minWords && i < fragments.length - 1) pending = current;
    else joined.push(current);
  });
  const last = joined[joined.length - 1];
  const previous = joined[joined.length - 2];
  if (last && previous && last.words < minWords) {
    joined.splice(-2, 2, {
      range: { start: previous.range.start, end: last.range.end },
      words: previous.words + last.words,
    });
  }
  return joined.map((fragment) => fragment.range);
}
