import { Bone, Skeleton, Vector3 } from 'three';
import { JOINTS, POINTS, type Rig } from '../../core';

/** A dancer's bones: one per rig joint (JOINTS order), parented as the rig's joints are. */
export interface DancerSkeleton {
  /** The root bone (the floor point under the dancer); add it to the figure's group. */
  root: Bone;
  bones: Bone[];
  skeleton: Skeleton;
}

/**
 * Where every point of POINTS sits at rest (all joints unrotated, root at the origin, facing +z,
 * the arms hanging): the bind pose the body geometry is built in.
 */
export function restPoints(rig: Rig): Vector3[] {
  const points = POINTS.map(() => new Vector3());
  for (let i = 0; i < POINTS.length; i++) {
    const parent = rig.parents[i] ?? -1;
    if (parent >= 0) points[i]!.addVectors(points[parent]!, rig.offsets[i]!);
  }
  return points;
}

/**
 * A fresh skeleton in the rig's rest pose (the bind pose): each bone sits at its joint, offset
 * from its parent as in the rig, unrotated. Every figure gets its own; the geometry is shared.
 */
export function createDancerSkeleton(rig: Rig): DancerSkeleton {
  const bones = JOINTS.map((name) => {
    const bone = new Bone();
    bone.name = name;
    return bone;
  });
  bones.forEach((bone, i) => {
    const parent = rig.parents[i] ?? -1;
    bone.position.copy(rig.offsets[i]!);
    if (parent >= 0) bones[parent]!.add(bone);
  });
  const root = bones[0]!;
  root.updateMatrixWorld(true);
  // The bone inverses come from the rest pose just set up, in the figure's own frame.
  return { root, bones, skeleton: new Skeleton(bones) };
}
