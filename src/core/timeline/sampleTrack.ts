import { easeInOut } from './easeInOut';
import type { Track } from './types';

/** Index of the last element of ascending `timesSec` that is <= `tSec`, or -1 when none is. */
export function findKeyIndex(timesSec: readonly number[], tSec: number): number {
  let lo = 0;
  let hi = timesSec.length - 1;
  if (hi < 0 || tSec < (timesSec[0] as number)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((timesSec[mid] as number) <= tSec) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Writes the track's value at `tSec` into `out` from `offset` on (no allocation) and returns `out`. */
export function sampleTrack<T extends { [i: number]: number }>(
  track: Track,
  tSec: number,
  out: T,
  offset = 0,
): T {
  const { dim, timesSec, values } = track;
  const count = timesSec.length;
  if (count === 0) return out;
  const i = findKeyIndex(timesSec, tSec);
  if (i < 0 || i >= count - 1) {
    const base = (i < 0 ? 0 : count - 1) * dim;
    for (let k = 0; k < dim; k++) out[offset + k] = values[base + k] as number;
    return out;
  }
  const t0 = timesSec[i] as number;
  const t1 = timesSec[i + 1] as number;
  const u = t1 > t0 ? easeInOut((tSec - t0) / (t1 - t0)) : 1;
  const a = i * dim;
  const b = a + dim;
  for (let k = 0; k < dim; k++) {
    const v0 = values[a + k] as number;
    out[offset + k] = v0 + ((values[b + k] as number) - v0) * u;
  }
  return out;
}

/** The first channel of the track at `tSec` (for one-number tracks). */
export function sampleScalar(track: Track, tSec: number): number {
  const { timesSec, values } = track;
  const count = timesSec.length;
  if (count === 0) return 0;
  const i = findKeyIndex(timesSec, tSec);
  const dim = track.dim;
  if (i < 0) return values[0] as number;
  if (i >= count - 1) return values[(count - 1) * dim] as number;
  const t0 = timesSec[i] as number;
  const t1 = timesSec[i + 1] as number;
  const v0 = values[i * dim] as number;
  const v1 = values[(i + 1) * dim] as number;
  return v0 + (v1 - v0) * (t1 > t0 ? easeInOut((tSec - t0) / (t1 - t0)) : 1);
}
