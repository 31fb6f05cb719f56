import { describe, expect, it } from 'vitest';
import { isSheetFileName, sniffTextFile } from '../../../../src/ui/editor/sniffTextFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffTextFile', () => {
  it('reads UTF-8 text and drops a byte-order mark', () => {
    expect(sniffTextFile(bytes('\uFEFFÉlise dances.\n\tShe bows.'), 'a.txt')).toEqual({
      ok: true,
      text: 'Élise dances.\n\tShe bows.',
    });
  });

  it('refuses a PNG (NUL bytes) naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = sniffTextFile(png, 'photo.png');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/“photo\.png” is not a text file/);
  });

  it('refuses control-character noise and invalid UTF-8', () => {
    const noise = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    expect(sniffTextFile(noise, 'x.bin').ok).toBe(false);
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]);
    const result = sniffTextFile(latin1, 'old.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not UTF-8/);
  });

  it('accepts an empty file as (empty) text', () => {
    expect(sniffTextFile(new Uint8Array(0), 'e.txt')).toEqual({ ok: true, text: '' });
  });

  it('tells cue sheets by their extension', () => {
    expect(isSheetFileName('show.cues.JSON')).toBe(true);
    expect(isSheetFileName('story.md')).toBe(false);
  });
});
