import { MathUtils, SRGBColorSpace, type SpotLight } from 'three';
import type { LightFrame } from '../core';
import { level01 } from './frameLookup';

/**
 * Copies one LightFrame onto a SpotLight and its target (no allocation): position, aim,
 * cone, sRGB color and level × `fullIntensity`. A missing light goes dark rather than vanish,
 * so the shader's light count (and program) never changes.
 */
export function applyLightFrame(
  light: SpotLight,
  frame: LightFrame | undefined,
  fullIntensity: number,
  fallbackAngleDeg: number,
): void {
  if (!frame) {
    light.intensity = 0;
    return;
  }
  const [px, py, pz] = frame.position;
  const [tx, ty, tz] = frame.target;
  light.position.set(px, py, pz);
  light.target.position.set(tx, ty, tz);
  light.target.updateMatrixWorld();
  const angleDeg = frame.angleDeg > 0 ? frame.angleDeg : fallbackAngleDeg;
  light.angle = MathUtils.degToRad(Math.min(angleDeg, 170) / 2);
  const [r, g, b] = frame.color;
  light.color.setRGB(r, g, b, SRGBColorSpace);
  light.intensity = level01(frame.intensity) * fullIntensity;
}
