import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  createRig,
  getPose,
  LIFT_HEIGHT_M,
  loopDurationSec,
  loopStart,
  PARTNER_PLACEMENT,
  PHRASES,
  phraseDurationSec,
  pointIndex,
  POINTS,
  poseDancer,
  samplePhrase,
  spotYawDeg,
} from '../../../src/core/choreography';
import { ACTION_FAMILIES, ACTIONS, GENDERS } from '../../../src/core/cuesheet/vocabulary';

const DT = 1 / 60;

describe('phrases', () => {
  it('gives every action a looping phrase of several known poses, for both roles', () => {
    for (const gender of GENDERS) {
      for (const action of ACTIONS) {
        const phrase = PHRASES[gender][action];
        expect(phrase, `${gender} ${action}`).toBeDefined();
        expect(phrase.steps.length, action).toBeGreaterThanOrEqual(2);
        expect(phrase.steps.at(-1)?.to, `${gender} ${action} loops`).toBe(loopStart(phrase));
        expect(['stand-first', 'fifth-r'], `${gender} ${action} starts neutral`).toContain(
          phrase.start,
        );
        for (const step of [...(phrase.intro ?? []), ...phrase.steps]) {
          expect(() => getPose(step.to)).not.toThrow();
          expect(step.sec).toBeGreaterThan(0);
        }
        expect(phraseDurationSec(action, gender)).toBeGreaterThan(0);
      }
    }
  });

  it('keeps partnered phrases in step: his timing matches hers', () => {
    for (const action of ACTION_FAMILIES.partnered) {
      const hers = PHRASES.female[action].steps.map((s) => s.sec);
      const his = PHRASES.male[action].steps.map((s) => s.sec);
      expect(his, action).toEqual(hers);
      expect(PARTNER_PLACEMENT[action].behindM).toBeGreaterThanOrEqual(0);
      expect(PARTNER_PLACEMENT[action].behindM).toBeLessThan(1);
    }
  });

  it('turns a whole number of times per phrase so heading never jumps at a loop', () => {
    for (const gender of GENDERS) {
      for (const action of ACTIONS) {
        const { intro = [], steps } = PHRASES[gender][action];
        for (const run of [intro, steps]) {
          const total = run.reduce((sum, s) => sum + (s.turns ?? 0), 0);
          expect(total, action).toBeCloseTo(Math.round(total), 9);
        }
      }
    }
  });
});

describe('samplePhrase', () => {
  it('is continuous at 1/60 s: turnDeg, liftM, headYawDeg and the body, across a loop', () => {
    for (const gender of GENDERS) {
      const rig = createRig(gender);
      const prev = POINTS.map(() => new Vector3());
      const cur = POINTS.map(() => new Vector3());
      for (const action of ACTIONS) {
        const end = phraseDurationSec(action, gender) + 0.5;
        expect(loopDurationSec(action, gender)).toBeLessThanOrEqual(
          phraseDurationSec(action, gender),
        );
        let last = samplePhrase(action, 0, gender);
        poseDancer(rig, { ...last, root: [0, last.liftM, 0], headingDeg: last.turnDeg }, prev);
        const worst = { weightOut: 0, turnDeg: 0, liftM: 0, headYawDeg: 0, bodyM: 0 };
        for (let t = DT; t < end; t += DT) {
          const s = samplePhrase(action, t, gender);
          worst.weightOut = Math.max(worst.weightOut, -s.weight, s.weight - 1);
          worst.turnDeg = Math.max(worst.turnDeg, Math.abs(s.turnDeg - last.turnDeg));
          worst.liftM = Math.max(worst.liftM, Math.abs(s.liftM - last.liftM));
          worst.headYawDeg = Math.max(worst.headYawDeg, Math.abs(s.headYawDeg - last.headYawDeg));
          poseDancer(rig, { ...s, root: [0, s.liftM, 0], headingDeg: s.turnDeg }, cur);
          for (let i = 0; i < cur.length; i += 1) {
            worst.bodyM = Math.max(worst.bodyM, (cur[i] as Vector3).distanceTo(prev[i] as Vector3));
            (prev[i] as Vector3).copy(cur[i] as Vector3);
          }
          last = s;
        }
        const where = `${gender} ${action}`;
        expect(worst.weightOut, where).toBeLessThanOrEqual(0);
        // 0.6 s per turn is 10°/frame; spotting whips the head at 2× the body for half a turn.
        expect(worst.turnDeg, where).toBeLessThan(13);
        expect(worst.headYawDeg, where).toBeLessThan(13);
        expect(worst.liftM, where).toBeLessThan(0.06);
        expect(worst.bodyM, where).toBeLessThan(0.3);
      }
    }
  }, 30_000);

  it('has no pop at any step boundary or loop: the body moves < 1 cm across 0.2 ms', () => {
    for (const gender of GENDERS) {
      const rig = createRig(gender);
      const before = POINTS.map(() => new Vector3());
      const after = POINTS.map(() => new Vector3());
      for (const action of ACTIONS) {
        let boundarySec = 0;
        const { intro = [], steps } = PHRASES[gender][action];
        for (const step of [...intro, ...steps, ...steps]) {
          boundarySec += step.sec;
          const a = samplePhrase(action, boundarySec - 1e-4, gender);
          const b = samplePhrase(action, boundarySec + 1e-4, gender);
          poseDancer(rig, { ...a, root: [0, a.liftM, 0], headingDeg: a.turnDeg }, before);
          poseDancer(rig, { ...b, root: [0, b.liftM, 0], headingDeg: b.turnDeg }, after);
          const moved = Math.max(...after.map((p, i) => p.distanceTo(before[i] as Vector3)));
          expect(moved, `${gender} ${action} at ${boundarySec.toFixed(2)} s`).toBeLessThan(0.01);
        }
      }
    }
  });

  it('lifts jumps mid-flight and lands them at 0 at the start and end of the phrase', () => {
    for (const gender of GENDERS) {
      for (const action of ACTION_FAMILIES.jump) {
        const d = phraseDurationSec(action, gender);
        expect(samplePhrase(action, 0, gender).liftM).toBe(0);
        expect(samplePhrase(action, d - 1e-6, gender).liftM).toBeLessThan(1e-3);
        let max = 0;
        for (let t = 0; t < d; t += DT) max = Math.max(max, samplePhrase(action, t, gender).liftM);
        expect(max, action).toBeGreaterThan(0.25);
      }
    }
  });

  it('has a preparation before a jump and a landing in plié after', () => {
    const steps = PHRASES.female['grand-jete'].steps;
    const flight = steps.findIndex((s) => s.jumpM && s.jumpM > 0.3);
    expect(steps[flight - 1]?.to).toMatch(/prep|plie/);
    expect(steps[flight + 1]?.to).toMatch(/fondu|plie/);
  });

  it('turns at least a full turn in turning actions, about 0.6 s per turn, spotting', () => {
    for (const gender of GENDERS) {
      for (const action of [...ACTION_FAMILIES.turn, 'tour-jete', 'promenade'] as const) {
        const d = phraseDurationSec(action, gender);
        expect(samplePhrase(action, d - 1e-6, gender).turnDeg, action).toBeGreaterThanOrEqual(359);
      }
    }
    const d = phraseDurationSec('pirouette');
    let spotted = false;
    for (let t = 0; t < d; t += DT)
      spotted ||= Math.abs(samplePhrase('pirouette', t, 'female').headYawDeg) > 45;
    expect(spotted).toBe(true);
    expect(samplePhrase('pirouette', d + 0.5, 'female').turnDeg).toBeGreaterThanOrEqual(720);
  });

  it('holds the head to the front then whips it around while spotting', () => {
    expect(spotYawDeg(0)).toBeCloseTo(0, 9);
    expect(spotYawDeg(90)).toBeCloseTo(-90, 6);
    expect(spotYawDeg(180)).toBeCloseTo(0, 6);
    expect(spotYawDeg(270)).toBeCloseTo(90, 6);
    expect(spotYawDeg(359.999)).toBeCloseTo(0, 2);
    expect(spotYawDeg(-90)).toBeCloseTo(90, 6);
  });

  it('breathes gently in still actions: the weight moves, the body barely does', () => {
    for (const action of ACTION_FAMILIES.still) {
      const after = phraseDurationSec(action) - loopDurationSec(action);
      const weights = [0, 1, 2, 3].map((t) => samplePhrase(action, after + t, 'female').weight);
      expect(Math.max(...weights) - Math.min(...weights), action).toBeGreaterThan(0.2);
      const s = samplePhrase(action, 1.3, 'female');
      expect(s.liftM).toBe(0);
      expect(s.turnDeg).toBe(0);
    }
  });

  it('raises her waist to his hands in the lift', () => {
    const her = createRig('female');
    const him = createRig('male');
    const at = phraseDurationSec('lift') / 2;
    const hers = samplePhrase('lift', at, 'female');
    const his = samplePhrase('lift', at, 'male');
    expect(hers.liftM).toBeCloseTo(LIFT_HEIGHT_M, 6);
    const herBody = poseDancer(her, { ...hers, root: [0, hers.liftM, 0], headingDeg: 0 });
    const hisBody = poseDancer(him, {
      ...his,
      root: [0, 0, -PARTNER_PLACEMENT.lift.behindM],
      headingDeg: 0,
    });
    const waist = herBody[pointIndex('spineLower')] as Vector3;
    const hand = hisBody[pointIndex('wristR')] as Vector3;
    expect(Math.abs(waist.y - hand.y)).toBeLessThan(0.05);
    expect(hand.y).toBeGreaterThan(2);
  });

  it('puts his hands at her waist in the lift, the fish dive and the promenade', () => {
    const her = createRig('female');
    const him = createRig('male');
    for (const [action, atSec] of [
      ['lift', 2.5],
      ['fish-dive', 2.6],
      ['promenade', 1.2],
    ] as const) {
      const hers = samplePhrase(action, atSec, 'female');
      const his = samplePhrase(action, atSec, 'male');
      expect(hers.turnDeg, action).toBe(0);
      const herBody = poseDancer(her, { ...hers, root: [0, hers.liftM, 0], headingDeg: 0 });
      const behindM = PARTNER_PLACEMENT[action].behindM;
      const hisBody = poseDancer(him, { ...his, root: [0, his.liftM, -behindM], headingDeg: 0 });
      const waist = herBody[pointIndex('spineLower')] as Vector3;
      for (const wrist of ['wristL', 'wristR'] as const) {
        const d = (hisBody[pointIndex(wrist)] as Vector3).distanceTo(waist);
        expect(d, `${action} ${wrist}`).toBeLessThan(0.25);
      }
    }
  });

  it('never returns a non-finite sample, even for odd times', () => {
    for (const t of [-1, 0, Number.NaN, 1e6]) {
      const s = samplePhrase('pirouette', t, 'female');
      expect(Number.isFinite(s.turnDeg + s.liftM + s.weight + s.headYawDeg)).toBe(true);
    }
  });
});
