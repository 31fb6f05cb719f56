import { CAMERA_ARCH_MARGIN_M, THEATRE_BOX, VENUE } from '../venue/venue';
import type { DancerFrame, Vec3 } from './types';

/** Closest the camera may come to a dancer's vertical axis, meters. */
export const DANCER_CLEARANCE_M = 0.6;
/** Half-width the camera keeps inside the proscenium walls, meters (the arch's, less a margin). */
export const ARCH_HALF_WIDTH_M = VENUE.archHalfWidthM - CAMERA_ARCH_MARGIN_M;
/** Where the camera must stay (z >=) while the curtain is less than half open. */
export const CURTAIN_FRONT_Z = 0.3;
// Beyond the hard limits the constraints relax over a ramp so the camera never jumps.
const ARCH_RAMP = 3;
const CURTAIN_RAMP_M = 28;

/**
 * Moves `position` (in place) out of forbidden places: away from the dancers' vertical axes,
 * inside the proscenium walls, and in front of the curtain while it is mostly closed.
 */
function clearDancers(position: Vec3, dancers: readonly DancerFrame[]): void {
  for (const dancer of dancers) {
    const dx = position[0] - dancer.root[0];
    const dz = position[2] - dancer.root[2];
    const d = Math.hypot(dx, dz);
    if (d < DANCER_CLEARANCE_M) {
      const ux = d > 1e-6 ? dx / d : 0;
      const uz = d > 1e-6 ? dz / d : 1;
      position[0] = dancer.root[0] + ux * DANCER_CLEARANCE_M;
      position[2] = dancer.root[2] + uz * DANCER_CLEARANCE_M;
    }
  }
}

function keepInsideArch(position: Vec3): void {
  const [, y, z] = position;
  const slack = ARCH_RAMP * (Math.max(0, z - 0.5) + Math.max(0, y - 8) + Math.max(0, -y));
  const halfWidth = ARCH_HALF_WIDTH_M + slack;
  position[0] = Math.max(-halfWidth, Math.min(halfWidth, position[0]));
}

/**
 * Moves `position` (in place) out of forbidden places: away from the dancers' vertical axes,
 * inside the proscenium walls, and in front of the curtain while it is mostly closed.
 */
export function constrainCamera(
  position: Vec3,
  curtain: number,
  dancers: readonly DancerFrame[],
): Vec3 {
  clearDancers(position, dancers);
  keepInsideArch(position);
  const minZ = CURTAIN_FRONT_Z - Math.max(0, curtain - 0.5) * 2 * CURTAIN_RAMP_M;
  if (position[2] < minZ) position[2] = minZ;
  // Pushing in front of the curtain or off a wall can bring a dancer close again: settle once more.
  clearDancers(position, dancers);
  keepInsideArch(position);
  // Above the stage floor over the stage, above the pit floor in the house (ramped at the lip).
  const floorY = -0.9 + 1.2 * Math.min(1, Math.max(0, 3 - position[2]));
  for (let k = 0; k < 3; k++) {
    const lo = k === 1 ? Math.max(floorY, THEATRE_BOX[1]) : (THEATRE_BOX[k] as number);
    position[k] = Math.min(THEATRE_BOX[k + 3] as number, Math.max(lo, position[k] as number));
  }
  return position;
}
