import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  airborneWeight,
  anchorOf,
  anchorWeights,
  blendPoses,
  createRig,
  footContact,
  forwardKinematics,
  getPose,
  groundOffset,
  JOINTS,
  pointIndex,
  POINTS,
  POSE_NAMES,
  poseDancer,
  poseQuaternions,
  type Contact,
  type PointName,
  type Rig,
} from '../../../src/core/choreography';
import { GENDERS } from '../../../src/core/cuesheet/vocabulary';

const atOrigin = { position: { x: 0, y: 0, z: 0 }, headingDeg: 0 };

function place(rig: Rig, pose: string): Vector3[] {
  return forwardKinematics(rig, poseQuaternions(pose), {
    ...atOrigin,
    airborne: airborneWeight(pose, pose, 0),
  });
}
const at = (placed: Vector3[], name: PointName) => placed[pointIndex(name)] as Vector3;

/** Height of the lowest surface of a foot (capsule bottom) or a knee. */
function contactY(rig: Rig, placed: Vector3[], contact: Contact): number {
  const side = contact.slice(-1) as 'L' | 'R';
  if (contact.startsWith('knee')) return at(placed, `knee${side}`).y - rig.kneeRadiusM;
  return (
    Math.min(...(['heel', 'toes', 'toeTip'] as const).map((k) => at(placed, `${k}${side}`).y)) -
    rig.footRadiusM
  );
}

describe('forwardKinematics', () => {
  it('keeps the supporting feet on the floor and no foot below it, in every pose for both roles', () => {
    for (const gender of GENDERS) {
      const rig = createRig(gender);
      for (const name of POSE_NAMES) {
        const placed = place(rig, name);
        for (const c of getPose(name).support)
          expect(Math.abs(contactY(rig, placed, c)), `${gender} ${name} ${c}`).toBeLessThan(0.01);
        for (const c of ['footL', 'footR', 'kneeL', 'kneeR'] as const) {
          expect(contactY(rig, placed, c), `${gender} ${name} ${c}`).toBeGreaterThanOrEqual(-0.01);
        }
      }
    }
  });

  it('keeps both feet within the body’s reach of the pelvis', () => {
    const rig = createRig('female');
    const reach = 0.42 + 0.415 + 0.2 + 0.1;
    for (const name of POSE_NAMES) {
      const placed = place(rig, name);
      for (const side of ['L', 'R'] as const) {
        expect(at(placed, `toeTip${side}`).distanceTo(at(placed, `hip${side}`)), name).toBeLessThan(
          reach,
        );
      }
    }
  });

  it('brings the retiré toe to the supporting knee (±10 cm)', () => {
    for (const gender of GENDERS) {
      const rig = createRig(gender);
      for (const [pose, toe, knee] of [
        ['retire-r', 'toeTipR', 'kneeL'],
        ['retire-l', 'toeTipL', 'kneeR'],
        ['retire-demi-r', 'toeTipR', 'kneeL'],
        ['retire-flat-r', 'toeTipR', 'kneeL'],
      ] as const) {
        const placed = place(rig, pose);
        expect(Math.abs(at(placed, toe).y - at(placed, knee).y), `${gender} ${pose}`).toBeLessThan(
          0.1,
        );
        expect(at(placed, toe).distanceTo(at(placed, knee)), `${gender} ${pose}`).toBeLessThan(
          0.15,
        );
      }
    }
  });

  it('lifts the arabesque foot to hip height or above, behind the dancer', () => {
    const rig = createRig('female');
    for (const pose of ['arabesque-r', 'arabesque-pointe-r', 'arabesque-fondu-r']) {
      const placed = place(rig, pose);
      expect(at(placed, 'toeTipR').y, pose).toBeGreaterThan(at(placed, 'hipR').y - 0.1);
      expect(at(placed, 'toeTipR').z, pose).toBeLessThan(-0.8);
    }
  });

  it('opens the développé in front at hip height and bends the attitude knee', () => {
    const placed = place(createRig('female'), 'developpe-r');
    expect(at(placed, 'toeTipR').y).toBeGreaterThan(at(placed, 'hipR').y - 0.1);
    expect(at(placed, 'toeTipR').z).toBeGreaterThan(0.8);
    expect(getPose('attitude-r').angles.kneeR?.flexDeg).toBeGreaterThanOrEqual(80);
  });

  it('splits the grand jeté: front and back feet more than 1.2 m apart', () => {
    for (const gender of GENDERS) {
      const placed = place(createRig(gender), 'grand-jete-r');
      expect(at(placed, 'toeTipR').distanceTo(at(placed, 'toeTipL'))).toBeGreaterThan(1.2);
      expect(at(placed, 'toeTipR').z).toBeGreaterThan(0.7);
      expect(at(placed, 'toeTipL').z).toBeLessThan(-0.7);
    }
  });

  it('bends the demi-plié knees 45–60° with the heels down', () => {
    const rig = createRig('female');
    const placed = place(rig, 'plie-first');
    expect(getPose('plie-first').angles.kneeL?.flexDeg).toBeGreaterThanOrEqual(45);
    expect(getPose('plie-first').angles.kneeL?.flexDeg).toBeLessThanOrEqual(60);
    expect(at(placed, 'heelL').y - rig.footRadiusM).toBeLessThan(0.01);
    expect(groundOffset(rig, 'plie-first')).toBeLessThan(-0.05);
    expect(groundOffset(rig, 'releve-first')).toBeGreaterThan(0.1);
  });

  it('pitches the fish dive head-down with the long leg lifted behind', () => {
    const placed = place(createRig('female'), 'fish-r');
    expect(at(placed, 'headTop').y).toBeLessThan(at(placed, 'pelvis').y);
    expect(at(placed, 'toeTipL').y).toBeGreaterThan(at(placed, 'pelvis').y);
    expect(at(placed, 'toeTipL').z).toBeLessThan(-0.5);
  });

  it('bows the head in the révérence and the bow', () => {
    const rig = createRig('male');
    for (const pose of ['reverence-r', 'bow-r']) {
      const placed = place(rig, pose);
      const standing = place(rig, 'stand-first');
      expect(at(placed, 'headTop').y, pose).toBeLessThan(at(standing, 'headTop').y - 0.15);
      expect(at(placed, 'headTop').z, pose).toBeGreaterThan(0.15);
    }
  });

  it('turns the body by headingDeg counter-clockwise from above and lifts it by root y', () => {
    const rig = createRig('female');
    const toe0 = at(place(rig, 'developpe-r'), 'toeTipR').clone();
    const turned = forwardKinematics(rig, poseQuaternions('developpe-r'), {
      position: { x: 1, y: 0.3, z: -4 },
      headingDeg: 90,
    });
    const toe = at(turned, 'toeTipR');
    expect(toe.x - 1).toBeCloseTo(toe0.z, 5);
    expect(toe.z + 4).toBeCloseTo(-toe0.x, 5);
    expect(toe.y - 0.3).toBeCloseTo(toe0.y, 5);
  });

  it('applies spotting head yaw to the head only', () => {
    const rig = createRig('female');
    const rotations = poseQuaternions('retire-r');
    const front = forwardKinematics(rig, rotations, atOrigin);
    const spot = forwardKinematics(
      rig,
      rotations,
      { ...atOrigin, headYawDeg: 80 },
      POINTS.map(() => new Vector3()),
    );
    expect(at(spot, 'toeTipR').distanceTo(at(front, 'toeTipR'))).toBeLessThan(1e-9);
    expect(at(spot, 'headTop').distanceTo(at(front, 'headTop'))).toBeGreaterThan(0.005);
  });
});

describe('airborne poses', () => {
  it('start from standing height when told they are airborne, not from their lowest toe', () => {
    const rig = createRig('female');
    const standing = at(place(rig, 'stand-first'), 'pelvis').y;
    const flagged = at(place(rig, 'grand-jete-r'), 'pelvis').y;
    const quats = blendPoses(
      'grand-jete-r',
      'grand-jete-r',
      1,
      JOINTS.map(() => new Quaternion()),
    );
    // No hidden state: the rotations alone do not say the dancer is in the air.
    const untold = at(forwardKinematics(rig, quats, atOrigin), 'pelvis').y;
    const told = at(forwardKinematics(rig, quats, { ...atOrigin, airborne: 1 }), 'pelvis').y;
    expect(flagged).toBeGreaterThanOrEqual(standing - 1e-9);
    expect(told).toBeCloseTo(flagged, 9);
    expect(untold).toBeLessThan(standing - 0.3);
    expect(groundOffset(rig, 'grand-jete-r')).toBe(0);
  });
});

describe('anchored feet', () => {
  it('keeps the anchored foot on the root point, whatever the heading', () => {
    const rig = createRig('female');
    const contact = new Vector3();
    for (const headingDeg of [0, 90, 200]) {
      const placed = forwardKinematics(rig, poseQuaternions('arabesque-pointe-r'), {
        position: { x: 1, y: 0, z: -4 },
        headingDeg,
        anchor: anchorWeights('arabesque-pointe-r', 'arabesque-pointe-r', 0),
      });
      footContact(placed, 'L', contact);
      expect(Math.hypot(contact.x - 1, contact.z + 4), `${headingDeg}°`).toBeLessThan(1e-9);
    }
    // Without an anchor the pelvis stands over the root instead.
    const free = forwardKinematics(rig, poseQuaternions('arabesque-pointe-r'), atOrigin);
    expect(Math.hypot(at(free, 'pelvis').x, at(free, 'pelvis').z)).toBeLessThan(1e-9);
  });

  it('anchors a pose on its one supporting foot, both feet, or none in travel and flight', () => {
    expect(anchorOf(getPose('arabesque-r'))).toBe('footL');
    expect(anchorOf(getPose('arabesque-l'))).toBe('footR');
    expect(anchorOf(getPose('stand-first'))).toBe('both');
    // Fifth stands on its back foot, so a step from it onto that foot does not move it.
    expect(anchorOf(getPose('fifth-r'))).toBe('footL');
    expect(anchorOf(getPose('fifth-l'))).toBe('footR');
    expect(anchorOf(getPose('walk-r'))).toBe('none');
    expect(anchorOf(getPose('grand-jete-r'))).toBe('none');
  });
});

describe('blendPoses', () => {
  it('returns poseA at weight 0, poseB at weight 1 and fills `out` in place', () => {
    const out = JOINTS.map(() => new Quaternion());
    const a = poseQuaternions('stand-first');
    const b = poseQuaternions('plie-first');
    expect(blendPoses('stand-first', 'plie-first', 0, out)).toBe(out);
    out.forEach((q, i) => expect(q.angleTo(a[i] as Quaternion)).toBeLessThan(1e-6));
    blendPoses('stand-first', 'plie-first', 1, out);
    out.forEach((q, i) => expect(q.angleTo(b[i] as Quaternion)).toBeLessThan(1e-6));
    blendPoses('stand-first', 'plie-first', 0.5, out);
    const half = (out[JOINTS.indexOf('kneeL')] as Quaternion).angleTo(
      a[JOINTS.indexOf('kneeL')] as Quaternion,
    );
    expect(half).toBeCloseTo((55 / 2) * (Math.PI / 180), 2);
  });

  it('poseDancer grounds a blend halfway between plié and relevé', () => {
    const rig = createRig('female');
    const placed = poseDancer(rig, {
      poseA: 'plie-first',
      poseB: 'releve-first',
      weight: 0.5,
      root: [0, 0, -4],
      headingDeg: 0,
      headYawDeg: 0,
    });
    const low = Math.min(contactY(rig, placed, 'footL'), contactY(rig, placed, 'footR'));
    expect(Math.abs(low)).toBeLessThan(1e-6);
    // Both feet anchor: the point midway between them stays on the root.
    const l = footContact(placed, 'L', new Vector3());
    const r = footContact(placed, 'R', new Vector3());
    expect((l.x + r.x) / 2).toBeCloseTo(0, 5);
    expect((l.z + r.z) / 2).toBeCloseTo(-4, 5);
  });
});
