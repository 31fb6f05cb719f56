import type { LightState } from '../cuesheet/vocabulary';
import { hexToRgb, LIGHT_STATE_LOOKS, type Level } from '../venue/lightStates';
import { LIGHT_IDS, type LightFrame, type LightId, type Rgb, type StageFrame } from './types';

export { hexToRgb, LIGHT_RIGS, LIGHT_ANGLES_DEG } from '../venue/lightStates';

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
  const look = LIGHT_STATE_LOOKS[state];
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

/** Writes a look vector into a frame's lights, house lights and cyclorama (in place; the follow-spots' aim is the caller's). */
export function applyLook(look: ArrayLike<number>, frame: StageFrame): void {
  for (let i = 0; i < frame.lights.length; i++) {
    const light = frame.lights[i] as LightFrame;
    const at = i * LOOK_LIGHT_CHANNELS;
    light.color[0] = look[at] as number;
    light.color[1] = look[at + 1] as number;
    light.color[2] = look[at + 2] as number;
    light.intensity = look[at + 3] as number;
    if (i < 2) light.angleDeg = look[LOOK_FOLLOW_ANGLE + i] as number;
  }
  frame.houseLights = look[LOOK_HOUSE] as number;
  frame.cyclorama[0] = look[LOOK_CYC] as number;
  frame.cyclorama[1] = look[LOOK_CYC + 1] as number;
  frame.cyclorama[2] = look[LOOK_CYC + 2] as number;
}
