import { Vector3 } from 'three';
import type { Gender } from '../cuesheet/vocabulary';
import { JOINTS, type JointName } from './types';

/** Extra points carried by a joint (no rotation of their own): tips of head, hands and feet. */
export const SITES = [
  'headTop',
  'handTipL',
  'handTipR',
  'heelL',
  'heelR',
  'toeTipL',
  'toeTipR',
] as const;
export type SiteName = (typeof SITES)[number];

/** Every point forward kinematics places: the JOINTS in order, then the SITES. */
export const POINTS = [...JOINTS, ...SITES] as const;
export type PointName = JointName | SiteName;

/** Index of a joint or site in POINTS (and in the arrays forwardKinematics returns). */
export function pointIndex(name: PointName): number {
  return (POINTS as readonly string[]).indexOf(name);
}

/** A capsule the stage can draw between two points. */
export interface Segment {
  from: PointName;
  to: PointName;
  radiusM: number;
}

/** A dancer's skeleton: parent and rest offset of every point, plus capsule hints. */
export interface Rig {
  gender: Gender;
  /** Standing height, flat feet, meters. */
  heightM: number;
  /** Parent index into POINTS for every point; -1 for the root. */
  parents: readonly number[];
  /** Offset from the parent at rest, in the parent's frame (y up, facing +z, left = +x). */
  offsets: readonly Vector3[];
  segments: readonly Segment[];
  /** Radius of the foot capsules: heel, ball and toe tip sit this far above their contact point. */
  footRadiusM: number;
  /** Radius of the knee: a kneeling knee sits this far above the floor. */
  kneeRadiusM: number;
}

type Bone = [PointName, PointName | null, number, number, number];

// Ballerina proportions (1.65 m, long legs, long neck, small head); left side at +x.
const BALLERINA_BONES: Bone[] = [
  ['root', null, 0, 0, 0],
  ['pelvis', 'root', 0, 0.96, 0],
  ['spineLower', 'pelvis', 0, 0.1, 0],
  ['spineUpper', 'spineLower', 0, 0.19, 0],
  ['neck', 'spineUpper', 0, 0.17, -0.01],
  ['head', 'neck', 0, 0.11, 0.01],
  ['clavicleL', 'spineUpper', 0.02, 0.15, 0],
  ['shoulderL', 'clavicleL', 0.14, 0, -0.01],
  ['elbowL', 'shoulderL', 0, -0.27, 0],
  ['wristL', 'elbowL', 0, -0.24, 0],
  ['hipL', 'pelvis', 0.085, -0.05, 0],
  ['kneeL', 'hipL', 0, -0.42, 0],
  ['ankleL', 'kneeL', 0, -0.415, 0],
  ['toesL', 'ankleL', 0, -0.055, 0.14],
  ['headTop', 'head', 0, 0.12, 0.01],
  ['handTipL', 'wristL', 0, -0.17, 0],
  ['heelL', 'ankleL', 0, -0.055, -0.05],
  ['toeTipL', 'toesL', 0, 0, 0.055],
];

const BALLERINA_RADII: Array<[PointName, PointName, number]> = [
  ['hipL', 'hipR', 0.075],
  ['pelvis', 'spineLower', 0.08],
  ['spineLower', 'spineUpper', 0.09],
  ['spineUpper', 'neck', 0.05],
  ['neck', 'head', 0.035],
  ['head', 'headTop', 0.085],
  ['clavicleL', 'shoulderL', 0.042],
  ['shoulderL', 'elbowL', 0.035],
  ['elbowL', 'wristL', 0.027],
  ['wristL', 'handTipL', 0.022],
  ['hipL', 'kneeL', 0.06],
  ['kneeL', 'ankleL', 0.042],
  ['ankleL', 'heelL', 0.02],
  ['ankleL', 'toesL', 0.028],
  ['toesL', 'toeTipL', 0.02],
];

function mirrorName(name: PointName): PointName {
  if (name.endsWith('L')) return (name.slice(0, -1) + 'R') as PointName;
  return name;
}

/** Builds the rig of a gender: the ballerina 1.65 m tall flat (≈1.79 on pointe), the partner 1.85 m. */
export function createRig(gender: Gender): Rig {
  const scale = gender === 'female' ? 1 : 1.85 / 1.65;
  // The partner is broader in the shoulders and thicker in the limbs than a uniform scale gives.
  const width = gender === 'female' ? 1 : 1.12;
  const thick = gender === 'female' ? 1 : 1.2;
  const parents = new Array<number>(POINTS.length).fill(-1);
  const offsets = POINTS.map(() => new Vector3());
  const place = (name: PointName, parent: PointName | null, x: number, y: number, z: number) => {
    const i = pointIndex(name);
    parents[i] = parent === null ? -1 : pointIndex(parent);
    const wide = name.startsWith('shoulder') || name.startsWith('hip') ? width : 1;
    offsets[i]?.set(x * scale * wide, y * scale, z * scale);
  };
  for (const [name, parent, x, y, z] of BALLERINA_BONES) {
    place(name, parent, x, y, z);
    const mirrored = mirrorName(name);
    if (mirrored !== name) place(mirrored, parent && mirrorName(parent), -x, y, z);
  }
  const segments: Segment[] = [];
  for (const [from, to, radiusM] of BALLERINA_RADII) {
    segments.push({ from, to, radiusM: radiusM * scale * thick });
    const mFrom = mirrorName(from);
    if (mFrom !== from && mirrorName(to) !== to) {
      segments.push({ from: mFrom, to: mirrorName(to), radiusM: radiusM * scale * thick });
    }
  }
  return {
    gender,
    heightM: 1.65 * scale,
    parents,
    offsets,
    segments,
    footRadiusM: 0.02 * scale * thick,
    kneeRadiusM: 0.045 * scale * thick,
  };
}
