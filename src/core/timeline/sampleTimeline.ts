import { createStageFrame, fitsTimeline } from './createStageFrame';
import { applyLook, LOOK_DIM } from './lightLook';
import { sampleCamera } from './sampleCamera';
import { sampleDancers } from './sampleDancers';
import { findKeyIndex, sampleScalar, sampleTrack } from './sampleTrack';
import type { LightFrame, StageFrame, Timeline } from './types';

const LOOK = new Float64Array(LOOK_DIM);
let follow = new Float64Array(4);

/** The beat playing at `tSec` (0 before the first, the last after the end). */
export function beatIndexAt(timeline: Timeline, tSec: number): number {
  return Math.max(0, findKeyIndex(timeline.beatStartsSec, tSec));
}

/** Points follow-spot `spot` at the weighted dancers' roots, 1 m up. */
function aimFollowSpot(
  light: LightFrame,
  spot: number,
  frame: StageFrame,
  castCount: number,
): void {
  let x = 0;
  let z = 0;
  let y = 0;
  let total = 0;
  for (let j = 0; j < castCount; j++) {
    const w = follow[spot * castCount + j] as number;
    const dancer = frame.dancers[j];
    if (!dancer || w <= 0) continue;
    x += dancer.root[0] * w;
    y += dancer.root[1] * w;
    z += dancer.root[2] * w;
    total += w;
  }
  light.target[0] = total > 0 ? x / total : 0;
  light.target[1] = (total > 0 ? y / total : 0) + 1;
  light.target[2] = total > 0 ? z / total : -4;
}

/**
 * The StageFrame at `tSec` (clamped to the show: before the start it is the first beat, after
 * the end the last). With `out` it fills that frame in place and allocates nothing.
 */
export function sampleTimeline(timeline: Timeline, tSec: number, out?: StageFrame): StageFrame {
  const frame = out && fitsTimeline(out, timeline) ? out : createStageFrame(timeline);
  const t = Number.isFinite(tSec) ? Math.min(Math.max(tSec, 0), timeline.durationSec) : 0;
  const beatIndex = beatIndexAt(timeline, t);
  const beat = timeline.beats[beatIndex];
  frame.tSec = t;
  frame.beatIndex = beatIndex;
  frame.caption = beat?.text ?? '';
  frame.lightState = beat?.lightState ?? 'house';
  frame.audience = beat?.audience ?? 'seated';
  frame.curtain = sampleScalar(timeline.curtain, t);
  frame.excitement = sampleScalar(timeline.excitement, t);
  frame.music = sampleScalar(timeline.music, t);
  sampleDancers(timeline, t, frame.dancers);

  sampleTrack(timeline.look, t, LOOK);
  const castCount = timeline.dancers.length;
  if (follow.length < castCount * 2) follow = new Float64Array(castCount * 2);
  sampleTrack(timeline.follow, t, follow);
  applyLook(LOOK, frame);
  for (let i = 0; i < 2; i++) aimFollowSpot(frame.lights[i] as LightFrame, i, frame, castCount);
  sampleCamera(timeline, t, frame.dancers, frame.curtain, frame.camera);
  return frame;
}
