import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentBeats, type Beat, type SegmentOptions } from '../../../src/core/story';

const seed = readFileSync(
  new URL('../../../assets/stories/seed-story.txt', import.meta.url),
  'utf8',
);

const TEXTS: Record<string, string> = {
  seed,
  seedCrlf: seed.replace(/\n/g, '\r\n'),
  indented: `\uFEFF  \n\n   ${seed.slice(0, 600)}  \n \t \n\n\n  Coda… Then silence.   \n\n`,
  mixed:
    'Mr. Petrov bowed. "Go!" she said — and went… Then the lights fell. Он вошёл в зал. Кто это?\n\n' +
    '我们今天去公园。天气很好！😍 Party! Wait... for it. It cost 3.5 roubles, or 1,000 in all.\r\n\r\n' +
    'J. R. R. Tolkien, e.g. a writer, arrived at 5 p.m. with friends; they stayed.',
  longSentences: `${'The dancer turned, and the light followed her, and the crowd watched in silence while the music rose; '.repeat(8)}End.`,
  fragments:
    'Yes. No. Oh. Ah! Hm? Well. So. Then the curtain fell at last.\n\nOk.\n\nAnd then the hall emptied out slowly.',
};

/** Checks every documented invariant of a beat list against its source text. */
function expectInvariants(text: string, beats: Beat[], options: SegmentOptions = {}): void {
  const minDwellSec = options.minDwellSec ?? 2.5;
  const maxDwellSec = options.maxDwellSec ?? 12;
  let cursor = 0;
  let paragraph = 0;
  beats.forEach((beat, i) => {
    const [start, end] = beat.span;
    expect(beat.index).toBe(i);
    expect(start).toBeGreaterThanOrEqual(cursor);
    expect(end).toBeGreaterThan(start);
    expect(text.slice(start, end)).toBe(beat.text);
    expect(beat.text).toBe(beat.text.trim());
    expect(text.slice(cursor, start).trim()).toBe('');
    expect(beat.paragraph === paragraph || beat.paragraph === paragraph + 1).toBe(true);
    paragraph = beat.paragraph;
    expect(beat.durationSec).toBeGreaterThan(0);
    expect(beat.durationSec).toBeGreaterThanOrEqual(minDwellSec);
    expect(beat.durationSec).toBeLessThanOrEqual(maxDwellSec);
    const next = beats[i + 1];
    if (next) expect(next.startSec).toBe(beat.startSec + beat.durationSec);
    cursor = end;
  });
  expect(text.slice(cursor).trim()).toBe('');
  if (beats[0]) expect(beats[0].startSec).toBe(0);
}

describe('segmentBeats invariants', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`holds for the ${name} text`, () => {
      const beats = segmentBeats(text);
      expect(beats.length).toBeGreaterThan(0);
      expectInvariants(text, beats);
    });
  }

  it('holds with other options', () => {
    const options = {
      wordsPerMinute: 300,
      minDwellSec: 1,
      maxDwellSec: 4,
      maxWords: 12,
      minWords: 2,
    };
    for (const text of Object.values(TEXTS))
      expectInvariants(text, segmentBeats(text, options), options);
  });

  it('is deterministic', () => {
    for (const text of Object.values(TEXTS)) expect(segmentBeats(text)).toEqual(segmentBeats(text));
  });

  it('gives the same beats for LF and CRLF line endings, apart from the spans', () => {
    const lf = segmentBeats(seed);
    const crlf = segmentBeats(TEXTS.seedCrlf ?? '');
    expect(crlf.map((b) => [b.text, b.paragraph, b.startSec])).toEqual(
      lf.map((b) => [b.text, b.paragraph, b.startSec]),
    );
  });

  // Speed is measured by `npm run bench:engine`, not asserted here.
  it('segments 200 KB of text', () => {
    const big = `${seed}\n\n`.repeat(Math.ceil(200_000 / seed.length)).slice(0, 200_000);
    const beats = segmentBeats(big);
    expect(beats.length).toBeGreaterThan(1000);
    expectInvariants(big, beats);
  });

  it('copes with pathological input (no punctuation, all commas, all initials)', () => {
    for (const unit of ['word ', 'word word, ', 'A. ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const beats = segmentBeats(text);
      expect(beats.length).toBeGreaterThan(1000);
      expectInvariants(text, beats);
    }
  });
});
