import type { SegmentOptions } from './types';

/** Default reading pace, dwell bounds and beat length limits used by `segmentBeats`. */
export const DEFAULT_SEGMENT_OPTIONS: Readonly<Required<SegmentOptions>> = Object.freeze({
  wordsPerMinute: 170,
  minDwellSec: 2.5,
  maxDwellSec: 12,
  maxWords: 35,
  minWords: 4,
});

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

function nonNegativeOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Fills missing or unusable options (non-finite, negative, min above max) from the defaults. */
export function resolveSegmentOptions(options: SegmentOptions = {}): Required<SegmentOptions> {
  const d = DEFAULT_SEGMENT_OPTIONS;
  const minDwellSec = nonNegativeOr(options.minDwellSec, d.minDwellSec);
  const maxDwellSec = Math.max(minDwellSec, positiveOr(options.maxDwellSec, d.maxDwellSec));
  return {
    wordsPerMinute: positiveOr(options.wordsPerMinute, d.wordsPerMinute),
    minDwellSec,
    maxDwellSec,
    maxWords: Math.max(1, positiveOr(options.maxWords, d.maxWords)),
    minWords: nonNegativeOr(options.minWords, d.minWords),
  };
}
