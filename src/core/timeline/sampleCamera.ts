import { constrainCamera } from './constrainCamera';
import { easeInOut } from './easeInOut';
import { frameShot, type Box, type CameraPose } from './frameShot';
import { findKeyIndex } from './sampleTrack';
import { subjectBox } from './subjectBox';
import type { CameraFrame, DancerFrame, Timeline } from './types';

// Blends may overlap (a new blend starting while the last is still running): follow a few back.
const MAX_BLEND_DEPTH = 4;
const POSES: CameraPose[] = Array.from({ length: MAX_BLEND_DEPTH + 1 }, () => ({
  position: [0, 0, 0],
  target: [0, 0, 0],
  fovDeg: 50,
}));
const BOX: Box = [0, 0, 0, 0, 0, 0];

function evaluateShot(
  timeline: Timeline,
  shotIndex: number,
  tSec: number,
  dancers: readonly DancerFrame[],
  depth: number,
): CameraPose {
  const key = timeline.shots[shotIndex];
  const pose = POSES[depth] as CameraPose;
  if (!key) return pose;
  subjectBox(key.shot, key.subject, key.subjectIndex, dancers, BOX);
  frameShot(key, tSec - key.startSec, BOX, pose);
  const sinceSec = tSec - key.startSec;
  if (
    key.blendSec <= 0 ||
    sinceSec >= key.blendSec ||
    shotIndex === 0 ||
    depth >= MAX_BLEND_DEPTH
  ) {
    return pose;
  }
  const from = evaluateShot(timeline, shotIndex - 1, tSec, dancers, depth + 1);
  const w = easeInOut(sinceSec / key.blendSec);
  for (let k = 0; k < 3; k++) {
    pose.position[k] =
      (from.position[k] as number) +
      ((pose.position[k] as number) - (from.position[k] as number)) * w;
    pose.target[k] =
      (from.target[k] as number) + ((pose.target[k] as number) - (from.target[k] as number)) * w;
  }
  pose.fovDeg = from.fovDeg + (pose.fovDeg - from.fovDeg) * w;
  return pose;
}

/** Fills `out` with the camera at `tSec`: the current shot, blended from the last, constrained. */
export function sampleCamera(
  timeline: Timeline,
  tSec: number,
  dancers: readonly DancerFrame[],
  curtain: number,
  out: CameraFrame,
): CameraFrame {
  const shotIndex = Math.max(0, findKeyIndex(timeline.shotStartsSec, tSec));
  const pose = evaluateShot(timeline, shotIndex, tSec, dancers, 0);
  for (let k = 0; k < 3; k++) {
    out.position[k] = pose.position[k] as number;
    out.target[k] = pose.target[k] as number;
  }
  constrainCamera(out.position, curtain, dancers);
  out.fovDeg = pose.fovDeg;
  const key = timeline.shots[shotIndex];
  if (key) {
    out.shot = key.shot;
    out.cut = key.cut;
  }
  return out;
}
