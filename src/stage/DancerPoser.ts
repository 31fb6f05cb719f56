import { Quaternion, Vector3, type Bone } from 'three';
import {
  createRig,
  JOINTS,
  POINTS,
  poseDancer,
  type DancerPlacement,
  type Gender,
  type Rig,
} from '../core';

/**
 * Poses a figure's bones from a dancer's frame through the core's poseDancer (pose blend,
 * grounding, anchored feet, turns): each bone gets its joint's position and rotation relative to
 * its parent bone. Owns all its scratch: no allocation per frame.
 */
export class DancerPoser {
  readonly rig: Rig;
  private readonly points = POINTS.map(() => new Vector3());
  private readonly rotations = POINTS.map(() => new Quaternion());
  private readonly inverse = new Quaternion();
  private readonly offset = new Vector3();

  constructor(readonly gender: Gender) {
    this.rig = createRig(gender);
  }

  /**
   * Writes the pose of `dancer` into `bones` (one per JOINTS index, parented as the rig).
   * Returns false, leaving the bones as they were, when the frame names an unknown pose: a typo
   * in a cue must not stop the show.
   */
  apply(dancer: DancerPlacement, bones: readonly Bone[]): boolean {
    const { points, rotations, inverse, offset } = this;
    try {
      poseDancer(this.rig, dancer, points, rotations);
    } catch {
      return false;
    }
    for (let i = 0; i < JOINTS.length; i++) {
      const bone = bones[i];
      if (!bone) continue;
      const parent = this.rig.parents[i] ?? -1;
      if (parent < 0) {
        bone.position.copy(points[i]!);
        bone.quaternion.copy(rotations[i]!);
        continue;
      }
      inverse.copy(rotations[parent]!).invert();
      bone.quaternion.multiplyQuaternions(inverse, rotations[i]!);
      bone.position.copy(offset.subVectors(points[i]!, points[parent]!).applyQuaternion(inverse));
    }
    return true;
  }
}
