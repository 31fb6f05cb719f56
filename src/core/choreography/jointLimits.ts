import type { JointName } from './types';

/**
 * Anatomical angles of one joint, degrees. What each channel means depends on the joint kind:
 * - limbs (hip, shoulder): flexDeg = flexion (forward, negative = extension), abductDeg =
 *   abduction (away from the midline), rotateDeg = external rotation (turnout, positive).
 * - knee: flexDeg = flexion (heel toward the seat); elbow: flexDeg = flexion.
 * - ankle: flexDeg = plantarflexion (pointing, negative = dorsiflexion); toes: flexDeg = curl
 *   (negative = the toes bent up, as on demi-pointe); wrist: flexDeg = bend toward the palm.
 * - clavicle: abductDeg = elevation, rotateDeg = protraction (shoulder forward).
 * - root: flexDeg = pitch of the whole body about the pelvis, forward (held shapes: fish dive).
 * - pelvis: flexDeg = anterior tilt; spine, neck, head: flexDeg = forward bend (negative =
 *   back arch). For these central joints abductDeg = bend to the dancer's left, rotateDeg =
 *   twist to the dancer's left (counter-clockwise seen from above).
 */
export interface JointAngles {
  flexDeg?: number;
  abductDeg?: number;
  rotateDeg?: number;
}

/** The kinds of joint, each with its own channels and limits. */
export type JointKind =
  | 'root'
  | 'pelvis'
  | 'spine'
  | 'neck'
  | 'head'
  | 'clavicle'
  | 'shoulder'
  | 'elbow'
  | 'wrist'
  | 'hip'
  | 'knee'
  | 'ankle'
  | 'toes';

/** The kind of a joint, from its name. */
export function jointKind(joint: JointName): JointKind {
  if (joint.startsWith('spine')) return 'spine';
  const base = joint.replace(/[LR]$/, '');
  return base as JointKind;
}

/** Which side a joint is on: +1 left (+x), -1 right, 0 on the midline. */
export function jointSide(joint: JointName): 1 | -1 | 0 {
  if (joint === 'spineLower' || joint === 'spineUpper') return 0;
  if (joint.endsWith('L')) return 1;
  if (joint.endsWith('R')) return -1;
  return 0;
}

/** [min, max] degrees per channel. */
export interface ChannelLimits {
  flexDeg: readonly [number, number];
  abductDeg: readonly [number, number];
  rotateDeg: readonly [number, number];
}

const ZERO = [0, 0] as const;

/**
 * Joint limits of a trained dancer, degrees. Wider than an untrained body where ballet needs it:
 * hip flexion to 150 (front split), extension to 45, external rotation to 70 (this channel also
 * carries the knee's and foot's share of turnout), ankle plantarflexion to 100 (pointe) and
 * dorsiflexion to 40 (a deep demi-plié over turned-out feet).
 */
export const JOINT_LIMITS: Readonly<Record<JointKind, ChannelLimits>> = {
  root: { flexDeg: [-30, 135], abductDeg: ZERO, rotateDeg: ZERO },
  pelvis: { flexDeg: [-20, 60], abductDeg: [-20, 20], rotateDeg: [-45, 45] },
  spine: { flexDeg: [-40, 60], abductDeg: [-30, 30], rotateDeg: [-40, 40] },
  neck: { flexDeg: [-40, 50], abductDeg: [-30, 30], rotateDeg: [-60, 60] },
  head: { flexDeg: [-30, 40], abductDeg: [-25, 25], rotateDeg: [-50, 50] },
  clavicle: { flexDeg: ZERO, abductDeg: [-10, 30], rotateDeg: [-20, 30] },
  shoulder: { flexDeg: [-60, 180], abductDeg: [-30, 180], rotateDeg: [-90, 90] },
  elbow: { flexDeg: [0, 150], abductDeg: ZERO, rotateDeg: ZERO },
  wrist: { flexDeg: [-60, 70], abductDeg: [-20, 30], rotateDeg: ZERO },
  hip: { flexDeg: [-45, 150], abductDeg: [-30, 110], rotateDeg: [-40, 70] },
  knee: { flexDeg: [0, 150], abductDeg: ZERO, rotateDeg: ZERO },
  ankle: { flexDeg: [-40, 100], abductDeg: ZERO, rotateDeg: ZERO },
  toes: { flexDeg: [-60, 40], abductDeg: ZERO, rotateDeg: ZERO },
};

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));

/** The angles of `joint` clamped to its limits (missing channels read as 0). */
export function clampAngles(
  joint: JointName,
  angles: JointAngles | undefined,
): Required<JointAngles> {
  const limits = JOINT_LIMITS[jointKind(joint)];
  return {
    flexDeg: clamp(angles?.flexDeg ?? 0, limits.flexDeg),
    abductDeg: clamp(angles?.abductDeg ?? 0, limits.abductDeg),
    rotateDeg: clamp(angles?.rotateDeg ?? 0, limits.rotateDeg),
  };
}
