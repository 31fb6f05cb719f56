import { Quaternion, Vector3 } from 'three';
import { forwardKinematics } from './forwardKinematics';
import { blendAirborne, blendAnchor, blendDancerPose, type PoseBlend } from './blendDancerPose';
import { POINTS, type Rig } from './rig';
import { JOINTS } from './types';

/** The fields of a timeline DancerFrame that place a dancer's body (structurally compatible). */
export interface DancerPlacement extends PoseBlend {
  /** [x, y, z] meters: the ground point under the pelvis; y = lift above the grounded height. */
  root: readonly [number, number, number];
  headingDeg: number;
  headYawDeg: number;
}

const rotations = JOINTS.map(() => new Quaternion());
const position = new Vector3();
const anchor = { left: 0, right: 0 };

/**
 * World positions of every point of POINTS for one dancer at one instant: blends poseA→poseB
 * (and the fading previous action, see blendDancerPose), grounds the feet, pins the anchored toe
 * tips on the root point, lifts by root y, turns by headingDeg. Reuses `out` (no allocation);
 * `outWorldRotations`, when given, receives every point's world rotation (for a skeleton).
 */
export function poseDancer(
  rig: Rig,
  dancer: DancerPlacement,
  out: Vector3[] = POINTS.map(() => new Vector3()),
  outWorldRotations?: Quaternion[],
): Vector3[] {
  blendDancerPose(dancer, rotations);
  position.set(dancer.root[0], dancer.root[1], dancer.root[2]);
  return forwardKinematics(
    rig,
    rotations,
    {
      position,
      headingDeg: dancer.headingDeg,
      headYawDeg: dancer.headYawDeg,
      airborne: blendAirborne(dancer),
      anchor: blendAnchor(dancer, anchor),
    },
    out,
    outWorldRotations,
  );
}
