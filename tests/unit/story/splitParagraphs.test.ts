import { describe, expect, it } from 'vitest';
import { segmentBeats, splitParagraphs } from '../../../src/core/story';

const texts = (text: string): string[] =>
  splitParagraphs(text).map((r) => text.slice(r.start, r.end));

describe('splitParagraphs', () => {
  it('splits at blank lines, with LF, CRLF or CR endings', () => {
    expect(texts('One.\n\nTwo.')).toEqual(['One.', 'Two.']);
    expect(texts('One.\r\n\r\nTwo.\r\n')).toEqual(['One.', 'Two.']);
    expect(texts('One.\r\rTwo.')).toEqual(['One.', 'Two.']);
  });

  it('treats lines of only spaces or tabs as blank, and several blank lines as one break', () => {
    expect(texts('One.\n \t \n\n\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(texts('One\nstill one.\r\nAnd more.\n\nTwo.')).toEqual([
      'One\nstill one.\r\nAnd more.',
      'Two.',
    ]);
  });

  it('splits at U+2029 and trims surrounding white space', () => {
    expect(texts('  One. \u2029 Two.  ')).toEqual(['One.', 'Two.']);
    expect(splitParagraphs('  One.')).toEqual([{ start: 2, end: 6 }]);
  });

  it('numbers beat paragraphs from 0, skipping empty ones', () => {
    const beats = segmentBeats(
      '\n\nFirst paragraph is here.\n\n\n\nSecond paragraph is here.\n\nThird paragraph is here.',
    );
    expect(beats.map((b) => b.paragraph)).toEqual([0, 1, 2]);
  });
});
