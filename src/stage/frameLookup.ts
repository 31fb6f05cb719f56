import type { DancerFrame, LightFrame, LightId, StageFrame } from '../core';

/** The light with `id` in the frame, or undefined; a linear scan over a handful of lights, no allocation. */
export function lightById(frame: StageFrame, id: LightId): LightFrame | undefined {
  const lights = frame.lights;
  for (let i = 0; i < lights.length; i++) {
    const light = lights[i];
    if (light && light.id === id) return light;
  }
  return undefined;
}

/** The dancer with `id` in the frame, or undefined when they are not on stage. */
export function dancerById(frame: StageFrame, id: string): DancerFrame | undefined {
  const dancers = frame.dancers;
  for (let i = 0; i < dancers.length; i++) {
    const dancer = dancers[i];
    if (dancer && dancer.id === id) return dancer;
  }
  return undefined;
}

/** Clamps a level to 0..1, mapping NaN to 0 so a bad frame darkens instead of flashing. */
export function level01(value: number): number {
  return value > 0 ? (value < 1 ? value : 1) : 0;
}

/**
 * How much light the lit stage bounces into the house (0..1): the strongest wash, with the
 * side washes and the narrow follow-spots counting for less, so a lone spot leaves the house dark.
 */
export function stageLevel(frame: StageFrame): number {
  let level = 0;
  for (const light of frame.lights) {
    if (light.id === 'cyclorama') continue;
    const side = light.id === 'wash-left' || light.id === 'wash-right';
    const follow = light.id === 'follow-1' || light.id === 'follow-2';
    const weight = follow ? 0.12 : side ? 0.5 : 1;
    level = Math.max(level, level01(light.intensity) * weight);
  }
  return level;
}
