import type { JointAngles } from './jointLimits';
import { keepFeet } from './keepFeet';
import { levelFeet } from './levelFeet';
import { POSE_LIBRARY } from './poseLibrary';
import { JOINTS, type JointName, type PoseName } from './types';

/** Anatomical angles per joint; joints left out stay at rest (0). */
export type PoseAngles = Partial<Record<JointName, JointAngles>>;

/** What carries the weight in a pose. */
export type Contact = 'footL' | 'footR' | 'kneeL' | 'kneeR';

/**
 * Which foot holds its place on the floor while the body moves over it: one foot, the point
 * midway between both, or none (travel, flight). Where a foot meets the floor (footContact:
 * under the ankle when flat, the ball on demi-pointe, the tip on pointe) is kept on the
 * dancer's root point, so a supporting foot neither slides through a phrase nor circles in a turn.
 */
export type Anchor = 'footL' | 'footR' | 'both' | 'none';

/** One pose of the library: the angles, and what touches the floor (empty: in the air or held). */
export interface Pose {
  angles: PoseAngles;
  support: readonly Contact[];
  /** Default: the one supporting foot, else both feet when both support, else none. */
  anchor?: Anchor;
  /**
   * Authoring only: stand the feet of `sides` as in the pose `like` (see keepFeet), so a phrase
   * from that pose to this one does not slide or swivel them. Resolved when POSES is built.
   */
  keep?: { like: PoseName; sides: readonly ('L' | 'R')[] };
}

/** The other side's name of a joint (hipR -> hipL); central joints keep their name. */
export function mirrorJoint(joint: JointName): JointName {
  if (joint === 'spineLower' || joint === 'spineUpper') return joint;
  if (joint.endsWith('L')) return (joint.slice(0, -1) + 'R') as JointName;
  if (joint.endsWith('R')) return (joint.slice(0, -1) + 'L') as JointName;
  return joint;
}

const CENTRAL = new Set<JointName>(['root', 'pelvis', 'spineLower', 'spineUpper', 'neck', 'head']);

/**
 * The mirror image of a pose across the body's midline: left and right limbs swap their
 * angles; the midline joints' side bend and twist change sign.
 */
export function mirrorPose(pose: Pose): Pose {
  const angles: PoseAngles = {};
  for (const joint of JOINTS) {
    const a = pose.angles[joint];
    if (!a) continue;
    angles[mirrorJoint(joint)] = CENTRAL.has(joint)
      ? { flexDeg: a.flexDeg, abductDeg: -(a.abductDeg ?? 0), rotateDeg: -(a.rotateDeg ?? 0) }
      : { ...a };
  }
  const support = pose.support.map(
    (c) => (c.endsWith('L') ? c.slice(0, -1) + 'R' : c.slice(0, -1) + 'L') as Contact,
  );
  const anchor =
    pose.anchor === 'footL' ? 'footR' : pose.anchor === 'footR' ? 'footL' : pose.anchor;
  return anchor === undefined ? { angles, support } : { angles, support, anchor };
}

function buildPoses(): Record<PoseName, Pose> {
  const poses: Record<PoseName, Pose> = {};
  for (const [name, { keep, ...authored }] of Object.entries(POSE_LIBRARY)) {
    const like = keep && poses[keep.like];
    if (keep && !like)
      throw new Error(`pose "${name}" keeps the feet of "${keep.like}", defined later`);
    const pose = like ? keepFeet(authored, { like, sides: keep.sides }) : levelFeet(authored);
    poses[name] = pose;
    // A pose authored for the right side ("-r") gets its left twin by mirroring.
    if (name.endsWith('-r')) poses[`${name.slice(0, -2)}-l`] = mirrorPose(pose);
  }
  return poses;
}

/** Every pose by name (supporting feet levelled): the library plus the mirrored "-l" twin of each "-r" pose. */
export const POSES: Readonly<Record<PoseName, Pose>> = buildPoses();

/** Names of every pose in POSES. */
export const POSE_NAMES: readonly PoseName[] = Object.keys(POSES);

/** The pose called `name`; throws on an unknown name so a typo fails loudly in tests. */
export function getPose(name: PoseName): Pose {
  const pose = POSES[name];
  if (!pose) throw new Error(`unknown pose "${name}"`);
  return pose;
}

/** The anchor of a pose, its default resolved from the support. */
export function anchorOf(pose: Pose): Anchor {
  if (pose.anchor) return pose.anchor;
  const left = pose.support.includes('footL');
  const right = pose.support.includes('footR');
  return left && right ? 'both' : left ? 'footL' : right ? 'footR' : 'none';
}

/** How much each foot is pinned (left, right; summing to 0 or 1) in a pose. */
export interface AnchorWeights {
  left: number;
  right: number;
}

const ANCHOR_WEIGHTS: Readonly<Record<Anchor, AnchorWeights>> = {
  footL: { left: 1, right: 0 },
  footR: { left: 0, right: 1 },
  both: { left: 0.5, right: 0.5 },
  none: { left: 0, right: 0 },
};

/** The anchor weights of a blend from `poseA` (weight 0) to `poseB` (weight 1), into `out`. */
export function anchorWeights(
  poseA: PoseName,
  poseB: PoseName,
  weight: number,
  out: AnchorWeights = { left: 0, right: 0 },
): AnchorWeights {
  const a = ANCHOR_WEIGHTS[anchorOf(getPose(poseA))];
  const b = ANCHOR_WEIGHTS[anchorOf(getPose(poseB))];
  const w = Math.min(1, Math.max(0, weight));
  out.left = a.left + (b.left - a.left) * w;
  out.right = a.right + (b.right - a.right) * w;
  return out;
}

/** How airborne a blend is: 0 when both poses touch the floor, 1 when both are in the air or held. */
export function airborneWeight(poseA: PoseName, poseB: PoseName, weight: number): number {
  const a = getPose(poseA).support.length === 0 ? 1 : 0;
  const b = getPose(poseB).support.length === 0 ? 1 : 0;
  return a + (b - a) * Math.min(1, Math.max(0, weight));
}
