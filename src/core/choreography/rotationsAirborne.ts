import type { Quaternion } from 'three';

const airborneOf = new WeakMap<readonly Quaternion[], number>();

/** Records how airborne (0..1) the pose just written into `rotations` is. */
export function tagAirborne(rotations: readonly Quaternion[], airborne: number): void {
  airborneOf.set(rotations, airborne);
}

/**
 * How airborne the pose last written into `rotations` by poseQuaternions or blendPoses is
 * (0..1; 0 for arrays filled any other way); forwardKinematics reads it when not told.
 */
export function rotationsAirborne(rotations: readonly Quaternion[]): number {
  return airborneOf.get(rotations) ?? 0;
}
