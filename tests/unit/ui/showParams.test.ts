import { describe, expect, it } from 'vitest';
import { parseShowParams } from '../../../src/ui/showParams';

describe('parseShowParams', () => {
  it('has defaults for an empty query', () => {
    expect(parseShowParams('')).toEqual({
      beat: undefined,
      tSec: undefined,
      quality: 'auto',
      captions: true,
      kiosk: false,
    });
  });

  it('reads every parameter', () => {
    expect(parseShowParams('?beat=5&t=12.5&quality=low&captions=off&kiosk')).toEqual({
      beat: 5,
      tSec: 12.5,
      quality: 'low',
      captions: false,
      kiosk: true,
    });
  });

  it('ignores values that make no sense', () => {
    const params = parseShowParams('?beat=-3&t=soon&quality=ultra&kiosk=false');
    expect(params.beat).toBeUndefined();
    expect(params.tSec).toBeUndefined();
    expect(params.quality).toBe('auto');
    expect(params.kiosk).toBe(false);
  });

  it('rounds a fractional beat down', () => {
    expect(parseShowParams('?beat=2.7').beat).toBe(2);
  });
});
