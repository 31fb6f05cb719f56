import { actionFamily as familyOf } from './actionFamily';
import type { ActPlan } from './detectActs';
import type { Mood } from './lexicon';
import type { LexiconMatch } from './matchLexicon';
import { pick, type Prng } from './prng';
import type { BeatReading } from './readStory';
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

/** The most concrete image wins: partnering, then travel, shape, breath, tenderness. */
const MOOD_ORDER: readonly Mood[] = ['partnered', 'travel', 'shape', 'breath', 'tender'];

function moodRank(m: LexiconMatch): number {
  return m.entry.cue.kind === 'mood' ? MOOD_ORDER.indexOf(m.entry.cue.mood) : MOOD_ORDER.length;
}

function stepFrom(match: LexiconMatch, both: boolean): Step | undefined {
  const cue = match.entry.cue;
  if (cue.kind !== 'action' && cue.kind !== 'mood') return undefined;
  return { actions: cue.actions, rule: match.entry.rule, words: match.words, both };
}

/**
 * Who does which step in a performance beat: a verb belongs to the person named last before it
 * ("she twirled, he spun"); a partnering verb between two people, or a plural subject, is for both.
 */
export function stepsOf(r: BeatReading, castIds: string[], agent: string): Map<string, Step> {
  const steps = new Map<string, Step>();
  const { mentions, pair, plural } = r.subjects;
  const actions = r.matches.filter((m) => m.entry.cue.kind === 'action');
  const partnering = pair ? actions.find((m) => m.entry.rule === 'lexicon.partnered') : undefined;
  const shared = partnering ? stepFrom(partnering, true) : undefined;
  if (shared) {
    for (const id of castIds) steps.set(id, shared);
    return steps;
  }
  for (const match of actions) {
    let owner: string | undefined;
    for (const m of mentions) if (m.token <= match.token) owner = m.id;
    const partnered = match.entry.rule === 'lexicon.partnered';
    const owners = partnered || (plural && owner === undefined) ? castIds : [owner ?? agent];
    const step = stepFrom(match, owners.length > 1);
    for (const id of owners) if (step && !steps.has(id)) steps.set(id, step);
  }
  if (steps.size > 0) return steps;
  let best: LexiconMatch | undefined;
  for (const m of r.matches) {
    if (m.entry.cue.kind === 'mood' && (!best || moodRank(m) < moodRank(best))) best = m;
  }
  if (!best || best.entry.cue.kind !== 'mood') return steps;
  const both = best.entry.cue.mood === 'partnered' || plural;
  const step = stepFrom(best, both);
  if (step) for (const id of both ? castIds : [agent]) steps.set(id, step);
  return steps;
}

/** A dancer's action: from its step, the curtain's rise, or a seeded flow step. */
export function chooseStep(
  r: BeatReading,
  plan: ActPlan,
  step: Step | undefined,
  before: DancerCue,
  prng: Prng,
): { action: Action; rule: string; words: string[] } {
  const last = before.action;
  if (step) {
    const fresh = step.actions.filter((a) => a !== last);
    const action = pick(prng, fresh.length > 0 ? fresh : step.actions);
    return { action, rule: step.rule, words: step.words };
  }
  if (r.index === plan.openIndex) {
    const inWings = before.mark.startsWith('wings');
    return {
      action: inWings ? 'enter' : 'fifth-position',
      rule: plan.openRule,
      words: plan.openWords,
    };
  }
  const flow = FLOW_STEPS.filter((a) => a !== last && familyOf(a) !== familyOf(last));
  return { action: pick(prng, flow), rule: 'flow.dance', words: [] };
}
