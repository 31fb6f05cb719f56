import { describe, expect, it } from 'vitest';
import { createTrackBuilder } from '../../../src/core/timeline/createTrackBuilder';
import { findKeyIndex, sampleScalar, sampleTrack } from '../../../src/core/timeline/sampleTrack';

describe('findKeyIndex', () => {
  it('finds the last key at or before t', () => {
    const times = [0, 1, 2, 5];
    expect(findKeyIndex(times, -1)).toBe(-1);
    expect(findKeyIndex(times, 0)).toBe(0);
    expect(findKeyIndex(times, 1.5)).toBe(1);
    expect(findKeyIndex(times, 5)).toBe(3);
    expect(findKeyIndex(times, 99)).toBe(3);
    expect(findKeyIndex([], 1)).toBe(-1);
  });
});

describe('sampleTrack', () => {
  const builder = createTrackBuilder(2, [0, 10]);
  builder.fadeTo(2, [4, 20], 2);
  const track = builder.build();

  it('holds the first value before the first key and the last after the last', () => {
    expect(sampleTrack(track, -5, [0, 0])).toEqual([0, 10]);
    expect(sampleTrack(track, 1.9, [0, 0])).toEqual([0, 10]);
    expect(sampleTrack(track, 100, [0, 0])).toEqual([4, 20]);
  });

  it('eases in and out between keys (half way at the middle, slow at the ends)', () => {
    expect(sampleTrack(track, 3, [0, 0])).toEqual([2, 15]);
    const early = sampleScalar(track, 2.2);
    expect(early).toBeGreaterThan(0);
    // Linear would be 0.4 by now; the ease starts slowly.
    expect(early).toBeLessThan(0.4 / 2);
  });

  it('starts a change from wherever a running fade has got to (no jump)', () => {
    const b = createTrackBuilder(1, [0]);
    b.fadeTo(0, [10], 4);
    b.fadeTo(2, [-10], 2);
    const t = b.build();
    const before = sampleScalar(t, 2 - 1e-6);
    const after = sampleScalar(t, 2 + 1e-6);
    expect(before).toBeCloseTo(5, 3);
    expect(Math.abs(after - before)).toBeLessThan(1e-3);
    expect(sampleScalar(t, 4)).toBe(-10);
  });
});
