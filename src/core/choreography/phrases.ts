import type { Action, Gender } from '../cuesheet/vocabulary';
import { partneredPhrases } from './partneredPhrases';
import { soloPhrases } from './soloPhrases';
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

/** A short keyframed phrase: an optional intro danced once, then steps that loop. */
export interface Phrase {
  /** The pose the phrase begins in: a neutral stand or fifth, so actions chain without a pop. */
  start: PoseName;
  /** Steps danced once from `start` (kneeling down, setting off); the loop begins where they end. */
  intro?: readonly PhraseStep[];
  /** Steps that loop; the last returns to the loop's first pose (the intro's end, else start). */
  steps: readonly PhraseStep[];
}

/** The pose a phrase's loop begins and ends in. */
export function loopStart(phrase: Phrase): PoseName {
  return phrase.intro?.at(-1)?.to ?? phrase.start;
}

function buildPhrases(gender: Gender): Record<Action, Phrase> {
  return { ...soloPhrases(gender), ...partneredPhrases(gender) } as Record<Action, Phrase>;
}

/** The phrase of every action for each gender. */
export const PHRASES: Readonly<Record<Gender, Readonly<Record<Action, Phrase>>>> = {
  female: buildPhrases('female'),
  male: buildPhrases('male'),
};

const total = (steps: readonly PhraseStep[] = []) => steps.reduce((sum, step) => sum + step.sec, 0);

/** Length of the first pass through an action's phrase (intro and one loop), seconds. */
export function phraseDurationSec(action: Action, gender: Gender = 'female'): number {
  const phrase = PHRASES[gender][action];
  return total(phrase.intro) + total(phrase.steps);
}

/** Length of one loop of an action's phrase (after its intro), seconds. */
export function loopDurationSec(action: Action, gender: Gender = 'female'): number {
  return total(PHRASES[gender][action].steps);
}
