import type { Action, Gender } from '../cuesheet/vocabulary';
import { loopStart, PHRASES, type Phrase, type PhraseStep } from './phrases';
import type { PhraseSample, PoseName, SamplePhrase } from './types';

/** A run of steps from a start pose with its step start times and running totals, computed once. */
interface Timed {
  phrase: { start: PoseName; steps: readonly PhraseStep[] };
  startSec: number[];
  turnsBefore: number[];
  heldBefore: number[];
  durationSec: number;
  totalTurns: number;
}

const timed = new Map<readonly PhraseStep[], Timed>();

function timing(start: PoseName, steps: readonly PhraseStep[]): Timed {
  let t = timed.get(steps);
  if (t) return t;
  const phrase = { start, steps };
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
  timed.set(phrase.steps, t);
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

const FULL_ARC: readonly [number, number] = [0, 1];

// Turns faster than this (turns per second) are spotted; a slow promenade is not.
const SPOT_RATE = 0.7;

function sampleStep(
  t: Timed,
  i: number,
  s: number,
  turnsBefore: number,
  out: PhraseSample,
): PhraseSample {
  const step = t.phrase.steps[i] as PhraseStep;
  const prev: PoseName = i === 0 ? t.phrase.start : (t.phrase.steps[i - 1] as PhraseStep).to;
  const weight = step.ease === 'linear' ? s : smoothstep(s);
  const turns = step.turns ?? 0;
  const turnDeg = (turnsBefore + (t.turnsBefore[i] ?? 0) + turns * s) * 360;
  const held0 = t.heldBefore[i] ?? 0;
  let liftM = held0 + ((step.heldM ?? 0) - held0) * weight;
  if (step.jumpM) {
    const [u0, u1] = step.arc ?? FULL_ARC;
    const u = u0 + (u1 - u0) * s;
    liftM += 4 * step.jumpM * u * (1 - u);
  }
  out.poseA = prev;
  out.poseB = step.to;
  out.weight = weight;
  out.liftM = Math.max(0, liftM);
  out.turnDeg = turnDeg;
  out.headYawDeg = Math.abs(turns) / step.sec >= SPOT_RATE ? spotYawDeg(turnDeg) : 0;
  return out;
}

/** Samples a run of steps `within` seconds after it began. */
function sampleRun(t: Timed, within: number, turnsBefore: number, out: PhraseSample): PhraseSample {
  let i = t.startSec.length - 1;
  while (i > 0 && (t.startSec[i] ?? 0) > within) i -= 1;
  const step = t.phrase.steps[i] as PhraseStep;
  const s = Math.min(1, (within - (t.startSec[i] ?? 0)) / step.sec);
  return sampleStep(t, i, s, turnsBefore, out);
}

/** The phrase an action dances for a gender (stand when unknown). */
export function phraseOf(action: Action, gender: Gender): Phrase {
  return PHRASES[gender][action] ?? PHRASES[gender].stand;
}

/**
 * Where `action`'s phrase is at `localSec` after the action began: poses, eased weight, lift
 * above the grounded height, turn so far and spotting head yaw. Phrases loop; turnDeg keeps
 * accumulating across loops (each phrase turns a whole number of times, so heading is seamless).
 */
export const samplePhrase: SamplePhrase = (
  action,
  localSec,
  gender,
  out = { poseA: '', poseB: '', weight: 0, liftM: 0, turnDeg: 0, headYawDeg: 0 },
) => {
  const phrase = phraseOf(action, gender);
  const intro = phrase.intro ? timing(phrase.start, phrase.intro) : undefined;
  const loop = timing(loopStart(phrase), phrase.steps);
  let sec = Math.max(0, Number.isFinite(localSec) ? localSec : 0);
  if (intro && sec < intro.durationSec) return sampleRun(intro, sec, 0, out);
  sec -= intro?.durationSec ?? 0;
  const loops = Math.floor(sec / loop.durationSec);
  const turnsBefore = (intro?.totalTurns ?? 0) + loops * loop.totalTurns;
  return sampleRun(loop, sec - loops * loop.durationSec, turnsBefore, out);
};
