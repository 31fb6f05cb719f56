import type { LightState } from '../cuesheet/vocabulary';

/** [r, g, b] each 0..1, sRGB. */
type Rgb = [number, number, number];
/** [x, y, z] meters. */
type Vec3 = [number, number, number];
/** Stable ids of the lights the stage hangs. */
type LightId =
  'follow-1' | 'follow-2' | 'wash-front' | 'wash-left' | 'wash-right' | 'cyclorama' | 'footlights';

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
/** Dusk blue as a lit cyclorama glows with it (the palette's #1b2a4a is the cloth unlit). */
const DUSK_GLOW = hexToRgb('#3a5b96');
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

/** A light's color and its level 0..1 of full output. */
export type Level = [Rgb, number];
/** What one light state (ART.md) does with every light of the rig, and the level and color its cue records. */
export interface StateLook {
  /** The cue's overall level and dominant color, as the cue sheet writes them. */
  cue: { intensity: number; color: string };
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

/** The light states of ART.md: the one table the director's cues and the stage's lights read. */
export const LIGHT_STATE_LOOKS: Record<LightState, StateLook> = {
  house: {
    cue: { intensity: 0.6, color: '#ffb46b' },
    follow: [WARM_3200K, 0],
    followAngleDeg: 12,
    front: [HOUSE_2700K, 0.45],
    left: [AMBER, 0],
    right: [ROSE, 0],
    cyc: [DUSK_BLUE, 0.05],
    foot: [HOUSE_2700K, 0.5],
    house: 0.6,
    cycColor: DUSK_BLUE,
  },
  preshow: {
    cue: { intensity: 0.5, color: '#c9792b' },
    follow: [WARM_3200K, 1],
    followAngleDeg: 16,
    front: [HOUSE_2700K, 0.5],
    left: [AMBER, 0],
    right: [ROSE, 0],
    cyc: [DUSK_BLUE, 0.08],
    foot: [HOUSE_2700K, 0.9],
    house: 0.1,
    cycColor: DUSK_BLUE,
  },
  spot: {
    cue: { intensity: 0.8, color: '#ffd1a3' },
    follow: [WARM_3200K, 1],
    followAngleDeg: 12,
    front: [WARM_3200K, 0.3],
    left: [AMBER, 0.25],
    right: [ROSE, 0.25],
    cyc: [DUSK_GLOW, 0.35],
    foot: [WARM_3200K, 0.1],
    house: 0,
    cycColor: DUSK_GLOW,
  },
  wash: {
    cue: { intensity: 0.9, color: '#c9792b' },
    follow: [WARM_3200K, 0.6],
    followAngleDeg: 14,
    front: [WHITE, 1],
    left: [AMBER, 0.9],
    right: [ROSE, 0.9],
    cyc: [DUSK_GLOW, 1],
    foot: [WHITE, 0.3],
    house: 0,
    cycColor: DUSK_GLOW,
  },
  warm: {
    cue: { intensity: 0.9, color: '#b8892f' },
    follow: [WARM_3200K, 0.55],
    followAngleDeg: 14,
    front: [GOLD, 0.95],
    left: [AMBER, 0.95],
    right: [GOLD, 0.8],
    cyc: [CYC_AMBER, 1],
    foot: [AMBER, 0.3],
    house: 0,
    cycColor: CYC_AMBER,
  },
  cool: {
    cue: { intensity: 0.85, color: '#6d8fb3' },
    follow: [STEEL_7000K, 0.5],
    followAngleDeg: 14,
    front: [STEEL_7000K, 0.85],
    left: [STEEL_BLUE, 0.85],
    right: [STEEL_BLUE, 0.8],
    cyc: [CYC_STEEL, 1],
    foot: [STEEL_7000K, 0.1],
    house: 0,
    cycColor: CYC_STEEL,
  },
  blackout: {
    cue: { intensity: 0.01, color: '#1b2a4a' },
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
    cue: { intensity: 1, color: '#ffe0b8' },
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
