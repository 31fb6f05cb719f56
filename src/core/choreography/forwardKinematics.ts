import { MathUtils, Quaternion, Vector3 } from 'three';
import type { AnchorWeights } from './poses';
import { POINTS, pointIndex, type Rig } from './rig';
import { JOINTS } from './types';

/** Where and how a dancer stands: the root's floor point and the facing. */
export interface RootPlacement {
  /**
   * Meters: the point under the pelvis, or under the anchored foot (see `anchor`); y = 0 keeps
   * the lowest foot (or kneeling knee) on the floor, y > 0 lifts.
   */
  position: Vector3 | { x: number; y: number; z: number };
  /** Yaw, 0 = facing +z (the house), counter-clockwise seen from above. */
  headingDeg: number;
  /** Extra head yaw relative to the body (spotting), shared by neck and head. */
  headYawDeg?: number;
  /** Default true: shift the body so its lowest contact point sits at position.y. */
  grounded?: boolean;
  /**
   * 0..1, how much of the pose is in the air (see airborneWeight). An airborne pose never sits
   * lower than the standing height, so a split in the air is lifted from there, not from its toes.
   * Default 0: the rotations alone do not say whether the dancer is in the air.
   */
  airborne?: number;
  /**
   * How much each foot is pinned on the root's floor point (see anchorWeights): the body is moved
   * horizontally so the weighted feet's floor contacts (footContact) sit on the root, so a turn
   * pivots on the supporting foot and it stays put while the body moves over it. Default: none
   * (the pelvis over the root).
   */
  anchor?: AnchorWeights;
}

const PELVIS = JOINTS.indexOf('pelvis');
const NECK = JOINTS.indexOf('neck');
const HEAD = JOINTS.indexOf('head');
const yAxis = new Vector3(0, 1, 0);
const scratchQ = new Quaternion();
const worldRot: Quaternion[] = [];

/** Contact points whose lowest one rests on the floor, with the radius each sits above it. */
const FOOT_CONTACTS = ['heelL', 'toesL', 'toeTipL', 'heelR', 'toesR', 'toeTipR'].map((n) =>
  pointIndex(n as 'heelL'),
);
const KNEE_CONTACTS = [pointIndex('kneeL'), pointIndex('kneeR')];
const FOOT_POINTS = {
  L: {
    heel: pointIndex('heelL'),
    ball: pointIndex('toesL'),
    tip: pointIndex('toeTipL'),
  },
  R: {
    heel: pointIndex('heelR'),
    ball: pointIndex('toesR'),
    tip: pointIndex('toeTipR'),
  },
} as const;
const contactL = new Vector3();
const contactR = new Vector3();
const ball = new Vector3();

/** Heel height above the toes (m) at which a foot stands on its toes (demi-pointe or pointe). */
const HEEL_UP_M = 0.08;
/** Height of the ball above the toe tip (m) at which the foot stands on the tip (full pointe). */
const BALL_UP_M = 0.035;

/**
 * The point where a placed foot meets the floor, the one that holds its place: mid-sole (between
 * heel and ball) while the foot is flat, the ball on demi-pointe, the toe tip on pointe, blended
 * smoothly by how high the heel and the ball are. Only x and z are meaningful.
 */
export function footContact(points: readonly Vector3[], side: 'L' | 'R', out: Vector3): Vector3 {
  const f = FOOT_POINTS[side];
  const heel = points[f.heel] as Vector3;
  const toes = points[f.ball] as Vector3;
  const tip = points[f.tip] as Vector3;
  const onTip = MathUtils.smoothstep(toes.y - tip.y, 0, BALL_UP_M);
  ball.copy(toes).lerp(tip, onTip);
  const onToes = MathUtils.smoothstep(heel.y - Math.min(toes.y, tip.y), 0, HEEL_UP_M);
  return out.addVectors(heel, toes).multiplyScalar(0.5).lerp(ball, onToes);
}

/** Height of the lowest contact surface (foot capsule or knee) of already placed points. */
export function lowestContactY(rig: Rig, positions: readonly Vector3[]): number {
  let low = Infinity;
  for (const i of FOOT_CONTACTS) low = Math.min(low, (positions[i]?.y ?? 0) - rig.footRadiusM);
  for (const i of KNEE_CONTACTS) low = Math.min(low, (positions[i]?.y ?? 0) - rig.kneeRadiusM);
  return low;
}

/**
 * World positions of every point of POINTS (joints then sites) for local joint `rotations`
 * (one per JOINTS index). Grounded by default: the pelvis height is adjusted so the lowest foot
 * point (toe tip on pointe, else heel/ball) or a kneeling knee touches y = root.position.y,
 * so a jump's liftM goes in root.position.y. Writes into `out` when given (no allocation).
 */
export function forwardKinematics(
  rig: Rig,
  rotations: readonly Quaternion[],
  root: RootPlacement,
  out: Vector3[] = POINTS.map(() => new Vector3()),
  outWorldRotations?: Quaternion[],
): Vector3[] {
  while (worldRot.length < POINTS.length) worldRot.push(new Quaternion());
  const rots = outWorldRotations ?? worldRot;
  while (rots.length < POINTS.length) rots.push(new Quaternion());
  const headYaw = (root.headYawDeg ?? 0) * MathUtils.DEG2RAD;
  for (let i = 0; i < POINTS.length; i += 1) {
    const p = out[i] as Vector3;
    const r = rots[i] as Quaternion;
    const parent = rig.parents[i] ?? -1;
    if (parent < 0) {
      p.set(root.position.x, root.position.y, root.position.z);
      r.setFromAxisAngle(yAxis, root.headingDeg * MathUtils.DEG2RAD);
      continue;
    }
    const parentRot = rots[parent] as Quaternion;
    p.copy(rig.offsets[i] as Vector3)
      .applyQuaternion(parentRot)
      .add(out[parent] as Vector3);
    const local = i < JOINTS.length ? rotations[i] : undefined;
    r.copy(parentRot);
    // The root's own rotation (whole-body pitch in held shapes) pivots at the pelvis, not the floor.
    if (i === PELVIS && rotations[0]) r.multiply(rotations[0]);
    if (headYaw !== 0 && (i === NECK || i === HEAD)) {
      r.multiply(scratchQ.setFromAxisAngle(yAxis, headYaw * (i === NECK ? 0.4 : 0.6)));
    }
    if (local) r.multiply(local);
  }
  if (root.grounded ?? true) {
    let shift = root.position.y - lowestContactY(rig, out);
    // Positions already include root.position.y: shift < 0 means below the standing height.
    if (shift < 0) shift *= 1 - Math.min(1, Math.max(0, root.airborne ?? 0));
    for (let i = 1; i < POINTS.length; i += 1) (out[i] as Vector3).y += shift;
  }
  const anchor = root.anchor;
  if (anchor && anchor.left + anchor.right > 0) {
    footContact(out, 'L', contactL);
    footContact(out, 'R', contactR);
    const dx =
      anchor.left * (contactL.x - root.position.x) + anchor.right * (contactR.x - root.position.x);
    const dz =
      anchor.left * (contactL.z - root.position.z) + anchor.right * (contactR.z - root.position.z);
    for (let i = 1; i < POINTS.length; i += 1) {
      (out[i] as Vector3).x -= dx;
      (out[i] as Vector3).z -= dz;
    }
  }
  return out;
}
