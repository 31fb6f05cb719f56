import type { PoseName } from '../choreography/types';
import type { Action, AudienceState, LightState, Role, Shot } from '../direction/vocabulary';

/** [x, y, z] in meters: +x to the right as the house sees the stage, y up from the stage floor, +z toward the house. */
export type Vec3 = [number, number, number];
/** [r, g, b] each 0..1, sRGB. */
export type Rgb = [number, number, number];

/** The camera at one instant. */
export interface CameraFrame {
  position: Vec3;
  target: Vec3;
  /** Vertical field of view for a 16:9 frame. */
  fovDeg: number;
  shot: Shot;
  /** Increments at every cut: the stage must not smooth across a change of this number. */
  cut: number;
}

/** Stable ids of the lights the stage draws. */
export const LIGHT_IDS = [
  'follow-1',
  'follow-2',
  'wash-front',
  'wash-left',
  'wash-right',
  'cyclorama',
  'footlights',
] as const;
export type LightId = (typeof LIGHT_IDS)[number];

/** One light at one instant. */
export interface LightFrame {
  id: LightId;
  position: Vec3;
  target: Vec3;
  color: Rgb;
  /** 0..1 of the light's full level. */
  intensity: number;
  /** Cone angle (full angle) for spots; 0 for non-spot lights. */
  angleDeg: number;
}

/** One dancer at one instant. */
export interface DancerFrame {
  id: string;
  role: Role;
  action: Action;
  poseA: PoseName;
  poseB: PoseName;
  /** 0..1 blend from poseA to poseB. */
  weight: number;
  /** Ground point under the pelvis; y > 0 when airborne or lifted. */
  root: Vec3;
  /** Yaw, 0 = facing the house (+z), counter-clockwise seen from above. */
  headingDeg: number;
  /** Head yaw relative to the body (spotting). */
  headYawDeg: number;
}

/** Everything the stage needs to draw one instant of the show. */
export interface StageFrame {
  tSec: number;
  beatIndex: number;
  caption: string;
  camera: CameraFrame;
  lights: LightFrame[];
  lightState: LightState;
  dancers: DancerFrame[];
  /** 0 closed .. 1 fully open. */
  curtain: number;
  /** House-light level 0..1. */
  houseLights: number;
  audience: AudienceState;
  /** 0 still .. 1 on their feet cheering. */
  excitement: number;
  /** 0..1 */
  music: number;
  /** Cyclorama color. */
  cyclorama: Rgb;
}
