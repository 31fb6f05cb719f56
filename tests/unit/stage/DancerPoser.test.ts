import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { JOINTS, POINTS, poseDancer, type DancerPlacement } from '../../../src/core/choreography';
import type { Gender } from '../../../src/core/cuesheet/vocabulary';
import { createDancerSkeleton } from '../../../src/stage/dancer/dancerSkeleton';
import { DancerPoser } from '../../../src/stage/DancerPoser';

const FRAMES: DancerPlacement[] = [
  {
    poseA: 'fifth-r',
    poseB: 'plie-fifth-r',
    weight: 0.4,
    root: [0, 0, -4],
    headingDeg: 0,
    headYawDeg: 0,
  },
  // Turned, travelling, spotting.
  {
    poseA: 'retire-r',
    poseB: 'retire-r',
    weight: 0,
    root: [1.2, 0, -3],
    headingDeg: 137,
    headYawDeg: -60,
  },
  // In the air: the jump's lift and the airborne grounding.
  {
    poseA: 'prep-fourth-r',
    poseB: 'grand-jete-r',
    weight: 0.8,
    root: [-2, 0.35, -5],
    headingDeg: -40,
    headYawDeg: 0,
  },
  // Handing over from a previous action, the pelvis pitched.
  {
    poseA: 'arabesque-r',
    poseB: 'arabesque-r',
    weight: 0,
    fromPoseA: 'stand-first',
    fromPoseB: 'plie-first',
    fromWeight: 0.5,
    mix: 0.3,
    root: [0, 0, -4],
    headingDeg: 90,
    headYawDeg: 0,
  },
];

/** The world positions and rotations of the bones after the poser has written them. */
function boneWorld(gender: Gender, frame: DancerPlacement) {
  const poser = new DancerPoser(gender);
  const { root, bones } = createDancerSkeleton(poser.rig);
  expect(poser.apply(frame, bones)).toBe(true);
  root.updateMatrixWorld(true);
  return bones.map((bone) => ({
    position: new Vector3().setFromMatrixPosition(bone.matrixWorld),
    rotation: bone.getWorldQuaternion(new Quaternion()),
  }));
}

describe('DancerPoser', () => {
  it.each(['female', 'male'] as const)(
    'puts every bone where poseDancer puts its joint, turned as poseDancer turns it (%s)',
    (gender) => {
      const poser = new DancerPoser(gender);
      for (const frame of FRAMES) {
        const points = POINTS.map(() => new Vector3());
        const rotations = POINTS.map(() => new Quaternion());
        poseDancer(poser.rig, frame, points, rotations);
        const world = boneWorld(gender, frame);
        JOINTS.forEach((joint, i) => {
          const where = `${gender} ${frame.poseB} ${joint}`;
          expect(world[i]!.position.distanceTo(points[i]!), where).toBeLessThan(1e-6);
          expect(world[i]!.rotation.angleTo(rotations[i]!), where).toBeLessThan(1e-6);
        });
      }
    },
  );

  it('keeps the last good pose when a frame names an unknown pose', () => {
    const poser = new DancerPoser('female');
    const { bones } = createDancerSkeleton(poser.rig);
    poser.apply(FRAMES[1]!, bones);
    const before = bones.map((b) => [b.position.clone(), b.quaternion.clone()] as const);
    const typo = { ...FRAMES[0]!, poseB: 'arabesqe-r' };
    expect(poser.apply(typo, bones)).toBe(false);
    bones.forEach((b, i) => {
      expect(b.position.equals(before[i]![0])).toBe(true);
      expect(b.quaternion.equals(before[i]![1])).toBe(true);
    });
  });

  it('writes into the bones it is given, keeping their vectors (no allocation per frame)', () => {
    const poser = new DancerPoser('male');
    const { bones } = createDancerSkeleton(poser.rig);
    const vectors = bones.map((b) => [b.position, b.quaternion]);
    for (const frame of FRAMES) poser.apply(frame, bones);
    bones.forEach((b, i) => {
      expect(b.position).toBe(vectors[i]![0]);
      expect(b.quaternion).toBe(vectors[i]![1]);
    });
  });
});
