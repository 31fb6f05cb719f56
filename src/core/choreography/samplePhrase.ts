import type { Action, Role } from '../direction/vocabulary';
import { PHRASES, type Phrase, type PhraseStep } from './phrases';
import type { PhraseSample, PoseName, SamplePhrase } from './types';

/** A phrase with its step start times and running totals, computed once. */
interface Timed {
  phrase: Phrase;
  startSec: number[];
  turnsBefore: number[];
  heldBefore: number[];
  durationSec: number;
  totalTurns: number;
}

const timed = new Map<Phrase, Timed>();

function timing(phrase: Phrase): Timed {
  let t = timed.get(phrase);
  if (t) return t;
  const startSec: number[] = [];
  const turnsBefore: number[] = [];
  const heldBefore: number[] = [];
  let sec = 0;
  let turns = 0;
  let held = 0;
  for (const step of phrase.steps) {
    startSec.push(sec);
    turnsBefore.push(turns);
    heldBefore.push(held);
    sec += step.sec;
    turns += step.turns ?? 0;
    held = step.heldM ?? 0;
  }
  t = { phrase, startSec, turnsBefore, heldBefore, durationSec: sec, totalTurns: turns };
  timed.set(phrase, t);
  return t;
}

/** Smoothstep: zero velocity at both ends, for sustained movement. */
export function smoothstep(s: number): number {
  const x = Math.min(1, Math.max(0, s));
  return x * x * (3 - 2 * x);
}

/**
 * Head yaw relative to the body while spotting, for a body turned `turnDeg`: the head holds
 * the front for the first quarter turn, whips around ahead of the body, then waits for it.
 */
export function spotYawDeg(turnDeg: number): number {
  const sign = turnDeg < 0 ? -1 : 1;
  const u = (Math.abs(turnDeg) / 360) % 1;
  if (u < 0.25) return sign * -360 * u;
  if (u < 0.75) return sign * (-90 + (u - 0.25) * 360);
  return sign * 360 * (1 - u);
}

// Turns faster than this (turns per second) are spotted; a slow promenade is not.
const SPOT_RATE = 0.7;

function sampleStep(
  t: Timed,
  i: number,
  s: number,
  loops: number,
  out: PhraseSample,
): PhraseSample {
  const step = t.phrase.steps[i] as PhraseStep;
  const prev: PoseName = i === 0 ? t.phrase.start : (t.phrase.steps[i - 1] as PhraseStep).to;
  const weight = step.ease === 'linear' ? s : smoothstep(s);
  const turns = step.turns ?? 0;
  const phraseTurnDeg = ((t.turnsBefore[i] ?? 0) + turns * s) * 360;
  const held0 = t.heldBefore[i] ?? 0;
  let liftM = held0 + ((step.heldM ?? 0) - held0) * weight;
  if (step.jumpM) {
    const [u0, u1] = step.arc ?? [0, 1];
    const u = u0 + (u1 - u0) * s;
    liftM += 4 * step.jumpM * u * (1 - u);
  }
  out.poseA = prev;
  out.poseB = step.to;
  out.weight = weight;
  out.liftM = Math.max(0, liftM);
  out.turnDeg = loops * t.totalTurns * 360 + phraseTurnDeg;
  out.headYawDeg = Math.abs(turns) / step.sec >= SPOT_RATE ? spotYawDeg(phraseTurnDeg) : 0;
  return out;
}

/** The phrase an action dances for a role (stand when unknown). */
export function phraseOf(action: Action, role: Role): Phrase {
  return PHRASES[role][action] ?? PHRASES[role].stand;
}

/**
 * Where `action`'s phrase is at `localSec` after the action began: poses, eased weight, lift
 * above the grounded height, turn so far and spotting head yaw. Phrases loop; turnDeg keeps
 * accumulating across loops (each phrase turns a whole number of times, so heading is seamless).
 */
export const samplePhrase: SamplePhrase = (action, localSec, role) => {
  const t = timing(phraseOf(action, role));
  const sec = Math.max(0, Number.isFinite(localSec) ? localSec : 0);
  const loops = Math.floor(sec / t.durationSec);
  const within = sec - loops * t.durationSec;
  let i = t.startSec.length - 1;
  while (i > 0 && (t.startSec[i] ?? 0) > within) i -= 1;
  const step = t.phrase.steps[i] as PhraseStep;
  const s = Math.min(1, (within - (t.startSec[i] ?? 0)) / step.sec);
  const out: PhraseSample = {
    poseA: '',
    poseB: '',
    weight: 0,
    liftM: 0,
    turnDeg: 0,
    headYawDeg: 0,
  };
  return sampleStep(t, i, s, loops, out);
};
