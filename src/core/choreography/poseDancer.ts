import { Quaternion, Vector3 } from 'three';
import { forwardKinematics } from './forwardKinematics';
import { blendPoses } from './poseQuaternions';
import { airborneWeight } from './poses';
import { POINTS, type Rig } from './rig';
import { JOINTS, type PoseName } from './types';

/** The fields of a timeline DancerFrame that place a dancer's body (structurally compatible). */
export interface DancerPlacement {
  poseA: PoseName;
  poseB: PoseName;
  weight: number;
  /** [x, y, z] meters: the ground point under the pelvis; y = lift above the grounded height. */
  root: readonly [number, number, number];
  headingDeg: number;
  headYawDeg: number;
}

const rotations = JOINTS.map(() => new Quaternion());
const position = new Vector3();

/**
 * World positions of every point of POINTS for one dancer at one instant: blends poseA→poseB,
 * grounds the feet, lifts by root y, turns by headingDeg. Reuses `out` (no allocation).
 */
export function poseDancer(
  rig: Rig,
  dancer: DancerPlacement,
  out: Vector3[] = POINTS.map(() => new Vector3()),
  outWorldRotations?: Quaternion[],
): Vector3[] {
  blendPoses(dancer.poseA, dancer.poseB, dancer.weight, rotations);
  position.set(dancer.root[0], dancer.root[1], dancer.root[2]);
  return forwardKinematics(
    rig,
    rotations,
    {
      position,
      headingDeg: dancer.headingDeg,
      headYawDeg: dancer.headYawDeg,
      airborne: airborneWeight(dancer.poseA, dancer.poseB, dancer.weight),
    },
    out,
    outWorldRotations,
  );
}
