import type { Action, Gender } from '../cuesheet/vocabulary';

/** The ~22 joints of the procedural dancer rig, parents before children. */
export const JOINTS = [
  'root',
  'pelvis',
  'spineLower',
  'spineUpper',
  'neck',
  'head',
  'clavicleL',
  'shoulderL',
  'elbowL',
  'wristL',
  'clavicleR',
  'shoulderR',
  'elbowR',
  'wristR',
  'hipL',
  'kneeL',
  'ankleL',
  'toesL',
  'hipR',
  'kneeR',
  'ankleR',
  'toesR',
] as const;
export type JointName = (typeof JOINTS)[number];

/** A named pose of the pose library (e.g. "retire-r", "arabesque-l", "stand-first"). */
export type PoseName = string;

/** Where in its phrase an action is at one moment: what the timeline puts in a StageFrame. */
export interface PhraseSample {
  /** The pose blended from. */
  poseA: PoseName;
  /** The pose blended to. */
  poseB: PoseName;
  /** 0..1, already eased: 0 = poseA, 1 = poseB. */
  weight: number;
  /** Height of the root above its grounded height, meters (ballistic arc in jumps). */
  liftM: number;
  /** Rotation of the root about the vertical axis added by the phrase so far, degrees. */
  turnDeg: number;
  /** Head yaw relative to the body, degrees (spotting). */
  headYawDeg: number;
}

/** Samples the phrase of `action` at `localSec` seconds after it began (into `out` when given). */
export type SamplePhrase = (
  action: Action,
  localSec: number,
  gender: Gender,
  out?: PhraseSample,
) => PhraseSample;
