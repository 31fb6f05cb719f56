import {
  applyLook,
  LIGHT_IDS,
  LIGHT_RIGS,
  LIGHT_STATE_LOOKS,
  lightLook,
  type AudienceState,
  type DancerFrame,
  type Gender,
  type LightState,
  type StageFrame,
  type Vec3,
} from '../../src/core';

/** Knobs of a hand-made preview frame (all optional, read from the URL). */
export interface PreviewOptions {
  curtain?: number;
  lights?: LightState;
  shot?: 'establishing' | 'wide' | 'full' | 'medium' | 'close' | 'pov-audience' | 'overhead';
  audience?: AudienceState;
  excitement?: number;
  poseA?: string;
  poseB?: string;
  weight?: number;
  /** Who is on stage (default: valentina, female, and her partner, male), spread along a line. */
  onStage?: ReadonlyArray<{ id: string; gender: Gender }>;
}

const PAIR = [
  { id: 'valentina', gender: 'female' },
  { id: 'partner', gender: 'male' },
] as const;

const SHOTS: Record<NonNullable<PreviewOptions['shot']>, [Vec3, Vec3, number]> = {
  establishing: [[0, 3, 15], [0, 3.5, -3], 53],
  wide: [[0, 1.8, 8], [0, 2.2, -4], 38],
  full: [[0, 1.5, 3], [-0.5, 1.1, -3], 27],
  medium: [[-0.8, 1.5, 0], [-0.9, 1.25, -3], 16],
  close: [[-0.9, 1.55, -1], [-1, 1.5, -3], 10],
  'pov-audience': [[0.5, 1.7, -8], [0, 1.5, 8], 45],
  overhead: [[0, 14, -2], [0, 0, -4], 45],
};

/** A complete StageFrame built from preview knobs, for looking at the stage by hand. */
export function createPreviewFrame(o: PreviewOptions): StageFrame {
  const state = o.lights ?? 'house';
  const her: Vec3 = [-1, 0, -3];
  const him: Vec3 = [1.3, 0, -3.6];
  const [position, target, fovDeg] = SHOTS[o.shot ?? 'establishing'];
  const dancer = (id: string, gender: Gender, root: Vec3, headingDeg: number): DancerFrame => ({
    id,
    gender,
    action: 'stand',
    poseA: o.poseA ?? 'stand-first',
    poseB: o.poseB ?? 'stand-first',
    weight: o.weight ?? 0,
    root,
    headingDeg,
    headYawDeg: 0,
  });
  const onStage = o.onStage ?? PAIR;
  // The first two stand where the spots aim (her, him); any others further along the line.
  const spots: Vec3[] = [her, him, [-3.2, 0, -4.5], [3.4, 0, -5]];
  const dancers = onStage.map((d, i) =>
    dancer(d.id, d.gender, spots[i] ?? [0, 0, -6 - i], i % 2 === 0 ? 15 : -20),
  );
  const frame: StageFrame = {
    tSec: 0,
    beatIndex: 0,
    caption: '',
    camera: { position, target, fovDeg, shot: o.shot ?? 'establishing', cut: 0 },
    lights: LIGHT_IDS.map((id) => ({
      id,
      position: [...LIGHT_RIGS[id].position],
      target: [...LIGHT_RIGS[id].target],
      color: [1, 1, 1],
      intensity: 0,
      angleDeg: 0,
    })),
    lightState: state,
    dancers,
    curtain: o.curtain ?? (state === 'house' || state === 'preshow' ? 0 : 1),
    houseLights: 0,
    audience: o.audience ?? 'seated',
    excitement: o.excitement ?? (o.audience === 'ovation' ? 1 : 0.3),
    music: 0.5,
    cyclorama: [0, 0, 0],
  };
  // The light state as the show plays it: the core's one table of ART.md's states.
  const cue = LIGHT_STATE_LOOKS[state].cue;
  applyLook(lightLook(state, Math.min(2, dancers.length), cue.intensity, cue.color), frame);
  const aims = [her, him];
  frame.lights.slice(0, 2).forEach((light, i) => {
    const at = aims[i] ?? her;
    light.target = [at[0], 1, at[2]];
  });
  return frame;
}
