import { THEATRE_BOX } from '../venue/venue';

export { THEATRE_BOX };

/** The distance to the nearer wall of [lo, hi] along one axis, or `best` if that is nearer. */
function axisExit(best: number, p: number, d: number, lo: number, hi: number): number {
  if (d > 1e-9) return Math.min(best, (hi - p) / d);
  if (d < -1e-9) return Math.min(best, (lo - p) / d);
  return best;
}

/** How far from (x, y, z) along the unit direction (dx, dy, dz) one stays inside THEATRE_BOX. */
export function exitDistance(
  x: number,
  y: number,
  z: number,
  dx: number,
  dy: number,
  dz: number,
): number {
  let best = axisExit(Infinity, x, dx, THEATRE_BOX[0], THEATRE_BOX[3]);
  best = axisExit(best, y, dy, THEATRE_BOX[1], THEATRE_BOX[4]);
  best = axisExit(best, z, dz, THEATRE_BOX[2], THEATRE_BOX[5]);
  return Math.max(0.5, best);
}
