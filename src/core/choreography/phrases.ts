import type { Action, Role } from '../direction/vocabulary';
import { LIFT_HEIGHT_M } from './partnering';
import type { PoseName } from './types';

/** One move of a phrase: from the previous pose to `to` over `sec` seconds. */
export interface PhraseStep {
  to: PoseName;
  sec: number;
  /** Turns of the body during the step, at a constant rate (positive = counter-clockwise). */
  turns?: number;
  /** Jump apex height, meters: liftM follows 4·h·u·(1−u) with u running over `arc`. */
  jumpM?: number;
  /** The part of the flight this step covers, [fromU, toU] of 0..1 (default the whole flight). */
  arc?: readonly [number, number];
  /** Height the partner holds her at by the end of the step, meters (lifts); default 0. */
  heldM?: number;
  /** 'smooth' (default, sustained) or 'linear' (no easing, for steady turns). */
  ease?: 'smooth' | 'linear';
}

/** A short keyframed phrase; it loops, so its last step must return to `start`. */
export interface Phrase {
  start: PoseName;
  steps: readonly PhraseStep[];
}

type Pointe = { rise: string; retire: string; chaine: string; bourree: string };
const FEET: Record<Role, Pointe> = {
  ballerina: { rise: 'releve-fifth-r', retire: 'retire-l', chaine: 'chaine', bourree: 'bourree' },
  partner: {
    rise: 'releve-fifth-demi-r',
    retire: 'retire-demi-l',
    chaine: 'chaine-demi',
    bourree: 'bourree-demi',
  },
};

const idle = (a: PoseName, b: PoseName, sec: number): Phrase => ({
  start: a,
  steps: [
    { to: b, sec },
    { to: a, sec },
  ],
});

const jump = (land: PoseName, air: PoseName, sec: number, jumpM: number): PhraseStep[] => [
  { to: air, sec, jumpM, arc: [0, 0.5] },
  { to: land, sec, jumpM, arc: [0.5, 1] },
];

function soloPhrases(role: Role): Record<string, Phrase> {
  const f = FEET[role];
  const pirouette = (turns: number): PhraseStep[] => [
    { to: 'prep-fourth-l', sec: 0.8 },
    { to: f.retire, sec: 0.3, turns: 0.5, ease: 'linear' },
    { to: f.retire, sec: 0.6 * (turns - 0.5), turns: turns - 0.5, ease: 'linear' },
    { to: 'plie-fifth-r', sec: 0.45 },
    { to: 'fifth-r', sec: 0.8 },
  ];
  return {
    stand: idle('stand-first', 'stand-first-breath', 2.5),
    'fifth-position': idle('fifth-r', 'fifth-breath-r', 2.5),
    kneel: idle('kneel-r', 'kneel-breath-r', 3),
    'wait-in-wings': idle('wings-r', 'wings-breath-r', 3),
    walk: idle('walk-r', 'walk-l', 0.55),
    enter: idle('walk-r', 'walk-l', 0.55),
    exit: idle('walk-r', 'walk-l', 0.55),
    run: {
      start: 'run-r',
      steps: [
        { to: 'run-l', sec: 0.32, jumpM: 0.06 },
        { to: 'run-r', sec: 0.32, jumpM: 0.06 },
      ],
    },
    bourree: idle(`${f.bourree}-r`, `${f.bourree}-l`, 0.12),
    plie: idle('stand-first', 'plie-first', 2),
    releve: {
      start: 'fifth-r',
      steps: [
        { to: 'plie-fifth-r', sec: 0.8 },
        { to: f.rise, sec: 0.6 },
        { to: f.rise, sec: 1.6 },
        { to: 'fifth-r', sec: 1 },
      ],
    },
    'port-de-bras': {
      start: 'fifth-r',
      steps: [
        { to: 'port-first-r', sec: 1.5 },
        { to: 'port-fifth-r', sec: 1.8 },
        { to: 'port-cambre-r', sec: 2 },
        { to: 'port-fifth-r', sec: 1.8 },
        { to: 'port-second-r', sec: 1.8 },
        { to: 'fifth-r', sec: 1.8 },
      ],
    },
    arabesque: {
      start: 'fifth-r',
      steps: [
        { to: 'tendu-front-r', sec: 0.6 },
        { to: 'arabesque-r', sec: 1.4 },
        { to: 'arabesque-r', sec: 1.6 },
        { to: 'fifth-r', sec: 1.4 },
      ],
    },
    attitude: {
      start: 'fifth-r',
      steps: [
        { to: 'attitude-r', sec: 1.6 },
        { to: 'attitude-r', sec: 1.4 },
        { to: 'fifth-r', sec: 1.4 },
      ],
    },
    developpe: {
      start: 'fifth-r',
      steps: [
        { to: 'retire-flat-r', sec: 1 },
        { to: 'developpe-r', sec: 1.4 },
        { to: 'developpe-r', sec: 1.2 },
        { to: 'fifth-r', sec: 1.4 },
      ],
    },
    pirouette: { start: 'fifth-r', steps: pirouette(2) },
    fouette: {
      start: 'fifth-r',
      steps: [
        { to: 'prep-fourth-l', sec: 0.8 },
        { to: f.retire, sec: 0.6, turns: 1, ease: 'linear' },
        { to: 'fouette-second-l', sec: 0.3 },
        { to: f.retire, sec: 0.6, turns: 1, ease: 'linear' },
        { to: 'fouette-second-l', sec: 0.3 },
        { to: f.retire, sec: 0.6, turns: 1, ease: 'linear' },
        { to: 'plie-fifth-r', sec: 0.45 },
        { to: 'fifth-r', sec: 0.8 },
      ],
    },
    chaines: {
      start: 'fifth-r',
      steps: [
        { to: f.chaine, sec: 0.3 },
        { to: f.chaine, sec: 2, turns: 4, ease: 'linear' },
        { to: 'plie-fifth-r', sec: 0.45 },
        { to: 'fifth-r', sec: 0.7 },
      ],
    },
    saut: {
      start: 'stand-first',
      steps: [
        { to: 'plie-first', sec: 0.5 },
        ...jump('plie-first', 'saut-air', 0.2, 0.3),
        ...jump('plie-first', 'saut-air', 0.2, 0.3),
        ...jump('plie-first', 'saut-air', 0.2, 0.3),
        { to: 'stand-first', sec: 0.6 },
      ],
    },
    'grand-jete': {
      start: 'fifth-r',
      steps: [
        { to: 'run-l', sec: 0.3, jumpM: 0.05 },
        { to: 'run-r', sec: 0.3, jumpM: 0.05 },
        { to: 'prep-fourth-l', sec: 0.3 },
        ...jump('arabesque-fondu-l', 'grand-jete-r', 0.32, 0.5),
        { to: 'arabesque-l', sec: 0.6 },
        { to: 'fifth-r', sec: 0.8 },
      ],
    },
    'tour-jete': {
      start: 'fifth-r',
      steps: [
        { to: 'run-l', sec: 0.3, jumpM: 0.05 },
        { to: 'prep-fourth-l', sec: 0.3 },
        { to: 'jete-brush-r', sec: 0.3, jumpM: 0.45, arc: [0, 0.45], turns: 0.25 },
        { to: 'tour-jete-air-r', sec: 0.2, jumpM: 0.45, arc: [0.45, 0.8], turns: 0.25 },
        { to: 'arabesque-fondu-l', sec: 0.12, jumpM: 0.45, arc: [0.8, 1] },
        { to: f.rise, sec: 0.6, turns: 0.5 },
        { to: 'fifth-r', sec: 0.7 },
      ],
    },
    reverence: {
      start: 'fifth-r',
      steps: [
        { to: 'reverence-open-r', sec: 1.2 },
        { to: role === 'ballerina' ? 'reverence-r' : 'bow-r', sec: 1.8 },
        { to: role === 'ballerina' ? 'reverence-r' : 'bow-r', sec: 0.8 },
        { to: 'fifth-r', sec: 1.6 },
      ],
    },
    bow: {
      start: 'stand-first',
      steps: [
        { to: role === 'ballerina' ? 'reverence-r' : 'bow-r', sec: 1.6 },
        { to: role === 'ballerina' ? 'reverence-r' : 'bow-r', sec: 0.8 },
        { to: 'stand-first', sec: 1.4 },
      ],
    },
  };
}

/** Partnered phrases: hers and his share every step's timing so they stay together. */
function partneredPhrases(role: Role): Record<string, Phrase> {
  const her = role === 'ballerina';
  const rest = her ? 'fifth-r' : 'stand-first';
  const hold = her ? 'retire-l' : 'partner-support-r';
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
      steps: [
        { to: arabesque, sec: 1.2 },
        { to: arabesque, sec: 4, turns: 1, ease: 'linear' },
        { to: rest, sec: 1.2 },
      ],
    },
    'supported-pirouette': {
      start: rest,
      steps: [
        { to: her ? 'prep-fourth-l' : 'partner-support-r', sec: 0.8 },
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
        { to: her ? 'fish-r' : 'partner-fish-r', sec: 1, heldM: her ? 0.05 : 0 },
        { to: her ? 'fish-r' : 'partner-fish-r', sec: 2, heldM: her ? 0.05 : 0 },
        { to: her ? 'releve-fifth-r' : 'partner-support-r', sec: 1 },
        { to: rest, sec: 0.7 },
      ],
    },
  };
}

function buildPhrases(role: Role): Record<Action, Phrase> {
  return { ...soloPhrases(role), ...partneredPhrases(role) } as Record<Action, Phrase>;
}

/** The phrase of every action for each role. */
export const PHRASES: Readonly<Record<Role, Readonly<Record<Action, Phrase>>>> = {
  ballerina: buildPhrases('ballerina'),
  partner: buildPhrases('partner'),
};

/** Length of one pass through an action's phrase, seconds (the partner's matches hers). */
export function phraseDurationSec(action: Action, role: Role = 'ballerina'): number {
  return PHRASES[role][action].steps.reduce((sum, step) => sum + step.sec, 0);
}
