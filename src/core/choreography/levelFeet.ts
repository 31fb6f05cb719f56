import { Quaternion, Vector3 } from 'three';
import { anglesToQuaternion } from './anglesToQuaternion';
import { forwardKinematics } from './forwardKinematics';
import type { Pose } from './poses';
import { createRig, POINTS, pointIndex } from './rig';
import { JOINTS } from './types';

const rig = createRig('female');
const rotations = JOINTS.map(() => new Quaternion());
const placed = POINTS.map(() => new Vector3());

function heightGap(pose: Pose, from: number, to: number): number {
  JOINTS.forEach((joint, i) => anglesToQuaternion(joint, pose.angles[joint], rotations[i]));
  forwardKinematics(
    rig,
    rotations,
    { position: { x: 0, y: 0, z: 0 }, headingDeg: 0, grounded: false },
    placed,
  );
  return (placed[to] as Vector3).y - (placed[from] as Vector3).y;
}

/** Bisection for the angle in [lo, hi] where gap(angle) changes sign; gap must be monotonic. */
function solve(gap: (deg: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  const rising = gap(b) > gap(a);
  for (let k = 0; k < 30; k += 1) {
    const mid = (a + b) / 2;
    if (gap(mid) > 0 === rising) b = mid;
    else a = mid;
  }
  return Math.round(((a + b) / 2) * 10) / 10;
}

/**
 * A copy of `pose` whose supporting feet lie flat: a flat foot gets the ankle angle that puts
 * heel and ball at one height; a demi-pointe foot (ankle up, toes bent up) gets the toe angle
 * that lays the toes on the floor. Pointe and pointed feet are left as authored.
 */
export function levelFeet(pose: Pose): Pose {
  const result: Pose = { ...pose, angles: { ...pose.angles } };
  for (const side of ['L', 'R'] as const) {
    if (!pose.support.includes(`foot${side}`)) continue;
    const ankle = `ankle${side}` as const;
    const toes = `toes${side}` as const;
    const ankleDeg = result.angles[ankle]?.flexDeg ?? 0;
    const toesDeg = result.angles[toes]?.flexDeg ?? 0;
    const heel = pointIndex(`heel${side}`);
    const ball = pointIndex(`toes${side}`);
    const tip = pointIndex(`toeTip${side}`);
    if (ankleDeg < 30) {
      const gap = (deg: number) => {
        result.angles[ankle] = { flexDeg: deg };
        return heightGap(result, ball, heel);
      };
      result.angles[ankle] = { flexDeg: solve(gap, -40, 60) };
    } else if (toesDeg < 0) {
      const gap = (deg: number) => {
        result.angles[toes] = { flexDeg: deg };
        return heightGap(result, ball, tip);
      };
      result.angles[toes] = { flexDeg: solve(gap, -60, 0) };
    }
  }
  return result;
}
