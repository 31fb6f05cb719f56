import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  createRig,
  forwardKinematics,
  JOINTS,
  pointIndex,
  POINTS,
  poseQuaternions,
} from '../../../src/core/choreography';
import { GENDERS } from '../../../src/core/cuesheet/vocabulary';

const atOrigin = { position: { x: 0, y: 0, z: 0 }, headingDeg: 0 };
const top = (gender: 'female' | 'male', pose: string) =>
  (
    forwardKinematics(createRig(gender), poseQuaternions(pose), atOrigin)[
      pointIndex('headTop')
    ] as Vector3
  ).y;

describe('createRig', () => {
  it('has the ballerina 1.65 m tall flat and about 1.80 on pointe, the partner 1.85', () => {
    expect(top('female', 'stand-first')).toBeCloseTo(1.65, 1);
    expect(top('female', 'releve-first')).toBeGreaterThan(1.75);
    expect(top('female', 'releve-first')).toBeLessThan(1.85);
    expect(top('male', 'stand-first')).toBeCloseTo(1.85, 1);
    expect(createRig('male').heightM).toBeCloseTo(1.85, 5);
  });

  it('lists parents before children and one offset per point', () => {
    for (const gender of GENDERS) {
      const rig = createRig(gender);
      expect(rig.parents).toHaveLength(POINTS.length);
      expect(rig.offsets).toHaveLength(POINTS.length);
      rig.parents.forEach((parent, i) => {
        if (i === 0) expect(parent).toBe(-1);
        else {
          expect(parent).toBeGreaterThanOrEqual(0);
          expect(parent).toBeLessThan(Math.min(i, JOINTS.length));
        }
      });
    }
  });

  it('mirrors the left side onto the right (x negated)', () => {
    const rig = createRig('female');
    for (const name of POINTS) {
      if (!name.endsWith('L') || name === 'spineLower') continue;
      const left = rig.offsets[pointIndex(name)] as Vector3;
      const right = rig.offsets[pointIndex(name.replace(/L$/, 'R') as 'hipR')] as Vector3;
      expect([right.x, right.y, right.z]).toEqual([-left.x, left.y, left.z]);
    }
  });

  it('has long legs, a long neck and a small head', () => {
    const p = forwardKinematics(createRig('female'), poseQuaternions('stand-first'), atOrigin);
    const y = (n: 'hipL' | 'head' | 'neck' | 'headTop') => (p[pointIndex(n)] as Vector3).y;
    expect(y('hipL') / 1.65).toBeGreaterThan(0.52);
    expect(y('headTop') - y('head') + 0.08).toBeLessThan(1.65 / 7.5);
    expect(y('head') - y('neck')).toBeGreaterThan(0.09);
  });

  it('gives capsule segments between known points with plausible radii', () => {
    for (const gender of GENDERS) {
      const rig = createRig(gender);
      expect(rig.segments.length).toBeGreaterThan(20);
      for (const s of rig.segments) {
        expect(pointIndex(s.from)).toBeGreaterThanOrEqual(0);
        expect(pointIndex(s.to)).toBeGreaterThanOrEqual(0);
        expect(s.radiusM).toBeGreaterThan(0.01);
        expect(s.radiusM).toBeLessThan(0.15);
      }
    }
  });
});
