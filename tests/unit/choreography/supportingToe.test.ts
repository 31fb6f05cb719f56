import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  createRig,
  getPose,
  PHRASES,
  phraseDurationSec,
  pointIndex,
  POINTS,
  poseDancer,
  samplePhrase,
  type Rig,
} from '../../../src/core/choreography';
import type { Action, Gender } from '../../../src/core/cuesheet/vocabulary';

/** The phrases a supporting foot must not slide in (ART.md: the supporting foot does not slide). */
const STEPS: readonly Action[] = [
  'stand',
  'fifth-position',
  'plie',
  'releve',
  'port-de-bras',
  'arabesque',
  'attitude',
  'developpe',
  'pirouette',
  'promenade',
];

const DT = 1 / 120;
/** A toe this close to the floor touches it (m above the foot's contact radius). */
const TOUCH_M = 0.005;

/** Which point of a foot is "the toe" on the floor: the ball while the toes lie flat, else the tip. */
function toeOf(points: readonly Vector3[], side: 'L' | 'R'): { at: Vector3; kind: 'ball' | 'tip' } {
  const ball = points[pointIndex(`toes${side}`)]!;
  const tip = points[pointIndex(`toeTip${side}`)]!;
  return ball.y - tip.y < 0.02 ? { at: ball, kind: 'ball' } : { at: tip, kind: 'tip' };
}

/** The feet that carry weight in every pose of an action's phrase (the working leg's does not). */
function supportingFeet(action: Action, gender: Gender): ('L' | 'R')[] {
  const { start, intro = [], steps } = PHRASES[gender][action];
  const poses = [start, ...intro.map((s) => s.to), ...steps.map((s) => s.to)];
  return (['L', 'R'] as const).filter((side) =>
    poses.every((name) => getPose(name).support.includes(`foot${side}`)),
  );
}

/**
 * The farthest a supporting toe slides along the floor in two passes of a phrase (meters): each
 * run of samples in which the toe touches the floor is one contact, and within a contact the
 * toe's horizontal spread is the slide. A toe that leaves the floor (the little spring onto
 * pointe) starts a new contact. The dancer stands off the origin, turned, to catch a turn that
 * pivots anywhere but on the supporting toe.
 */
function worstSlideM(
  rig: Rig,
  action: Action,
  gender: Gender,
): { slideM: number; contactSec: number } {
  const points = POINTS.map(() => new Vector3());
  const endSec = phraseDurationSec(action, gender) * 2;
  let slideM = 0;
  let contactSec = 0;
  const sides = supportingFeet(action, gender);
  expect(sides.length, `${action}: a foot supports throughout`).toBeGreaterThan(0);
  for (const side of sides) {
    let start: Vector3 | null = null;
    let kind = '';
    for (let t = 0; t <= endSec; t += DT) {
      const s = samplePhrase(action, t, gender);
      poseDancer(rig, { ...s, root: [1, s.liftM, -4], headingDeg: 30 + s.turnDeg }, points);
      const toe = toeOf(points, side);
      const touching = toe.at.y - rig.footRadiusM < TOUCH_M;
      if (!touching || (start && toe.kind !== kind)) start = null;
      if (!touching) continue;
      if (!start) {
        start = toe.at.clone();
        kind = toe.kind;
      }
      contactSec += DT;
      slideM = Math.max(slideM, Math.hypot(toe.at.x - start.x, toe.at.z - start.z));
    }
  }
  return { slideM, contactSec };
}

describe('the supporting foot', () => {
  // His promenade walks him round her: only hers stands on one spot.
  const cases = STEPS.flatMap((action) =>
    (['female', 'male'] as const)
      .filter((gender) => action !== 'promenade' || gender === 'female')
      .map((gender) => [action, gender] as const),
  );

  it.each(cases)(
    'does not slide in %s (%s): the toe moves < 2 cm along the floor',
    (action, gender) => {
      const { slideM, contactSec } = worstSlideM(createRig(gender), action, gender);
      // Some toe is on the floor for most of the phrase: the check is not vacuous.
      expect(contactSec).toBeGreaterThan(phraseDurationSec(action, gender));
      expect(slideM).toBeLessThan(0.02);
    },
  );
});
