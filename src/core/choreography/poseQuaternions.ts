import { Quaternion, Vector3 } from 'three';
import { anglesToQuaternion } from './anglesToQuaternion';
import { forwardKinematics, lowestContactY } from './forwardKinematics';
import { getPose } from './poses';
import { POINTS, type Rig } from './rig';
import { JOINTS, type PoseName } from './types';

const cache = new Map<PoseName, readonly Quaternion[]>();

function cachedRotations(name: PoseName): readonly Quaternion[] {
  let rotations = cache.get(name);
  if (!rotations) {
    const { angles } = getPose(name);
    rotations = JOINTS.map((joint) => anglesToQuaternion(joint, angles[joint]));
    cache.set(name, rotations);
  }
  return rotations;
}

/** The local rotation of every joint (one per JOINTS index) in `pose`, computed once per pose. */
export function poseQuaternions(pose: PoseName, out?: Quaternion[]): Quaternion[] {
  const rotations = cachedRotations(pose);
  const result = out ?? JOINTS.map(() => new Quaternion());
  for (let i = 0; i < JOINTS.length; i += 1)
    (result[i] as Quaternion).copy(rotations[i] as Quaternion);
  return result;
}

/** Joint rotations between pose `a` (weight 0) and `b` (weight 1) by slerp; no allocation with `out`. */
export function blendPoses(
  a: PoseName,
  b: PoseName,
  weight: number,
  out: Quaternion[] = JOINTS.map(() => new Quaternion()),
): Quaternion[] {
  const qa = cachedRotations(a);
  const qb = cachedRotations(b);
  const w = Math.min(1, Math.max(0, weight));
  for (let i = 0; i < JOINTS.length; i += 1) {
    (out[i] as Quaternion).slerpQuaternions(qa[i] as Quaternion, qb[i] as Quaternion, w);
  }
  return out;
}

const offsets = new WeakMap<Rig, Map<PoseName, number>>();
const scratch = POINTS.map(() => new Vector3());

/**
 * How far the pelvis sits above its rest height (negative in plié, positive on pointe) when
 * the pose's lowest foot point touches the floor (an airborne pose never sits below rest height). forwardKinematics already applies this
 * (grounded by default); exported for the timeline and tests. Cached per rig and pose.
 */
export function groundOffset(rig: Rig, pose: PoseName): number {
  let perRig = offsets.get(rig);
  if (!perRig) offsets.set(rig, (perRig = new Map()));
  let offset = perRig.get(pose);
  if (offset === undefined) {
    const placed = forwardKinematics(
      rig,
      cachedRotations(pose),
      { position: { x: 0, y: 0, z: 0 }, headingDeg: 0, grounded: false },
      scratch,
    );
    offset = -lowestContactY(rig, placed);
    if (offset < 0 && getPose(pose).support.length === 0) offset = 0;
    perRig.set(pose, offset);
  }
  return offset;
}
