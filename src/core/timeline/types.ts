import type { PoseName } from '../choreography/types';
import type {
  Action,
  AudienceState,
  Gender,
  LightState,
  Move,
  Role,
  Shot,
} from '../cuesheet/vocabulary';

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
  /** The body: it sets the rig, the height and the phrases. */
  gender: Gender;
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
  /** The previous action's blend, still fading out at an action change (see mix). */
  fromPoseA?: PoseName;
  fromPoseB?: PoseName;
  fromWeight?: number;
  /** 0..1: how much of the previous action's blend (fromPoseA→fromPoseB) remains; 0 or absent = none. */
  mix?: number;
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

/**
 * Keyframes of `dim` numbers each: between consecutive keys the value eases in-out (smoothstep);
 * before the first key it holds the first, after the last it holds the last.
 */
export interface Track {
  dim: number;
  /** Key times in seconds, ascending. */
  timesSec: number[];
  /** `timesSec.length * dim` numbers, key after key. */
  values: number[];
}

/** One beat as the timeline keeps it. */
export interface TimelineBeat {
  index: number;
  startSec: number;
  durationSec: number;
  text: string;
  lightState: LightState;
  audience: AudienceState;
}

/** One camera shot, from the beat where its cue began until the next shot. */
export interface ShotKey {
  startSec: number;
  /** Length of the shot (until the next shot or the end of the show). */
  durationSec: number;
  shot: Shot;
  /** A cast id, "pair", "stage" or "audience". */
  subject: string;
  /** Index into the cast, or -1 for a group subject. */
  subjectIndex: number;
  move: Move;
  /** Seconds of ease-in-out blend from the previous shot; 0 for a cut. */
  blendSec: number;
  /** Value of CameraFrame.cut while this shot is on. */
  cut: number;
  /** Base azimuth of the view around the subject, degrees (0 = from the house). */
  azimuthDeg: number;
  /** Which third the subject sits in: -1 left, +1 right. */
  thirdSign: number;
}

/** One dancer's tracks. */
export interface DancerTrack {
  id: string;
  /** The body and costume. */
  gender: Gender;
  /** Lead, partner, soloist, or a character who never dances. */
  role: Role;
  /** Action start times (ascending) and the actions that begin there. */
  actionStartsSec: number[];
  actions: Action[];
  /** Ground position [x, z] on the stage floor. */
  position: Track;
  /** Heading in degrees (without the phrase's own turn). */
  heading: Track;
  /** 0..1: how much the root is placed by the partner's (every partnered action with him). */
  carried: Track;
  /** Meters in front of the partner (along his heading) where this dancer's root is placed. */
  carryBehindM?: Track;
  /** Cast index of the dancer who carries this one, or -1. */
  carrierIndex: number;
}

/** A compiled show: everything sampleTimeline needs, as keyframed tracks. */
export interface Timeline {
  title: string;
  durationSec: number;
  beats: TimelineBeat[];
  /** Beat start times, ascending (for binary search). */
  beatStartsSec: number[];
  shots: ShotKey[];
  /** Start times of the shots, ascending. */
  shotStartsSec: number[];
  /** Light levels, colors, house lights and cyclorama (layout in lightLook.ts). */
  look: Track;
  /** Per follow-spot, weights over the cast of whom it follows (2 × cast length). */
  follow: Track;
  curtain: Track;
  excitement: Track;
  music: Track;
  dancers: DancerTrack[];
  /** Compiled for prefers-reduced-motion: turning phrases are sampled at half speed. */
  reducedMotion?: boolean;
}
