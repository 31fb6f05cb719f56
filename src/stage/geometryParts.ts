import { BoxGeometry, BufferGeometry, CylinderGeometry, SphereGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** An axis-aligned box spanning [x0,x1] × [y0,y1] × [z0,z1] meters. */
export function boxBetween(
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  z0: number,
  z1: number,
): BufferGeometry {
  const g = new BoxGeometry(x1 - x0, y1 - y0, z1 - z0);
  g.translate((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
  return g;
}

/** A rod of `radiusM` along the x axis from x0 to x1 at height y and depth z. */
export function rodX(
  x0: number,
  x1: number,
  y: number,
  z: number,
  radiusM: number,
): BufferGeometry {
  const g = new CylinderGeometry(radiusM, radiusM, x1 - x0, 8, 1);
  g.rotateZ(Math.PI / 2);
  g.translate((x0 + x1) / 2, y, z);
  return g;
}

/** A rod of `radiusM` along the y axis from y0 to y1 at (x, z). */
export function rodY(
  y0: number,
  y1: number,
  x: number,
  z: number,
  radiusM: number,
): BufferGeometry {
  const g = new CylinderGeometry(radiusM, radiusM, y1 - y0, 8, 1);
  g.translate(x, (y0 + y1) / 2, z);
  return g;
}

/** A sphere of `radiusM` at (x, y, z), squashed by (sx, sy, sz). */
export function ball(
  x: number,
  y: number,
  z: number,
  radiusM: number,
  sx = 1,
  sy = 1,
  sz = 1,
): BufferGeometry {
  const g = new SphereGeometry(radiusM, 12, 8);
  g.scale(sx, sy, sz);
  g.translate(x, y, z);
  return g;
}

/** Merges parts into one geometry (one draw call) and disposes the parts. */
export function mergeParts(parts: BufferGeometry[]): BufferGeometry {
  const merged = mergeGeometries(parts, false);
  for (const part of parts) part.dispose();
  if (!merged) throw new Error('mergeParts: incompatible geometry attributes');
  return merged;
}
