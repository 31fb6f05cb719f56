/** A beat's place in time, as far as navigation cares. */
export interface BeatSpan {
  startSec: number;
}

/** Seconds into a beat after which "previous" restarts the beat instead of going back one. */
export const RESTART_BEAT_AFTER_SEC = 1.5;

/** The beat "previous" goes to: the start of this beat when well into it, else the one before. */
export function previousBeatIndex(
  beats: readonly BeatSpan[],
  tSec: number,
  beatIndex: number,
): number {
  const start = beats[beatIndex]?.startSec ?? 0;
  return tSec - start > RESTART_BEAT_AFTER_SEC ? beatIndex : Math.max(0, beatIndex - 1);
}

/** The beat "next" goes to, never past the last. */
export function nextBeatIndex(beats: readonly BeatSpan[], beatIndex: number): number {
  return Math.max(0, Math.min(beats.length - 1, beatIndex + 1));
}
