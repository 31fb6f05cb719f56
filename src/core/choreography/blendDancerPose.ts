import { Quaternion } from 'three';
import { blendPoses } from './poseQuaternions';
import { airborneWeight, anchorWeights, type AnchorWeights } from './poses';
import { JOINTS, type PoseName } from './types';

/** A dancer's pose blend, with the previous action's blend fading out at an action change. */
export interface PoseBlend {
  poseA: PoseName;
  poseB: PoseName;
  weight: number;
  fromPoseA?: PoseName;
  fromPoseB?: PoseName;
  fromWeight?: number;
  /** 0..1: how much of the from-blend remains (0 or absent: the poseA→poseB blend alone). */
  mix?: number;
}

const fromRotations = JOINTS.map(() => new Quaternion());

/**
 * Joint rotations of `blend` into `out`: poseA→poseB by weight, then slerped toward the previous
 * action's fromPoseA→fromPoseB blend by `mix`, so a change of action never snaps the body.
 * No allocation. Throws on an unknown pose.
 */
export function blendDancerPose(blend: PoseBlend, out: Quaternion[]): Quaternion[] {
  blendPoses(blend.poseA, blend.poseB, blend.weight, out);
  const mix = Math.min(1, Math.max(0, blend.mix ?? 0));
  if (mix <= 0 || blend.fromPoseA === undefined || blend.fromPoseB === undefined) return out;
  const fromWeight = blend.fromWeight ?? 0;
  blendPoses(blend.fromPoseA, blend.fromPoseB, fromWeight, fromRotations);
  for (let i = 0; i < JOINTS.length; i += 1) {
    (out[i] as Quaternion).slerp(fromRotations[i] as Quaternion, mix);
  }
  return out;
}

/** How airborne (0..1) `blend` is, mixing in the from-blend like blendDancerPose. */
export function blendAirborne(blend: PoseBlend): number {
  const nowAir = airborneWeight(blend.poseA, blend.poseB, blend.weight);
  const mix = Math.min(1, Math.max(0, blend.mix ?? 0));
  if (mix <= 0 || blend.fromPoseA === undefined || blend.fromPoseB === undefined) return nowAir;
  const fromAir = airborneWeight(blend.fromPoseA, blend.fromPoseB, blend.fromWeight ?? 0);
  return nowAir + (fromAir - nowAir) * mix;
}

const fromAnchor: AnchorWeights = { left: 0, right: 0 };

/** Which toe tips `blend` pins to the floor (see Anchor), mixing in the from-blend; into `out`. */
export function blendAnchor(blend: PoseBlend, out: AnchorWeights): AnchorWeights {
  anchorWeights(blend.poseA, blend.poseB, blend.weight, out);
  const mix = Math.min(1, Math.max(0, blend.mix ?? 0));
  if (mix <= 0 || blend.fromPoseA === undefined || blend.fromPoseB === undefined) return out;
  anchorWeights(blend.fromPoseA, blend.fromPoseB, blend.fromWeight ?? 0, fromAnchor);
  out.left += (fromAnchor.left - out.left) * mix;
  out.right += (fromAnchor.right - out.right) * mix;
  return out;
}
