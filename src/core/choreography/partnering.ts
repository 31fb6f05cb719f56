import { Vector3 } from 'three';
import { forwardKinematics } from './forwardKinematics';
import { poseQuaternions } from './poseQuaternions';
import { airborneWeight, anchorWeights } from './poses';
import { createRig, pointIndex, POINTS, type PointName } from './rig';
import type { PoseName } from './types';

/** The partnered actions, where the partner's place depends on the ballerina's. */
export const PARTNERED_ACTIONS = ['promenade', 'lift', 'fish-dive', 'supported-pirouette'] as const;
export type PartneredAction = (typeof PARTNERED_ACTIONS)[number];

const her = createRig('female');
const him = createRig('male');

function pointAt(gender: 'female' | 'male', pose: PoseName, point: PointName): Vector3 {
  const placed = forwardKinematics(
    gender === 'female' ? her : him,
    poseQuaternions(pose),
    {
      position: { x: 0, y: 0, z: 0 },
      headingDeg: 0,
      airborne: airborneWeight(pose, pose, 0),
      anchor: anchorWeights(pose, pose, 0),
    },
    POINTS.map(() => new Vector3()),
  );
  return (placed[pointIndex(point)] as Vector3).clone();
}

/**
 * How high the partner holds her in the overhead lift, meters of liftM: his hands (raised, in
 * 'partner-lift-r') minus her waist (in 'lift-held-r'), both grounded, so his hands meet her waist.
 */
export const LIFT_HEIGHT_M =
  pointAt('male', 'partner-lift-r', 'wristR').y - pointAt('female', 'lift-held-r', 'spineLower').y;

/** How high the partner holds her in the fish dive, meters of liftM: his hands minus her waist. */
export const FISH_HEIGHT_M = Math.max(
  0,
  pointAt('male', 'partner-fish-r', 'wristR').y - pointAt('female', 'fish-r', 'spineLower').y,
);

const HIS_POSE: Record<PartneredAction, [PoseName, PoseName]> = {
  promenade: ['partner-support-r', 'arabesque-pointe-r'],
  lift: ['partner-lift-r', 'lift-held-r'],
  'fish-dive': ['partner-fish-r', 'fish-r'],
  'supported-pirouette': ['partner-support-r', 'retire-r'],
};

/**
 * Where the partner stands in a partnered action: `behindM` meters behind the ballerina along
 * her facing (his root = her root − behindM · her forward), facing the same way, so his hands
 * reach her waist. The timeline should also turn this offset with her turnDeg (promenade).
 */
export const PARTNER_PLACEMENT: Readonly<Record<PartneredAction, { behindM: number }>> =
  Object.fromEntries(
    PARTNERED_ACTIONS.map((action) => {
      const [his, hers] = HIS_POSE[action];
      const behindM = pointAt('male', his, 'wristR').z - pointAt('female', hers, 'spineLower').z;
      return [action, { behindM: Math.max(0, behindM) }];
    }),
  ) as Record<PartneredAction, { behindM: number }>;
