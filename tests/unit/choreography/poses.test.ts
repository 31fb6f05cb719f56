import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  createRig,
  forwardKinematics,
  getPose,
  JOINT_LIMITS,
  jointKind,
  JOINTS,
  mirrorPose,
  pointIndex,
  POINTS,
  type PointName,
  POSE_LIBRARY,
  POSE_NAMES,
  POSES,
  poseQuaternions,
  type Pose,
} from '../../../src/core/choreography';

/** The point on the other side of the body (hipL <-> hipR); midline points map to themselves. */
function mirrorPoint(name: PointName): PointName {
  if (name === 'spineLower' || name === 'spineUpper') return name;
  if (name.endsWith('L')) return (name.slice(0, -1) + 'R') as PointName;
  if (name.endsWith('R')) return (name.slice(0, -1) + 'L') as PointName;
  return name;
}

const CHANNELS = ['flexDeg', 'abductDeg', 'rotateDeg'] as const;
const atOrigin = { position: { x: 0, y: 0, z: 0 }, headingDeg: 0 };

function outOfLimits(pose: Pose): string[] {
  const bad: string[] = [];
  for (const joint of JOINTS) {
    const angles = pose.angles[joint];
    for (const channel of CHANNELS) {
      const value = angles?.[channel] ?? 0;
      const [lo, hi] = JOINT_LIMITS[jointKind(joint)][channel];
      if (value < lo - 1e-9 || value > hi + 1e-9) bad.push(`${joint}.${channel}=${value}`);
    }
  }
  return bad;
}

describe('pose library', () => {
  it('keeps every authored and derived angle within the joint limits', () => {
    for (const [name, pose] of Object.entries(POSE_LIBRARY))
      expect(outOfLimits(pose), name).toEqual([]);
    for (const name of POSE_NAMES) expect(outOfLimits(getPose(name)), name).toEqual([]);
  });

  it('derives a left twin for every right pose, and mirrorPose is its own inverse', () => {
    for (const name of POSE_NAMES.filter((n) => n.endsWith('-r'))) {
      const left = POSES[name.replace(/-r$/, '-l')];
      expect(left, name).toBeDefined();
      expect(mirrorPose(left as Pose)).toEqual(mirrorPose(mirrorPose(getPose(name))));
    }
  });

  it('places mirrored poses as mirror images (x negated)', () => {
    const rig = createRig('female');
    for (const name of POSE_NAMES.filter((n) => n.endsWith('-r'))) {
      const right = forwardKinematics(rig, poseQuaternions(name), atOrigin);
      const left = forwardKinematics(rig, poseQuaternions(name.replace(/-r$/, '-l')), atOrigin);
      POINTS.forEach((point, i) => {
        const p = right[i] as Vector3;
        const m = left[pointIndex(mirrorPoint(point))] as Vector3;
        expect(m.x, `${name} ${point}`).toBeCloseTo(-p.x, 4);
        expect(m.y, `${name} ${point}`).toBeCloseTo(p.y, 4);
        expect(m.z, `${name} ${point}`).toBeCloseTo(p.z, 4);
      });
    }
  });

  it('puts the ballerina on full pointe (ankle ≥ 90°) in relevé and the partner on demi-pointe', () => {
    for (const name of ['releve-first', 'releve-fifth-r', 'retire-r', 'chaine']) {
      const angles = getPose(name).angles;
      for (const side of ['L', 'R'] as const) {
        if (!getPose(name).support.includes(`foot${side}`)) continue;
        expect(angles[`ankle${side}`]?.flexDeg ?? 0, name).toBeGreaterThanOrEqual(90);
      }
    }
    const demi = getPose('releve-first-demi').angles;
    expect(demi.ankleL?.flexDeg).toBeGreaterThan(30);
    expect(demi.ankleL?.flexDeg).toBeLessThan(70);
    expect(demi.toesL?.flexDeg).toBeLessThan(-20);
  });

  it('points every foot that leaves the floor', () => {
    const rig = createRig('female');
    for (const name of POSE_NAMES) {
      const placed = forwardKinematics(rig, poseQuaternions(name), atOrigin);
      for (const side of ['L', 'R'] as const) {
        const low = Math.min(
          ...(['heel', 'toes', 'toeTip'] as const).map(
            (k) => (placed[pointIndex(`${k}${side}`)] as Vector3).y,
          ),
        );
        if (low - rig.footRadiusM < 0.05) continue;
        expect(
          getPose(name).angles[`ankle${side}`]?.flexDeg ?? 0,
          `${name} ${side}`,
        ).toBeGreaterThanOrEqual(60);
      }
    }
  });

  it('keeps port-de-bras arms soft: elbows neither locked nor sharply bent', () => {
    for (const name of POSE_NAMES.filter((n) => /^(port|stand|fifth|plie|releve)/.test(n))) {
      for (const side of ['L', 'R'] as const) {
        const elbow = getPose(name).angles[`elbow${side}`]?.flexDeg ?? 0;
        expect(elbow, name).toBeGreaterThanOrEqual(15);
        expect(elbow, name).toBeLessThanOrEqual(50);
      }
    }
  });

  it('shows turnout in every standing pose', () => {
    for (const name of ['stand-first', 'fifth-r', 'plie-first', 'releve-first', 'arabesque-r']) {
      const { angles } = getPose(name);
      expect(
        Math.max(angles.hipL?.rotateDeg ?? 0, angles.hipR?.rotateDeg ?? 0),
        name,
      ).toBeGreaterThanOrEqual(40);
    }
  });
});
