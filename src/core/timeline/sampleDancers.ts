import { samplePhrase } from '../choreography/samplePhrase';
import type { PhraseSample } from '../choreography/types';
import { ACTION_FAMILIES, type Action } from '../cuesheet/vocabulary';
import { wrapDeg } from './compileDancers';
import { easeInOut } from './easeInOut';
import { findKeyIndex, sampleScalar, sampleTrack } from './sampleTrack';
import type { DancerFrame, Timeline } from './types';

const GROUND = new Float64Array(2);
/** Each dancer's phrase turn this frame (grown as needed, reused). */
let turns = new Float64Array(8);
const DEG = Math.PI / 180;
/** Seconds over which a new action takes over the lift and turn of the one before. */
const HANDOVER_SEC = 0.4;
/** Seconds over which a new action's pose takes over from the pose the last one had reached. */
const POSE_HANDOVER_SEC = 0.6;

/** Actions whose phrases spin the dancer; with reduced motion they are danced at half speed. */
const SPINNING: ReadonlySet<Action> = new Set<Action>([
  ...ACTION_FAMILIES.turn,
  'supported-pirouette',
  'tour-jete',
]);

/** How fast an action's phrase runs: half speed for spinning steps under reduced motion. */
function rateOf(action: Action, reducedMotion: boolean): number {
  return reducedMotion && SPINNING.has(action) ? 0.5 : 1;
}

// Scratch samples reused every call: sampling a frame allocates nothing.
const CURRENT: PhraseSample = {
  poseA: '',
  poseB: '',
  weight: 0,
  liftM: 0,
  turnDeg: 0,
  headYawDeg: 0,
};
const BEFORE: PhraseSample = { ...CURRENT };

/** Fills `out` (one frame per cast member, in cast order) with the dancers at `tSec`. */
export function sampleDancers(timeline: Timeline, tSec: number, out: DancerFrame[]): DancerFrame[] {
  const tracks = timeline.dancers;
  if (turns.length < tracks.length) turns = new Float64Array(tracks.length);
  for (let i = 0; i < tracks.length; i++) {
    const track = tracks[i];
    const frame = out[i];
    if (!track || !frame) continue;
    const a = Math.max(0, findKeyIndex(track.actionStartsSec, tSec));
    const action = track.actions[a] ?? 'stand';
    const localSec = tSec - (track.actionStartsSec[a] ?? 0);
    const slow = timeline.reducedMotion === true;
    const phrase = samplePhrase(
      action,
      Math.max(0, localSec) * rateOf(action, slow),
      track.gender,
      CURRENT,
    );
    let liftM = phrase.liftM;
    let turnDeg = phrase.turnDeg;
    // No handover: the from-blend is the blend itself (deterministic whatever `out` held).
    frame.fromPoseA = phrase.poseA;
    frame.fromPoseB = phrase.poseB;
    frame.fromWeight = phrase.weight;
    frame.mix = 0;
    const previous = a > 0 ? track.actions[a - 1] : undefined;
    if (previous && localSec < POSE_HANDOVER_SEC) {
      // An action can end mid-air, mid-turn or mid-step: hand its lift, turn and pose over smoothly.
      const beforeSec = (tSec - (track.actionStartsSec[a - 1] ?? 0)) * rateOf(previous, slow);
      const before = samplePhrase(previous, beforeSec, track.gender, BEFORE);
      if (localSec < HANDOVER_SEC) {
        const w = easeInOut(localSec / HANDOVER_SEC);
        liftM = before.liftM + (liftM - before.liftM) * w;
        const fromDeg = wrapDeg(before.turnDeg);
        turnDeg = fromDeg + (turnDeg - fromDeg) * w;
      }
      frame.fromPoseA = before.poseA;
      frame.fromPoseB = before.poseB;
      frame.fromWeight = before.weight;
      frame.mix = 1 - easeInOut(localSec / POSE_HANDOVER_SEC);
    }
    sampleTrack(track.position, tSec, GROUND);
    frame.id = track.id;
    frame.gender = track.gender;
    frame.action = action;
    frame.poseA = phrase.poseA;
    frame.poseB = phrase.poseB;
    frame.weight = phrase.weight;
    frame.headYawDeg = phrase.headYawDeg;
    frame.root[0] = GROUND[0] as number;
    frame.root[1] = liftM;
    frame.root[2] = GROUND[1] as number;
    frame.headingDeg = sampleScalar(track.heading, tSec) + turnDeg;
    turns[i] = turnDeg;
  }
  // Partnered, she is placed from him: his root plus her gap along his heading, so his hands
  // meet her waist; as he turns (promenade) she orbits with him, facing his way plus her own turn.
  for (let i = 0; i < tracks.length; i++) {
    const track = tracks[i];
    const frame = out[i];
    if (!track || !frame || track.carrierIndex < 0) continue;
    const w = sampleScalar(track.carried, tSec);
    const carrier = out[track.carrierIndex];
    if (w <= 0 || !carrier) continue;
    const gapM = track.carryBehindM ? sampleScalar(track.carryBehindM, tSec) : 0;
    const h = carrier.headingDeg * DEG;
    const x = carrier.root[0] + Math.sin(h) * gapM;
    const y = carrier.root[1] + frame.root[1];
    const z = carrier.root[2] + Math.cos(h) * gapM;
    frame.root[0] += (x - frame.root[0]) * w;
    frame.root[1] += (y - frame.root[1]) * w;
    frame.root[2] += (z - frame.root[2]) * w;
    const facingDeg = carrier.headingDeg - (turns[track.carrierIndex] ?? 0) + (turns[i] ?? 0);
    frame.headingDeg += wrapDeg(facingDeg - frame.headingDeg) * w;
  }
  return out;
}
