import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentBeats } from '../../../src/core/story';

const seed = readFileSync(
  new URL('../../../assets/stories/seed-story.txt', import.meta.url),
  'utf8',
);
const FIRST =
  'Valentina Kalmurzaeva, a renowned Russian ballerina, stood at the edge of the stage, her eyes scanning the audience with an air of quiet confidence.';
const DASHED =
  'But it was more than just technique that set Valentina apart – it was an almost mystical connection to the music that fueled her performance.';
const SEMICOLON =
  'Her movements were not just a product of practice and discipline; they were a reflection of her very soul.';
const LAST =
  'And in that moment, it was clear that Valentina Kalmurzaeva was more than just a dancer – she was a conduit to something deeper, a channel for the timeless emotions that underlay all art.';

describe('segmentBeats on the seed story', () => {
  const beats = segmentBeats(seed);

  it('makes one beat per sentence: 2 + 3 + 3 + 3 + 3 + 2 + 2 over seven paragraphs', () => {
    expect(beats).toHaveLength(18);
    expect(beats.map((b) => b.paragraph)).toEqual([
      0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6,
    ]);
  });

  it('starts with the first sentence at [0, 148) and the clock at zero', () => {
    expect(beats[0]).toMatchObject({
      index: 0,
      text: FIRST,
      paragraph: 0,
      span: [0, 148],
      words: 24,
      startSec: 0,
    });
    // 24 words at 170 wpm.
    expect(beats[0]?.durationSec).toBeCloseTo((24 / 170) * 60, 2);
  });

  it('keeps the second sentence of the first paragraph after one space', () => {
    expect(beats[1]?.span[0]).toBe(149);
    expect(beats[1]?.text.startsWith('Her raven hair was pulled back')).toBe(true);
  });

  it('does not split at a spaced dash or a semicolon', () => {
    expect(beats[5]).toMatchObject({
      text: DASHED,
      paragraph: 2,
      span: [673, 673 + DASHED.length],
    });
    expect(beats[7]).toMatchObject({
      text: SEMICOLON,
      paragraph: 2,
      span: [927, 927 + SEMICOLON.length],
    });
  });

  it('ends with the last sentence running to the end of the file', () => {
    expect(beats[17]).toMatchObject({
      index: 17,
      text: LAST,
      paragraph: 6,
      span: [2180, seed.length],
    });
    expect(seed.length).toBe(2367);
  });

  it('numbers beats in order', () => {
    expect(beats.map((b) => b.index)).toEqual(beats.map((_, i) => i));
  });
});
