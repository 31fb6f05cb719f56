/** Smoothstep ease-in-out of `u`, clamped to 0..1. */
export function easeInOut(u: number): number {
  if (u <= 0) return 0;
  if (u >= 1) return 1;
  return u * u * (3 - 2 * u);
}
