import type {
  AudienceState,
  DancerFrame,
  Gender,
  LightFrame,
  LightState,
  Rgb,
  StageFrame,
  Vec3,
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

const WARM: Rgb = [1, 0.82, 0.62];
const SPOT: Rgb = [1, 0.9, 0.78];

function light(
  id: LightFrame['id'],
  position: Vec3,
  target: Vec3,
  color: Rgb,
  intensity: number,
  angleDeg: number,
): LightFrame {
  return { id, position, target, color, intensity, angleDeg };
}

/** The seven lights for a light state, roughly as ART.md describes it. */
function lightsFor(state: LightState, her: Vec3, him: Vec3): LightFrame[] {
  const lvl = (on: Partial<Record<LightState, number>>) => on[state] ?? 0;
  return [
    light(
      'follow-1',
      [-3, 11, 16],
      her,
      SPOT,
      lvl({ spot: 1, bows: 0.9, wash: 0.5, warm: 0.5, cool: 0.4 }),
      12,
    ),
    light('follow-2', [3, 11, 16], him, SPOT, lvl({ bows: 0.9, wash: 0.4, warm: 0.4 }), 12),
    light(
      'wash-front',
      [0, 9, 9],
      [0, 0.5, -4],
      WARM,
      lvl({ wash: 0.8, warm: 0.9, cool: 0.5, bows: 1, house: 0.12, preshow: 0.1, spot: 0.03 }),
      70,
    ),
    light(
      'wash-left',
      [-9, 5, -4],
      [0, 1, -4],
      [1, 0.6, 0.25],
      lvl({ wash: 0.8, warm: 1, bows: 0.6, cool: 0.2 }),
      60,
    ),
    light(
      'wash-right',
      [9, 5, -4],
      [0, 1, -4],
      state === 'cool' ? [0.55, 0.7, 1] : [0.9, 0.45, 0.55],
      lvl({ wash: 0.8, cool: 0.9, bows: 0.6, warm: 0.4 }),
      60,
    ),
    light(
      'cyclorama',
      [0, 10, -10],
      [0, 4, -11.8],
      [1, 1, 1],
      lvl({ wash: 1, warm: 1, cool: 1, bows: 0.8, spot: 0.15, preshow: 0.1 }),
      0,
    ),
    light(
      'footlights',
      [0, 0.1, 1.9],
      [0, 3, -0.5],
      WARM,
      lvl({ preshow: 0.7, house: 0.35, bows: 0.6, wash: 0.3 }),
      0,
    ),
  ];
}

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
  const cyc: Record<LightState, Rgb> = {
    house: [0.1, 0.16, 0.29],
    preshow: [0.1, 0.16, 0.29],
    spot: [0.1, 0.16, 0.29],
    wash: [0.69, 0.29, 0.35],
    warm: [0.79, 0.47, 0.17],
    cool: [0.43, 0.56, 0.7],
    blackout: [0, 0, 0],
    bows: [0.79, 0.47, 0.17],
  };
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
  return {
    tSec: 0,
    beatIndex: 0,
    caption: '',
    camera: { position, target, fovDeg, shot: o.shot ?? 'establishing', cut: 0 },
    lights: lightsFor(state, her, him),
    lightState: state,
    dancers,
    curtain: o.curtain ?? (state === 'house' || state === 'preshow' ? 0 : 1),
    houseLights: { house: 0.6, preshow: 0.1, bows: 0.3 }[state as string] ?? 0,
    audience: o.audience ?? 'seated',
    excitement: o.excitement ?? (o.audience === 'ovation' ? 1 : 0.3),
    music: 0.5,
    cyclorama: cyc[state],
  };
}
