import type { JointAngles } from './jointLimits';
import { levelFeet } from './levelFeet';
import { POSE_LIBRARY } from './poseLibrary';
import { JOINTS, type JointName, type PoseName } from './types';

/** Anatomical angles per joint; joints left out stay at rest (0). */
export type PoseAngles = Partial<Record<JointName, JointAngles>>;

/** What carries the weight in a pose. */
export type Contact = 'footL' | 'footR' | 'kneeL' | 'kneeR';

/** One pose of the library: the angles, and what touches the floor (empty: in the air or held). */
export interface Pose {
  angles: PoseAngles;
  support: readonly Contact[];
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
  return { angles, support };
}

function buildPoses(): Record<PoseName, Pose> {
  const poses: Record<PoseName, Pose> = {};
  for (const [name, authored] of Object.entries(POSE_LIBRARY)) {
    const pose = levelFeet(authored);
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

/** How airborne a blend is: 0 when both poses touch the floor, 1 when both are in the air or held. */
export function airborneWeight(poseA: PoseName, poseB: PoseName, weight: number): number {
  const a = getPose(poseA).support.length === 0 ? 1 : 0;
  const b = getPose(poseB).support.length === 0 ? 1 : 0;
  return a + (b - a) * Math.min(1, Math.max(0, weight));
}
