import { describe, expect, it } from 'vitest';
import { searchWithTime } from '../../../../src/ui/player/positionUrl';

describe('searchWithTime', () => {
  it('writes t rounded to a tenth of a second', () => {
    expect(searchWithTime('', 12.345)).toBe('?t=12.3');
    expect(searchWithTime('', 12.36)).toBe('?t=12.4');
    expect(searchWithTime('', 40)).toBe('?t=40');
  });

  it('replaces an old t and keeps the other params in order', () => {
    expect(searchWithTime('?quality=low&t=3&captions=off', 7.25)).toBe(
      '?quality=low&t=7.3&captions=off',
    );
    expect(searchWithTime('?kiosk', 1)).toBe('?kiosk=&t=1');
  });

  it('drops beat, which would win over t', () => {
    expect(searchWithTime('?beat=5&quality=high', 30.04)).toBe('?quality=high&t=30');
  });

  it('writes zero for nonsense times', () => {
    expect(searchWithTime('?t=9', Number.NaN)).toBe('?t=0');
    expect(searchWithTime('', -3)).toBe('?t=0');
  });
});
