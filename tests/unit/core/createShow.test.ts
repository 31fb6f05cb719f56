import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileTimeline,
  createShow,
  parseCueSheet,
  sampleTimeline,
  StoryError,
} from '../../../src/core';

const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');

/** A seeded generator of odd but plausible text: words, punctuation, scripts, emoji, line breaks. */
function randomText(seedValue: number, length: number): string {
  let state = seedValue;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pieces = [
    'She',
    'leapt',
    'the',
    'curtain',
    'rose',
    'Mr.',
    'Petrov',
    'bowed',
    '…',
    '...',
    '—',
    '"',
    '“Yes,”',
    'she said.',
    '?!',
    '3.5',
    '1,000',
    '🩰',
    'Она',
    'танцевала.',
    '舞台。',
    '\r\n',
    '\n\n',
    'applause',
    'spun',
    'and',
    'partner',
    'lifted',
    'her',
    '.',
    ',',
    ';',
    'Dr.',
    'p.m.',
  ];
  const out: string[] = [];
  while (out.join(' ').length < length) out.push(pieces[Math.floor(next() * pieces.length)]!);
  return out.join(next() < 0.5 ? ' ' : '  ');
}

const texts: Array<[string, string]> = [
  ['the seed story', seed],
  ['a one-line story', 'She danced.'],
  [
    'a story in Russian',
    'Занавес поднялся. Она танцевала одна в луче света.\n\nЗрители аплодировали.',
  ],
  ...[1, 2, 3, 4, 5].map((n): [string, string] => [
    `random text ${n}`,
    randomText(n, 300 + n * 200),
  ]),
];

describe('createShow: invariants over any text', () => {
  for (const [name, text] of texts) {
    it(`holds for ${name}`, () => {
      const sheet = createShow(text);
      // The sheet passes its own schema (so every value is from the vocabulary).
      const parsed = parseCueSheet(JSON.parse(JSON.stringify(sheet)));
      expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
      // Spans cover the text in order; only white space lies between them.
      let cursor = 0;
      let time = 0;
      for (const beat of sheet.beats) {
        expect(beat.durationSec).toBeGreaterThan(0);
        expect(beat.startSec).toBeCloseTo(time, 6);
        time = beat.startSec + beat.durationSec;
        // Prologue and epilogue beats carry no text; story beats carry their exact slice.
        if (beat.kind !== 'story') {
          expect(beat.text).toBe('');
          expect(beat.span).toBeUndefined();
          continue;
        }
        const span = beat.span ?? [-1, -1];
        expect(text.slice(cursor, span[0]).trim()).toBe('');
        expect(text.slice(span[0], span[1])).toBe(beat.text);
        cursor = span[1];
      }
      expect(text.slice(cursor).trim()).toBe('');
      expect(sheet.durationSec).toBeCloseTo(time, 6);
      // Determinism.
      expect(createShow(text)).toEqual(sheet);
    });
  }

  it('refuses empty and whitespace-only text with a StoryError', () => {
    expect(() => createShow('')).toThrow(StoryError);
    expect(() => createShow(' \r\n\t ')).toThrow(StoryError);
  });
});

describe('sampling the seed show', () => {
  const sheet = createShow(seed);
  const timeline = compileTimeline(sheet);

  it('moves the camera continuously except at cuts', () => {
    const stepSec = 1 / 30;
    let previous = sampleTimeline(timeline, 0);
    let jumps = 0;
    for (let t = stepSec; t <= sheet.durationSec + 1; t += stepSec) {
      const frame = sampleTimeline(timeline, t);
      const [x, y, z] = frame.camera.position;
      const [px, py, pz] = previous.camera.position;
      const moved = Math.hypot(x - px, y - py, z - pz);
      if (frame.camera.cut === previous.camera.cut) expect(moved).toBeLessThan(1.5);
      else jumps++;
      previous = frame;
    }
    const cuts = sheet.beats.filter((b, i) => i > 0 && b.camera.transition === 'cut').length;
    expect(jumps).toBeLessThanOrEqual(cuts);
  });

  it('reports the beat and caption of the time asked for', () => {
    for (const beat of sheet.beats) {
      const frame = sampleTimeline(timeline, beat.startSec + beat.durationSec / 2);
      expect(frame.beatIndex).toBe(beat.index);
      expect(frame.caption).toBe(beat.text);
    }
  });
});
