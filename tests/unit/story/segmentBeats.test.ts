import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_OPTIONS, countWords, segmentBeats } from '../../../src/core/story';

const LONG =
  'The orchestra rose in a slow crescendo that filled every corner of the old theater with sound; ' +
  'the dancers waited in the wings, counting the bars under their breath and watching the conductor for the cue that would send them out.';
const COMMAS =
  'She turned once on the bare boards of the stage, her arms held high above her head, ' +
  'and the light followed her across the floor, and the audience leaned forward in their seats, ' +
  'and the music carried her toward the far wings without a pause.';

describe('segmentBeats', () => {
  it('exports the documented defaults', () => {
    expect(DEFAULT_SEGMENT_OPTIONS).toEqual({
      wordsPerMinute: 170,
      minDwellSec: 2.5,
      maxDwellSec: 12,
      maxWords: 35,
      minWords: 4,
    });
  });

  it('splits a sentence over maxWords at the semicolon first', () => {
    expect(countWords(LONG)).toBeGreaterThan(35);
    const beats = segmentBeats(LONG);
    expect(beats.map((b) => b.text)).toEqual([
      'The orchestra rose in a slow crescendo that filled every corner of the old theater with sound;',
      'the dancers waited in the wings, counting the bars under their breath and watching the conductor for the cue that would send them out.',
    ]);
  });

  it('splits at a comma before a conjunction nearest the middle when there is no ; : or dash', () => {
    expect(countWords(COMMAS)).toBeGreaterThan(35);
    const beats = segmentBeats(COMMAS);
    expect(beats).toHaveLength(2);
    expect(beats[0]?.text.endsWith('across the floor,')).toBe(true);
    expect(beats[1]?.text.startsWith('and the audience leaned forward')).toBe(true);
  });

  it('splits long comma-free text at spaces as a last resort, each piece within maxWords', () => {
    const text = `${'word '.repeat(100).trim()}.`;
    const beats = segmentBeats(text, { maxWords: 30 });
    expect(beats.length).toBeGreaterThanOrEqual(4);
    for (const beat of beats) expect(beat.words).toBeLessThanOrEqual(30);
    expect(beats.reduce((sum, b) => sum + b.words, 0)).toBe(100);
  });

  it('splits a long sentence at a spaced dash before any comma, keeping the dash on the left', () => {
    const text =
      'She crossed the stage in three long strides, light as air, and stopped at the edge of the boards — ' +
      'the whole house held its breath, and somewhere high in the gallery a child began to laugh out loud.';
    expect(countWords(text)).toBeGreaterThan(35);
    const beats = segmentBeats(text);
    expect(beats.map((b) => b.text)).toEqual([
      'She crossed the stage in three long strides, light as air, and stopped at the edge of the boards —',
      'the whole house held its breath, and somewhere high in the gallery a child began to laugh out loud.',
    ]);
  });

  it('splits a long CJK sentence at a full-width comma', () => {
    const text = `${'我们今天去公园散步'.repeat(5)}，${'天气很好大家都很开心'.repeat(5)}。`;
    const beats = segmentBeats(text);
    expect(beats).toHaveLength(2);
    expect(beats[0]?.text.endsWith('，')).toBe(true);
    expect(beats[1]?.text.endsWith('。')).toBe(true);
  });

  it('keeps a long sentence whole when maxWords allows it', () => {
    expect(segmentBeats(LONG, { maxWords: 100 })).toHaveLength(1);
  });

  it('joins a short fragment to the following sentence', () => {
    const beats = segmentBeats(
      'Silence. The curtain rose over the stage. The dancers began to move.',
    );
    expect(beats.map((b) => b.text)).toEqual([
      'Silence. The curtain rose over the stage.',
      'The dancers began to move.',
    ]);
  });

  it('joins a short last fragment to the previous sentence, within its paragraph only', () => {
    const text =
      'The curtain rose over the stage. Silence.\n\nThe dancers began to move. Applause.';
    const beats = segmentBeats(text);
    expect(beats.map((b) => [b.text, b.paragraph])).toEqual([
      ['The curtain rose over the stage. Silence.', 0],
      ['The dancers began to move. Applause.', 1],
    ]);
  });

  it('chains short fragments until they reach minWords', () => {
    const beats = segmentBeats('Yes. No. Maybe so. The dancers began to move.');
    expect(beats.map((b) => b.text)).toEqual(['Yes. No. Maybe so.', 'The dancers began to move.']);
  });

  it('keeps a lone short paragraph as its own beat', () => {
    const beats = segmentBeats('Act one.\n\nThe curtain rose over the stage.');
    expect(beats.map((b) => b.text)).toEqual(['Act one.', 'The curtain rose over the stage.']);
  });

  it('counts words across scripts, without emoji, and CJK at two characters a word', () => {
    expect(countWords("Don't stop: 3.5 metres, 1,000 people, well-known 😍🎉")).toBe(7);
    expect(countWords('Привет, мир — как дела?')).toBe(4);
    expect(countWords('我们今天去公园')).toBe(4);
    expect(countWords('🎉 👩‍🎤 …')).toBe(0);
  });

  it('times beats by words / wpm * 60 within the dwell bounds', () => {
    const sentence = 'One two three four five six seven eight nine ten eleven twelve.';
    const beats = segmentBeats(`${sentence} ${sentence}`, { minWords: 1 });
    expect(beats[0]?.durationSec).toBeCloseTo((12 / 170) * 60, 2);
    expect(beats[1]?.startSec).toBe(beats[0]?.durationSec);
  });

  it('honours wordsPerMinute', () => {
    const text =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';
    const slow = segmentBeats(text, { wordsPerMinute: 60 });
    const fast = segmentBeats(text, { wordsPerMinute: 240 });
    expect(slow[0]?.durationSec).toBeCloseTo(12, 2); // 16 words at 60 wpm = 16 s, clamped to 12
    expect(fast[0]?.durationSec).toBeCloseTo(4, 2);
    expect(segmentBeats(text, { wordsPerMinute: 120 })[0]?.durationSec).toBeCloseTo(8, 2);
  });

  it('honours minDwellSec and maxDwellSec', () => {
    const short = 'Four words right here.';
    expect(segmentBeats(short)[0]?.durationSec).toBe(2.5);
    expect(segmentBeats(short, { minDwellSec: 1 })[0]?.durationSec).toBeCloseTo((4 / 170) * 60, 2);
    const long = `${'word '.repeat(34)}end.`;
    expect(segmentBeats(long)[0]?.durationSec).toBe(12);
    expect(segmentBeats(long, { maxDwellSec: 6 })[0]?.durationSec).toBe(6);
  });

  it('gives an emoji-only beat the minimum dwell and zero words', () => {
    const beats = segmentBeats('🎉🎉🎉');
    expect(beats).toMatchObject([{ text: '🎉🎉🎉', words: 0, durationSec: 2.5 }]);
  });

  it('falls back to defaults for unusable options', () => {
    const text = 'The curtain rose over the stage.';
    expect(
      segmentBeats(text, { wordsPerMinute: 0, minDwellSec: -1, maxWords: Number.NaN }),
    ).toEqual(segmentBeats(text));
  });

  it('keeps every time a multiple of a millisecond', () => {
    const text = Array.from({ length: 60 }, (_, i) => `${'word '.repeat(3 + (i % 17))}end.`).join(
      ' ',
    );
    for (const beat of segmentBeats(text)) {
      expect(Math.round(beat.startSec * 1000) / 1000).toBe(beat.startSec);
      expect(Math.round(beat.durationSec * 1000) / 1000).toBe(beat.durationSec);
    }
  });
});
