import { CAMERA_LEXICON } from './lexiconCamera';
import { MOOD_LEXICON } from './lexiconMoods';
import { STAGE_LEXICON } from './lexiconStage';
import { STEP_LEXICON } from './lexiconSteps';
import type { Action, AudienceState, LightState, Mark, Move, Shot } from '../cuesheet/vocabulary';

/** Figurative readings of a dancing beat that names no step. */
export type Figure = 'travel' | 'shape' | 'partnered' | 'tender' | 'breath';

/** What a lexicon entry asks of the show when its words appear in a beat. */
export type LexiconCue =
  | { kind: 'action'; actions: readonly Action[] }
  | { kind: 'mood'; mood: Figure; actions: readonly Action[] }
  | { kind: 'curtain'; to: 'up' | 'down' }
  | { kind: 'begin' }
  | { kind: 'lights'; state: LightState }
  | { kind: 'audience'; state: AudienceState }
  | { kind: 'shot'; shots: readonly Shot[]; subject: 'dancer' | 'audience' | 'stage' }
  | { kind: 'music'; level: number }
  | { kind: 'mark'; mark: Mark }
  | { kind: 'move'; move: Move }
  | { kind: 'cut' };

/**
 * One rule of the lexicon. A pattern is words separated by spaces; "a|b" are alternatives;
 * a word matches its inflections (leap: leaps, leaped, leaping); "pre*" matches any word
 * starting with "pre" (leapt, Russian endings); "..." lets up to three words come between.
 */
export interface LexiconEntry {
  /** Rule id recorded in `why`, e.g. "lexicon.jump". */
  rule: string;
  patterns: readonly string[];
  cue: LexiconCue;
}

/** The words a stage manager listens for, English and Russian (accents and ё are folded away). */
export const LEXICON: readonly LexiconEntry[] = [
  ...STAGE_LEXICON,
  ...STEP_LEXICON,
  ...MOOD_LEXICON,
  ...CAMERA_LEXICON,
];
