import type { LightState } from '../cuesheet/vocabulary';
import { LIGHT_IDS, type LightId, type Rgb, type Vec3 } from './types';

/** Channels per light in the look vector: r, g, b, intensity. */
export const LOOK_LIGHT_CHANNELS = 4;
/** Index of the first follow-spot cone angle (deg) in the look vector; the second follows. */
export const LOOK_FOLLOW_ANGLE = LIGHT_IDS.length * LOOK_LIGHT_CHANNELS;
/** Index of the house-light level in the look vector. */
export const LOOK_HOUSE = LOOK_FOLLOW_ANGLE + 2;
/** Index of the cyclorama color (r, g, b) in the look vector. */
export const LOOK_CYC = LOOK_HOUSE + 1;
/** Length of the look vector. */
export const LOOK_DIM = LOOK_CYC + 3;

/** Parses "#rrggbb" to 0..1 sRGB; anything else gives white. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [1, 1, 1];
  const n = parseInt(m[1] as string, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const WARM_3200K: Rgb = [1, 0.8, 0.6];
const HOUSE_2700K: Rgb = [1, 0.72, 0.45];
const STEEL_7000K: Rgb = [0.86, 0.91, 1];
const WHITE: Rgb = [1, 0.95, 0.88];
const AMBER: Rgb = [1, 0.62, 0.25];
const ROSE: Rgb = [1, 0.45, 0.55];
const GOLD: Rgb = [1, 0.78, 0.4];
const STEEL_BLUE: Rgb = [0.55, 0.7, 1];
const DUSK_BLUE = hexToRgb('#1b2a4a');
const CYC_AMBER = hexToRgb('#c9792b');
const CYC_ROSE = hexToRgb('#b04a5a');
const CYC_STEEL = hexToRgb('#6d8fb3');

/** Where each light hangs and what it points at (follow-spot targets move with the dancers). */
export const LIGHT_RIGS: Record<LightId, { position: Vec3; target: Vec3 }> = {
  'follow-1': { position: [-6, 9, 14], target: [0, 1, -4] },
  'follow-2': { position: [6, 9, 14], target: [0, 1, -4] },
  'wash-front': { position: [0, 8, 7], target: [0, 0.5, -4] },
  'wash-left': { position: [-9, 5, -4], target: [0, 1, -4] },
  'wash-right': { position: [9, 5, -4], target: [0, 1, -4] },
  cyclorama: { position: [0, 7.5, -10], target: [0, 4, -12] },
  footlights: { position: [0, 0.1, 1.8], target: [0, 2, -1] },
};

/** The cone angle of each light when it is a spot (0 = not a spot). */
export const LIGHT_ANGLES_DEG: Record<LightId, number> = {
  'follow-1': 12,
  'follow-2': 12,
  'wash-front': 70,
  'wash-left': 60,
  'wash-right': 60,
  cyclorama: 0,
  footlights: 0,
};

type Level = [Rgb, number];
interface StateLook {
  follow: Level;
  followAngleDeg: number;
  front: Level;
  left: Level;
  right: Level;
  cyc: Level;
  foot: Level;
  house: number;
  cycColor: Rgb;
}

// ART.md light states; levels are 0..1 of each light's full output.
const LOOKS: Record<LightState, StateLook> = {
  house: {
    follow: [WARM_3200K, 0],
    followAngleDeg: 12,
    front: [HOUSE_2700K, 0.12],
    left: [AMBER, 0],
    right: [ROSE, 0],
    cyc: [DUSK_BLUE, 0.03],
    foot: [HOUSE_2700K, 0.3],
    house: 0.6,
    cycColor: DUSK_BLUE,
  },
  preshow: {
    follow: [WARM_3200K, 0.6],
    followAngleDeg: 16,
    front: [HOUSE_2700K, 0.08],
    left: [AMBER, 0],
    right: [ROSE, 0],
    cyc: [DUSK_BLUE, 0.04],
    foot: [HOUSE_2700K, 0.35],
    house: 0.1,
    cycColor: DUSK_BLUE,
  },
  spot: {
    follow: [WARM_3200K, 1],
    followAngleDeg: 12,
    front: [WARM_3200K, 0.04],
    left: [AMBER, 0.03],
    right: [ROSE, 0.03],
    cyc: [DUSK_BLUE, 0.05],
    foot: [WARM_3200K, 0],
    house: 0,
    cycColor: DUSK_BLUE,
  },
  wash: {
    follow: [WARM_3200K, 0.55],
    followAngleDeg: 14,
    front: [WHITE, 0.75],
    left: [AMBER, 0.7],
    right: [ROSE, 0.7],
    cyc: [DUSK_BLUE, 0.85],
    foot: [WHITE, 0.15],
    house: 0,
    cycColor: DUSK_BLUE,
  },
  warm: {
    follow: [WARM_3200K, 0.5],
    followAngleDeg: 14,
    front: [GOLD, 0.7],
    left: [AMBER, 0.85],
    right: [GOLD, 0.6],
    cyc: [CYC_AMBER, 0.8],
    foot: [AMBER, 0.2],
    house: 0,
    cycColor: CYC_AMBER,
  },
  cool: {
    follow: [STEEL_7000K, 0.45],
    followAngleDeg: 14,
    front: [STEEL_7000K, 0.55],
    left: [STEEL_BLUE, 0.65],
    right: [STEEL_BLUE, 0.55],
    cyc: [CYC_STEEL, 0.75],
    foot: [STEEL_7000K, 0],
    house: 0,
    cycColor: CYC_STEEL,
  },
  blackout: {
    follow: [WARM_3200K, 0],
    followAngleDeg: 12,
    front: [WARM_3200K, 0.01],
    left: [AMBER, 0.01],
    right: [ROSE, 0.01],
    cyc: [DUSK_BLUE, 0.01],
    foot: [WARM_3200K, 0.01],
    house: 0,
    cycColor: DUSK_BLUE,
  },
  bows: {
    follow: [WARM_3200K, 1],
    followAngleDeg: 16,
    front: [GOLD, 1],
    left: [AMBER, 0.9],
    right: [GOLD, 0.9],
    cyc: [CYC_ROSE, 0.85],
    foot: [WARM_3200K, 0.6],
    house: 0.3,
    cycColor: CYC_ROSE,
  },
};

function writeLevel(out: number[], id: LightId, [rgb, level]: Level, gain: number): void {
  const at = LIGHT_IDS.indexOf(id) * LOOK_LIGHT_CHANNELS;
  out[at] = rgb[0];
  out[at + 1] = rgb[1];
  out[at + 2] = rgb[2];
  out[at + 3] = Math.min(1, Math.max(0, level * gain));
}

/**
 * The look vector of a light state: `followCount` follow-spots lit (the rest at 0), stage lights
 * scaled by `intensity` (0..1), and the cue's dominant `color` tinting the side washes a little.
 */
export function lightLook(
  state: LightState,
  followCount: number,
  intensity: number,
  color: string,
): number[] {
  const look = LOOKS[state];
  const out = new Array<number>(LOOK_DIM).fill(0);
  const gain = Number.isFinite(intensity) ? Math.min(1, Math.max(0, intensity)) : 1;
  const tint = hexToRgb(color);
  const tinted = ([rgb, level]: Level): Level => [
    [0, 1, 2].map((k) => rgb[k as 0] * 0.75 + tint[k as 0] * 0.25) as Rgb,
    level,
  ];
  writeLevel(out, 'follow-1', followCount >= 1 ? look.follow : [look.follow[0], 0], gain);
  writeLevel(out, 'follow-2', followCount >= 2 ? look.follow : [look.follow[0], 0], gain);
  writeLevel(out, 'wash-front', look.front, gain);
  writeLevel(out, 'wash-left', tinted(look.left), gain);
  writeLevel(out, 'wash-right', tinted(look.right), gain);
  writeLevel(out, 'cyclorama', look.cyc, gain);
  writeLevel(out, 'footlights', look.foot, gain);
  out[LOOK_FOLLOW_ANGLE] = look.followAngleDeg;
  out[LOOK_FOLLOW_ANGLE + 1] = look.followAngleDeg;
  out[LOOK_HOUSE] = look.house;
  out[LOOK_CYC] = look.cycColor[0];
  out[LOOK_CYC + 1] = look.cycColor[1];
  out[LOOK_CYC + 2] = look.cycColor[2];
  return out;
}
