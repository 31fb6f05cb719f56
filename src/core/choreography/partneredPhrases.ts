import type { Gender } from '../cuesheet/vocabulary';
import { FISH_HEIGHT_M, LIFT_HEIGHT_M } from './partnering';
import type { Phrase } from './phrases';
import { SPRING_M } from './soloPhrases';
import type { PoseName } from './types';

/** Partnered phrases: hers and his share every step's timing so they stay together. */
export function partneredPhrases(gender: Gender): Record<string, Phrase> {
  const her = gender === 'female';
  const rest = her ? 'fifth-r' : 'stand-first';
  const hold = her ? 'retire-r' : 'partner-support-r';
  const arabesque = her ? 'arabesque-pointe-r' : 'partner-support-r';
  const turning = (pose: PoseName, turns: number) => ({
    to: pose,
    sec: 0.6 * turns,
    turns,
    ease: 'linear' as const,
  });
  return {
    promenade: {
      start: rest,
      // She springs onto pointe and down again; he walks (his steps carry no spring).
      steps: [
        { to: arabesque, sec: 1.2, ...(her && { jumpM: SPRING_M }) },
        { to: arabesque, sec: 4, turns: 1, ease: 'linear' },
        { to: rest, sec: 1.2, ...(her && { jumpM: SPRING_M }) },
      ],
    },
    'supported-pirouette': {
      start: rest,
      steps: [
        { to: her ? 'prep-fourth-r' : 'partner-support-r', sec: 0.8 },
        { ...turning(hold, 0.5), sec: 0.3 },
        her ? turning(hold, 2.5) : { to: hold, sec: 1.5 },
        { to: her ? 'releve-fifth-r' : hold, sec: 0.4 },
        { to: rest, sec: 0.7 },
      ].map((s) => (her ? s : { to: s.to, sec: s.sec })),
    },
    lift: {
      start: rest,
      steps: [
        { to: her ? 'plie-fifth-r' : 'partner-catch-r', sec: 0.6 },
        { to: her ? 'lift-held-r' : 'partner-lift-r', sec: 0.9, heldM: her ? LIFT_HEIGHT_M : 0 },
        { to: her ? 'lift-held-r' : 'partner-lift-r', sec: 2, heldM: her ? LIFT_HEIGHT_M : 0 },
        { to: her ? 'plie-fifth-r' : 'partner-catch-r', sec: 1 },
        { to: rest, sec: 0.7 },
      ],
    },
    'fish-dive': {
      start: rest,
      steps: [
        { to: her ? 'releve-fifth-r' : 'partner-support-r', sec: 0.6 },
        { to: her ? 'fish-r' : 'partner-fish-r', sec: 1, heldM: her ? FISH_HEIGHT_M : 0 },
        { to: her ? 'fish-r' : 'partner-fish-r', sec: 2, heldM: her ? FISH_HEIGHT_M : 0 },
        { to: her ? 'releve-fifth-r' : 'partner-support-r', sec: 1 },
        { to: rest, sec: 0.7 },
      ],
    },
  };
}
