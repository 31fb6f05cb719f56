import { findKeyIndex, sampleTrack } from './sampleTrack';
import type { Track } from './types';

/** Builds a Track by fades: each change starts from wherever the value is at that moment. */
export interface TrackBuilder {
  /** The value at `tSec` of the keys added so far. */
  valueAt(tSec: number): number[];
  /** From `tSec`, ease to `target` over `fadeSec` (cuts off any later keys first). */
  fadeTo(tSec: number, target: readonly number[], fadeSec: number): void;
  /** From `tSec`, pass through each [afterSec, value] in turn (afterSec counted from `tSec`). */
  rampThrough(tSec: number, steps: ReadonlyArray<readonly [number, readonly number[]]>): void;
  build(): Track;
}

/** Creates a TrackBuilder of `dim` channels starting at `initial` at time 0. */
export function createTrackBuilder(dim: number, initial: readonly number[]): TrackBuilder {
  const track: Track = { dim, timesSec: [0], values: initial.slice(0, dim) };
  const valueAt = (tSec: number): number[] => sampleTrack(track, tSec, new Array<number>(dim));
  const cutAt = (tSec: number): void => {
    const current = valueAt(tSec);
    // Drop keys after tSec; the change begins from the value the show has at that moment.
    const keep = findKeyIndex(track.timesSec, tSec) + 1;
    track.timesSec.length = keep;
    track.values.length = keep * dim;
    track.timesSec.push(tSec);
    track.values.push(...current);
  };
  const push = (tSec: number, value: readonly number[]): void => {
    track.timesSec.push(tSec);
    for (let k = 0; k < dim; k++) track.values.push(value[k] ?? 0);
  };
  return {
    valueAt,
    fadeTo(tSec, target, fadeSec) {
      cutAt(tSec);
      push(tSec + Math.max(fadeSec, 1e-3), target);
    },
    rampThrough(tSec, steps) {
      cutAt(tSec);
      let last = tSec;
      for (const [afterSec, value] of steps) {
        const at = Math.max(tSec + afterSec, last + 1e-3);
        push(at, value);
        last = at;
      }
    },
    build: () => track,
  };
}
