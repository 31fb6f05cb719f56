import { countWords } from './countWords';
import { joinShortFragments } from './joinShortFragments';
import { resolveSegmentOptions } from './segmentDefaults';
import { splitLongSentence } from './splitLongSentence';
import { splitParagraphs } from './splitParagraphs';
import { splitSentences } from './splitSentences';
import type { Beat, SegmentOptions } from './types';

/**
 * A dwell in whole ms, as near `idealMs` as possible within [minMs, maxMs], for which the float sum
 * startMs / 1000 + durationMs / 1000 equals (startMs + durationMs) / 1000 exactly: a 1-2 ms nudge
 * keeps every time a clean multiple of 0.001 s and beat[i + 1].startSec === startSec + durationSec.
 */
function contiguousDurationMs(
  startMs: number,
  idealMs: number,
  minMs: number,
  maxMs: number,
): number {
  for (let k = 0; k < 64; k++) {
    const ms = idealMs + (k % 2 === 1 ? -(k + 1) / 2 : k / 2);
    if (ms < minMs || ms > maxMs) continue;
    if (startMs / 1000 + ms / 1000 === (startMs + ms) / 1000) return ms;
  }
  return idealMs;
}

/** Divides a story into beats (paragraphs -> sentences -> clauses) with spans into the original text and reading-pace timing. */
export function segmentBeats(text: string, options?: SegmentOptions): Beat[] {
  const opts = resolveSegmentOptions(options);
  // At least 1 ms, so every dwell is positive.
  const minMs = Math.max(1, Math.round(opts.minDwellSec * 1000));
  const maxMs = Math.max(minMs, Math.round(opts.maxDwellSec * 1000));
  const beats: Beat[] = [];
  let startMs = 0;
  let startSec = 0;
  splitParagraphs(text).forEach((paragraph, paragraphIndex) => {
    const clauses = splitSentences(text, paragraph.start, paragraph.end).flatMap((sentence) =>
      splitLongSentence(text, sentence, opts.maxWords, opts.minWords),
    );
    for (const range of joinShortFragments(text, clauses, opts.minWords)) {
      const words = countWords(text, range.start, range.end);
      const paceMs = Math.round((words * 60_000) / opts.wordsPerMinute);
      const idealMs = Math.min(maxMs, Math.max(minMs, paceMs));
      const durationMs = contiguousDurationMs(startMs, idealMs, minMs, maxMs);
      const durationSec = durationMs / 1000;
      beats.push({
        index: beats.length,
        text: text.slice(range.start, range.end),
        paragraph: paragraphIndex,
        span: [range.start, range.end],
        words,
        startSec,
        durationSec,
      });
      // Normally (startMs + durationMs) / 1000; the float sum only if no nudge was found, so contiguity always holds.
      startMs += durationMs;
      startSec += durationSec;
    }
  });
  return beats;
}
