import { actionFamily as familyOf } from './actionFamily';
import type { ActPlan } from './detectActs';
import type { Mood } from './lexicon';
import type { LexiconMatch } from './matchLexicon';
import { pick, type Prng } from './prng';
import { firstCue, type BeatReading } from './readStory';
import type { DancerCue } from './types';
import type { Action } from './vocabulary';

/** Steps that keep a beat dancing when its words name nothing. */
const FLOW_STEPS: readonly Action[] = [
  'port-de-bras',
  'arabesque',
  'developpe',
  'pirouette',
  'chaines',
  'bourree',
  'attitude',
  'saut',
  'releve',
];
/** A step the words ask for: its candidate actions, and whether both dancers take it. */
export interface Step {
  actions: readonly Action[];
  rule: string;
  words: string[];
  both: boolean;
}

const MOOD_ORDER: readonly Mood[] = ['partnered', 'travel', 'shape', 'breath', 'tender'];

function moodOf(m: LexiconMatch): Mood {
  return m.entry.cue.kind === 'mood' ? m.entry.cue.mood : 'tender';
}

/** The step a performance beat names or suggests, if any. */
export function stepOf(r: BeatReading): Step | undefined {
  // Two people and a partnering verb: the partnering wins ("she leapt and he caught her").
  const partnering = r.subjects.pair
    ? r.matches.find((m) => m.entry.cue.kind === 'action' && m.entry.rule === 'lexicon.partnered')
    : undefined;
  const named =
    partnering?.entry.cue.kind === 'action'
      ? { cue: partnering.entry.cue, match: partnering }
      : firstCue(r, 'action');
  if (named) {
    const both = named.cue.actions.every((a) => familyOf(a) === 'partnered');
    return {
      actions: named.cue.actions,
      rule: named.match.entry.rule,
      words: named.match.words,
      both,
    };
  }
  // The most concrete image wins: partnering, then travel, shape, breath, tenderness.
  let best: LexiconMatch | undefined;
  for (const m of r.matches) {
    if (m.entry.cue.kind !== 'mood') continue;
    if (!best || MOOD_ORDER.indexOf(m.entry.cue.mood) < MOOD_ORDER.indexOf(moodOf(best))) best = m;
  }
  if (!best || best.entry.cue.kind !== 'mood') return undefined;
  const cue = best.entry.cue;
  return {
    actions: cue.actions,
    rule: best.entry.rule,
    words: best.words,
    both: cue.mood === 'partnered',
  };
}

/** The beat's step: named, figurative, the curtain's rise, or a seeded flow step. */
export function chooseStep(
  r: BeatReading,
  plan: ActPlan,
  step: Step | undefined,
  prevAgent: DancerCue | undefined,
  prng: Prng,
): { action: Action; rule: string; words: string[] } {
  const last = prevAgent?.action;
  if (step) {
    const fresh = step.actions.filter((a) => a !== last);
    return {
      action: pick(prng, fresh.length > 0 ? fresh : step.actions),
      rule: step.rule,
      words: step.words,
    };
  }
  if (r.index === plan.openIndex) {
    const inWings = prevAgent?.mark.startsWith('wings') ?? true;
    return {
      action: inWings ? 'enter' : 'fifth-position',
      rule: plan.openRule,
      words: plan.openWords,
    };
  }
  return {
    action: pick(
      prng,
      FLOW_STEPS.filter((a) => a !== last),
    ),
    rule: 'flow.dance',
    words: [],
  };
}
