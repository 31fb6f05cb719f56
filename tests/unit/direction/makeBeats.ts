import type { Beat } from '../../../src/core/story/types';

/** Test helper: a story split at sentence punctuation into beats with spans and a 170 wpm pace. */
export function makeBeats(text: string): Beat[] {
  const beats: Beat[] = [];
  let paragraph = 0;
  let startSec = 0;
  let offset = 0;
  for (const block of text.split(/(\n\s*\n)/)) {
    if (/^\n\s*\n$/.test(block)) {
      offset += block.length;
      continue;
    }
    for (const m of block.matchAll(/[^.!?]+[.!?]*/g)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const textOf = raw.trim();
      if (!textOf) continue;
      const start = offset + m.index + lead;
      const words = textOf.split(/\s+/).length;
      const durationSec = Math.min(12, Math.max(2.5, Math.round((words * 60_000) / 170) / 1000));
      beats.push({
        index: beats.length,
        text: textOf,
        paragraph,
        span: [start, start + textOf.length],
        words,
        startSec,
        durationSec,
      });
      startSec += durationSec;
    }
    offset += block.length;
    if (block.trim()) paragraph++;
  }
  return beats;
}
