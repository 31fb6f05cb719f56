import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../../src/ui/player/formatTime';

describe('formatTime', () => {
  it('writes minutes and two-digit seconds, flooring', () => {
    expect(formatTime(0)).toBe('0:00');
    expect(formatTime(9.99)).toBe('0:09');
    expect(formatTime(61)).toBe('1:01');
    expect(formatTime(139.5)).toBe('2:19');
    expect(formatTime(600)).toBe('10:00');
  });

  it('adds hours from an hour on', () => {
    expect(formatTime(3600)).toBe('1:00:00');
    expect(formatTime(3725)).toBe('1:02:05');
  });

  it('reads nonsense as zero', () => {
    expect(formatTime(-5)).toBe('0:00');
    expect(formatTime(Number.NaN)).toBe('0:00');
    expect(formatTime(Number.POSITIVE_INFINITY)).toBe('0:00');
  });
});
