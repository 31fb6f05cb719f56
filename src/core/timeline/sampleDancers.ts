import { samplePhrase } from '../choreography/samplePhrase';
import { findKeyIndex, sampleScalar, sampleTrack } from './sampleTrack';
import type { DancerFrame, Timeline } from './types';

/** How far in front of her partner (along his heading) a carried dancer's root sits, meters. */
export const CARRY_OFFSET_M = 0.35;
const GROUND: [number, number] = [0, 0];
const DEG = Math.PI / 180;

/** Fills `out` (one frame per cast member, in cast order) with the dancers at `tSec`. */
export function sampleDancers(timeline: Timeline, tSec: number, out: DancerFrame[]): DancerFrame[] {
  const tracks = timeline.dancers;
  for (let i = 0; i < tracks.length; i++) {
    const track = tracks[i];
    const frame = out[i];
    if (!track || !frame) continue;
    const a = Math.max(0, findKeyIndex(track.actionStartsSec, tSec));
    const action = track.actions[a] ?? 'stand';
    const localSec = tSec - (track.actionStartsSec[a] ?? 0);
    const phrase = samplePhrase(action, Math.max(0, localSec), track.role);
    sampleTrack(track.position, tSec, GROUND);
    frame.id = track.id;
    frame.role = track.role;
    frame.action = action;
    frame.poseA = phrase.poseA;
    frame.poseB = phrase.poseB;
    frame.weight = phrase.weight;
    frame.headYawDeg = phrase.headYawDeg;
    frame.root[0] = GROUND[0];
    frame.root[1] = phrase.liftM;
    frame.root[2] = GROUND[1];
    frame.headingDeg = sampleScalar(track.heading, tSec) + phrase.turnDeg;
  }
  // Carried dancers (lift, fish dive) follow their partner's hands: his root plus a step ahead.
  for (let i = 0; i < tracks.length; i++) {
    const track = tracks[i];
    const frame = out[i];
    if (!track || !frame || track.carrierIndex < 0) continue;
    const w = sampleScalar(track.carried, tSec);
    const carrier = out[track.carrierIndex];
    if (w <= 0 || !carrier) continue;
    const h = carrier.headingDeg * DEG;
    const x = carrier.root[0] + Math.sin(h) * CARRY_OFFSET_M;
    const y = carrier.root[1] + frame.root[1];
    const z = carrier.root[2] + Math.cos(h) * CARRY_OFFSET_M;
    frame.root[0] += (x - frame.root[0]) * w;
    frame.root[1] += (y - frame.root[1]) * w;
    frame.root[2] += (z - frame.root[2]) * w;
    frame.headingDeg += (carrier.headingDeg - frame.headingDeg) * w;
  }
  return out;
}
