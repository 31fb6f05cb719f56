import { describe, expect, it } from 'vitest';
import { segmentBeats } from '../../../src/core/story';

// Pieces that stress the splitter: ends, quotes, abbreviations, scripts, emoji, odd white space.
const PIECES = [
  'word',
  'Word',
  'Mr.',
  'e.g.',
  'J.',
  '3.5',
  '1,000',
  '.',
  '...',
  '…',
  '!',
  '?!',
  '"',
  '“',
  '”',
  "'",
  '«',
  '»',
  '(',
  ')',
  ',',
  ';',
  ':',
  ' — ',
  '–',
  ' - ',
  '😍',
  '👩‍🎤',
  '🇷🇺',
  'Он',
  'зал.',
  '我们',
  '。',
  '！',
  ' ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  '\r\n\r\n',
  '\r',
  '\t',
  '\u00a0',
  '\u2029',
  '\u3000',
  '\ufeff',
  '\ud800',
  'e\u0301',
  'A',
  'and',
  ', and',
];

/** A small deterministic PRNG (mulberry32), so the fuzz texts are the same on every run. */
function createRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('segmentBeats on random text', () => {
  it('keeps spans exact, ordered and separated only by white space, with contiguous times', () => {
    const random = createRandom(20_261_124);
    for (let n = 0; n < 300; n++) {
      const length = 1 + Math.floor(random() * 120);
      const text = Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join(
        '',
      );
      const beats = segmentBeats(text, { maxWords: 6, minWords: 2 });
      let cursor = 0;
      beats.forEach((beat, i) => {
        expect(text.slice(beat.span[0], beat.span[1])).toBe(beat.text);
        expect(beat.text.length).toBeGreaterThan(0);
        expect(beat.text).toBe(beat.text.trim());
        expect(text.slice(cursor, beat.span[0]).trim()).toBe('');
        expect(beat.durationSec).toBeGreaterThanOrEqual(2.5);
        expect(beat.durationSec).toBeLessThanOrEqual(12);
        const next = beats[i + 1];
        if (next) expect(next.startSec).toBe(beat.startSec + beat.durationSec);
        cursor = beat.span[1];
      });
      expect(text.slice(cursor).trim()).toBe('');
      expect(beats.length === 0).toBe(text.trim() === '');
    }
  });
});
