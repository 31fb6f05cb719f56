import { Quaternion, Vector3 } from 'three';
import { anglesToQuaternion } from './anglesToQuaternion';
import { forwardKinematics } from './forwardKinematics';
import { clampAngles } from './jointLimits';
import { levelFeet } from './levelFeet';
import type { Pose } from './poses';
import { createRig, POINTS, pointIndex } from './rig';
import { JOINTS } from './types';

/** Which feet of a pose keep their place from a reference pose, and that reference. */
export interface KeepFeet {
  /** The pose whose feet these stand in (already levelled). */
  like: Pose;
  /** One side: only that foot's direction is kept; both: both feet's places and directions. */
  sides: readonly ('L' | 'R')[];
}

const rig = createRig('female');
const rotations = JOINTS.map(() => new Quaternion());
const placed = POINTS.map(() => new Vector3());
const atOrigin = { position: { x: 0, y: 0, z: 0 }, headingDeg: 0, grounded: false };

/** Where a foot stands relative to the pelvis: the ankle's x and z, and the foot's yaw (rad). */
function footPlace(pose: Pose, side: 'L' | 'R'): [number, number, number] {
  JOINTS.forEach((joint, i) => anglesToQuaternion(joint, pose.angles[joint], rotations[i]));
  forwardKinematics(rig, rotations, atOrigin, placed);
  const ankle = placed[pointIndex(`ankle${side}`)] as Vector3;
  const heel = placed[pointIndex(`heel${side}`)] as Vector3;
  const ball = placed[pointIndex(`toes${side}`)] as Vector3;
  return [ankle.x, ankle.z, Math.atan2(ball.x - heel.x, ball.z - heel.z)];
}

// A radian of yaw weighs like this many meters of ankle travel in the fit.
const YAW_M = 0.15;
const CHANNELS = ['flexDeg', 'abductDeg', 'rotateDeg'] as const;

/** Gauss-Newton over one hip's channels so the foot stands as `target`; mutates `pose`. */
function fitHip(pose: Pose, side: 'L' | 'R', target: [number, number, number], yawOnly: boolean) {
  const hip = `hip${side}` as const;
  const channels = yawOnly ? (['rotateDeg'] as const) : CHANNELS;
  const residual = (): number[] => {
    const [x, z, yaw] = footPlace(pose, side);
    let dYaw = yaw - target[2];
    dYaw = Math.atan2(Math.sin(dYaw), Math.cos(dYaw));
    return yawOnly ? [dYaw * YAW_M] : [x - target[0], z - target[1], dYaw * YAW_M];
  };
  for (let iteration = 0; iteration < 12; iteration += 1) {
    const angles = clampAngles(hip, pose.angles[hip]);
    const r0 = residual();
    if (Math.hypot(...r0) < 1e-4) return;
    // Numeric Jacobian, one column per channel.
    const columns = channels.map((channel) => {
      pose.angles[hip] = { ...angles, [channel]: angles[channel] + 0.5 };
      const r = residual();
      pose.angles[hip] = angles;
      return r.map((v, k) => (v - (r0[k] as number)) / 0.5);
    });
    // Solve (JᵀJ + λI) δ = −Jᵀr for the channels (1×1 or 3×3), damped for stability.
    const n = channels.length;
    const a = Array.from({ length: n }, (_, i) =>
      Array.from(
        { length: n },
        (_, j) =>
          (columns[i] as number[]).reduce(
            (s, v, k) => s + v * ((columns[j] as number[])[k] ?? 0),
            0,
          ) + (i === j ? 1e-6 : 0),
      ),
    );
    const b = columns.map((c) => -c.reduce((s, v, k) => s + v * (r0[k] as number), 0));
    const delta = solveLinear(a, b);
    const next = { ...angles };
    channels.forEach((channel, i) => {
      next[channel] = angles[channel] + Math.max(-15, Math.min(15, delta[i] ?? 0));
    });
    pose.angles[hip] = clampAngles(hip, next);
  }
}

/** Solves a small dense system by Gaussian elimination with partial pivoting. */
function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * A copy of `pose` (levelled) whose supporting feet stand as in `keep.like`: with both sides,
 * each hip is solved so its ankle sits where the reference's does and the foot points the same
 * way (a plié bends over feet that stay put); with one side, only that foot's turnout is solved
 * so it does not swivel on the floor while the body moves over it (arabesque, attitude).
 */
export function keepFeet(pose: Pose, keep: KeepFeet): Pose {
  let result = levelFeet(pose);
  const yawOnly = keep.sides.length === 1;
  const targets = keep.sides.map((side) => footPlace(keep.like, side));
  // Levelling the feet after each fit moves them a little; two rounds settle it.
  for (let round = 0; round < 3; round += 1) {
    keep.sides.forEach((side, i) => fitHip(result, side, targets[i]!, yawOnly));
    result = levelFeet(result);
  }
  return result;
}
