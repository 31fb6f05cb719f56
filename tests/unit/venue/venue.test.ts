import { describe, expect, it } from 'vitest';
import {
  ARCH_HALF_WIDTH_M as CAMERA_HALF_WIDTH_M,
  CAMERA_ARCH_MARGIN_M,
  STAGE_BOX,
  THEATRE_BOX,
  VENUE,
  markPosition,
} from '../../../src/core';
import { ARCH_HALF_WIDTH_M, ARCH_HEIGHT_M } from '../../../src/stage/prosceniumGeometry';

describe('the venue: one source of the theater’s dimensions', () => {
  it('gives the arch the camera keeps inside and the arch the stage builds from the same figure', () => {
    expect(ARCH_HALF_WIDTH_M).toBe(VENUE.archHalfWidthM);
    expect(ARCH_HEIGHT_M).toBe(VENUE.archHeightM);
    expect(CAMERA_HALF_WIDTH_M).toBeCloseTo(ARCH_HALF_WIDTH_M - CAMERA_ARCH_MARGIN_M, 9);
    expect(CAMERA_HALF_WIDTH_M).toBeLessThan(ARCH_HALF_WIDTH_M);
    expect([STAGE_BOX[0], STAGE_BOX[3], STAGE_BOX[4]]).toEqual([
      -VENUE.archHalfWidthM,
      VENUE.archHalfWidthM,
      VENUE.archHeightM,
    ]);
  });

  it('puts the marks where ART.md says, the wings outside the arch and inside the theatre', () => {
    expect(markPosition('center', -1)).toEqual([0, -4]);
    expect(markPosition('downstage', 1)).toEqual([0, -1]);
    expect(markPosition('upstage', 1)).toEqual([0, -8]);
    expect(markPosition('edge', -1)).toEqual([-5, -0.5]);
    const [wingX] = markPosition('wings-right', 1);
    expect(wingX).toBeGreaterThan(VENUE.archHalfWidthM);
    expect(wingX).toBeLessThan(THEATRE_BOX[3]);
  });
});
