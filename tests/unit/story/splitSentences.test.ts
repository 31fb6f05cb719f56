import { describe, expect, it } from 'vitest';
import { segmentBeats, splitSentences } from '../../../src/core/story';

/** The sentences of one paragraph, as text. */
function sentences(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it('does not end a sentence at titles: Mr., Mrs., Dr., St., Prof.', () => {
    const text = 'Mr. Petrov met Mrs. Ivanova, Dr. Smith and Prof. Lee at St. Paul. They danced.';
    expect(sentences(text)).toEqual([
      'Mr. Petrov met Mrs. Ivanova, Dr. Smith and Prof. Lee at St. Paul.',
      'They danced.',
    ]);
  });

  it('does not end a sentence at a.m. or p.m. mid-sentence, but does before a capital', () => {
    expect(sentences('At 5 p.m. we met. At 9 a.m. the bus left.')).toEqual([
      'At 5 p.m. we met.',
      'At 9 a.m. the bus left.',
    ]);
    expect(sentences('She left at 9 a.m. Then it rained.')).toEqual([
      'She left at 9 a.m.',
      'Then it rained.',
    ]);
  });

  it('does not end a sentence at e.g., i.e. or etc. mid-sentence', () => {
    const text = 'Bring tools, e.g. hammers, i.e. heavy things, etc. and more. E.g. Moscow is big.';
    expect(sentences(text)).toEqual([
      'Bring tools, e.g. hammers, i.e. heavy things, etc. and more.',
      'E.g. Moscow is big.',
    ]);
    expect(sentences('We had bread, milk, etc. Then we left.')).toEqual([
      'We had bread, milk, etc.',
      'Then we left.',
    ]);
  });

  it('does not end a sentence at initials such as "J. R. R." or "А. С."', () => {
    expect(sentences('J. R. R. Tolkien wrote it. A. S. Pushkin too.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'A. S. Pushkin too.',
    ]);
    expect(sentences('Там сидел А. С. Пушкин. Он читал.')).toEqual([
      'Там сидел А. С. Пушкин.',
      'Он читал.',
    ]);
  });

  it('splits after an ellipsis followed by a capital, … or ...', () => {
    expect(sentences('She stood on the stage… Then she danced.')).toEqual([
      'She stood on the stage…',
      'Then she danced.',
    ]);
    expect(sentences('She stood on the stage... Then she danced.')).toEqual([
      'She stood on the stage...',
      'Then she danced.',
    ]);
  });

  it('does not split after an ellipsis followed by lower case', () => {
    expect(sentences('Wait... for it. Wait… for it.')).toEqual([
      'Wait... for it.',
      'Wait… for it.',
    ]);
  });

  it('does not split at em or en dashes', () => {
    expect(sentences('He paused — Then ran. She waited–Then left.')).toEqual([
      'He paused — Then ran.',
      'She waited–Then left.',
    ]);
  });

  it('keeps a closing straight or curly quote with the sentence it closes', () => {
    expect(sentences('"Go." She left.')).toEqual(['"Go."', 'She left.']);
    expect(sentences('“Go.” She left. ‘Stay!’ He stayed.')).toEqual([
      '“Go.”',
      'She left.',
      '‘Stay!’',
      'He stayed.',
    ]);
    expect(sentences('He left. «Подожди», — сказала она.')).toEqual([
      'He left.',
      '«Подожди», — сказала она.',
    ]);
  });

  it('does not split when a quoted exclamation is followed by lower case', () => {
    expect(sentences('"Stop!" she cried. "Why?" he asked.')).toEqual([
      '"Stop!" she cried.',
      '"Why?" he asked.',
    ]);
  });

  it('treats ?!, !! and ?? as one end', () => {
    expect(sentences('What?! Really!! Yes?? No.')).toEqual(['What?!', 'Really!!', 'Yes??', 'No.']);
  });

  it('does not split inside numbers like 3.5 and 1,000 or after No. before a number', () => {
    expect(sentences('It was 3.5 metres wide. 1,000 people came. See No. 5 here.')).toEqual([
      'It was 3.5 metres wide.',
      '1,000 people came.',
      'See No. 5 here.',
    ]);
  });

  it('keeps an emoji with the sentence it follows', () => {
    expect(sentences('I love it! 😍 See you. 👩‍🎤🎉 Party time.')).toEqual([
      'I love it! 😍',
      'See you. 👩‍🎤🎉',
      'Party time.',
    ]);
  });

  it('splits Russian sentences ending in . ! ? before Cyrillic capitals', () => {
    const text = 'Он вошёл в зал. Музыка заиграла! Кто это? Это была она.';
    expect(sentences(text)).toEqual([
      'Он вошёл в зал.',
      'Музыка заиграла!',
      'Кто это?',
      'Это была она.',
    ]);
  });

  it('keeps Russian dialogue "— Привет! — сказал он." as one sentence', () => {
    expect(sentences('— Привет! — сказал он. — Пока!')).toEqual([
      '— Привет! — сказал он.',
      '— Пока!',
    ]);
  });

  it('splits CJK at 。！？ without white space', () => {
    expect(sentences('我们今天去公园。天气很好！你去吗？「好的。」')).toEqual([
      '我们今天去公园。',
      '天气很好！',
      '你去吗？',
      '「好的。」',
    ]);
  });

  it('splits other scripts with their own full stops (Hindi ।, Arabic ؟)', () => {
    expect(sentences('वह नाची। सब खुश थे।')).toEqual(['वह नाची।', 'सब खुश थे।']);
    expect(sentences('هل رقصت؟ نعم.')).toEqual(['هل رقصت؟', 'نعم.']);
  });

  it('keeps a closing bracket with its sentence', () => {
    expect(sentences('(She bowed.) The hall rose.')).toEqual(['(She bowed.)', 'The hall rose.']);
  });

  it('works inside a sub-range and returns spans into the whole text', () => {
    const text = 'xx One here. Two here. yy';
    const ranges = splitSentences(text, 2, 22);
    expect(ranges).toEqual([
      { start: 3, end: 12 },
      { start: 13, end: 22 },
    ]);
  });
});

describe('segmentBeats on edge cases', () => {
  const beatTexts = (text: string): string[] =>
    segmentBeats(text, { minWords: 1 }).map((b) => b.text);

  it('splits paragraphs on CRLF blank lines and keeps CRLF untouched in spans', () => {
    const text = 'Line one here.\r\nLine two here.\r\n\r\nNew para here.\r\n';
    const beats = segmentBeats(text, { minWords: 1 });
    expect(beats.map((b) => [b.text, b.paragraph])).toEqual([
      ['Line one here.', 0],
      ['Line two here.', 0],
      ['New para here.', 1],
    ]);
    // 16 + 16 characters of lines, then the blank CRLF line: the paragraph starts at 34.
    expect(beats[2]?.span).toEqual([34, 48]);
  });

  it('keeps a single line break inside a paragraph as white space within a sentence', () => {
    expect(beatTexts('She rose\r\nand bowed.')).toEqual(['She rose\r\nand bowed.']);
  });

  it('returns [] for empty or white-space-only text', () => {
    expect(segmentBeats('')).toEqual([]);
    expect(segmentBeats(' \r\n\t\n\u00a0\u3000 ')).toEqual([]);
  });
});
