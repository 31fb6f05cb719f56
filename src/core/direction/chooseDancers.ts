import { because } from './because';
import type { CastReading } from './detectCast';
import type { ActPlan } from './detectActs';
import type { Mood } from './lexicon';
import type { LexiconMatch } from './matchLexicon';
import { pick, type Prng } from './prng';
import { firstCue, type BeatReading } from './readStory';
import type { CueReason, DancerCue } from './types';
import { familyOf, type Action, type Mark } from './vocabulary';

/** Both dancers' actions and marks on one beat, with their reasons. */
export interface DancersChoice {
  dancers: DancerCue[];
  why: CueReason[];
}

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
/** Marks a travelling dancer moves between, in turn. */
const TRAVEL_MARKS: readonly Mark[] = ['upstage', 'downstage', 'center'];

interface Step {
  actions: readonly Action[];
  rule: string;
  words: string[];
  both: boolean;
}

function nextTravelMark(mark: Mark): Mark {
  const at = TRAVEL_MARKS.indexOf(mark);
  return at < 0 ? 'center' : (TRAVEL_MARKS[(at + 1) % TRAVEL_MARKS.length] ?? 'center');
}

const MOOD_ORDER: readonly Mood[] = ['partnered', 'travel', 'shape', 'breath', 'tender'];

function moodOf(m: LexiconMatch): Mood {
  return m.entry.cue.kind === 'mood' ? m.entry.cue.mood : 'tender';
}

function stepOf(r: BeatReading): Step | undefined {
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
function chooseStep(
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

/** Chooses what each dancer does and where, from the act, the named steps and moods, and who the beat is about. */
export function chooseDancers(
  r: BeatReading,
  reading: CastReading,
  plan: ActPlan,
  prev: DancerCue[] | undefined,
  prng: Prng,
): DancersChoice {
  const [lead, partner] = reading.cast;
  const why: CueReason[] = [];
  const markWord = firstCue(r, 'mark');
  const agent = r.subjects.agent ?? lead.id;
  const home = (id: string): Mark => (id === lead.id ? 'wings-left' : 'wings-right');
  const prevLead = prev?.find((d) => d.id === lead.id);
  const prevAgent = prev?.find((d) => d.id === agent);
  const step = r.act === 'performance' ? stepOf(r) : undefined;
  const beatStep = chooseStep(r, plan, step, prevAgent, prng);
  // Partners dance on one spot: where she already is, else center.
  const sharedMark: Mark =
    prevLead && !prevLead.mark.startsWith('wings') ? prevLead.mark : 'center';
  const dancers = [lead, partner].map((member): DancerCue => {
    const id = member.id;
    const before = prev?.find((d) => d.id === id) ?? {
      id,
      action: 'wait-in-wings',
      mark: home(id),
    };
    const set = (
      action: Action,
      mark: Mark,
      rule: string,
      words: string[] = [],
      markRule = rule,
      markWords?: string[],
    ): DancerCue => {
      why.push(
        because(`dancers.${id}.action`, rule, words),
        because(`dancers.${id}.mark`, markRule, markWords ?? (markRule === rule ? words : [])),
      );
      return { id, action, mark };
    };
    const inWings = before.mark === 'wings-left' || before.mark === 'wings-right';
    if (r.act === 'call') {
      const bow = firstCue(r, 'action')?.match;
      const action: Action = member.role === 'ballerina' ? 'reverence' : 'bow';
      if (r.index !== plan.callIndex) return set(before.action, before.mark, 'context.persist');
      if (bow?.entry.rule === 'lexicon.bow')
        return set(action, 'downstage', 'lexicon.bow', bow.words, 'act.curtain-call');
      return set(action, 'downstage', plan.callRule, plan.callWords);
    }
    if (r.act === 'before') {
      if (id === agent && markWord) {
        const mark = markWord.cue.mark.startsWith('wings') ? home(id) : markWord.cue.mark;
        const action = mark.startsWith('wings') ? 'wait-in-wings' : 'stand';
        return set(action, mark, 'act.before', [], markWord.match.entry.rule, markWord.match.words);
      }
      return set(before.action, before.mark, r.index === 0 ? 'act.before' : 'context.persist');
    }
    const acts = step?.both || (r.subjects.pair && step !== undefined) ? true : id === agent;
    if (!acts) {
      if (familyOf(before.action) === 'partnered')
        return set('fifth-position', before.mark, 'flow.release');
      if (before.action === 'enter') return set('fifth-position', before.mark, 'flow.settle');
      return set(before.action, before.mark, 'context.persist');
    }
    const { rule, words } = beatStep;
    let action = beatStep.action;
    if (action === 'stand' && inWings && !markWord) action = 'wait-in-wings';
    if (markWord)
      return set(
        action,
        markWord.cue.mark.startsWith('wings') ? home(id) : markWord.cue.mark,
        rule,
        words,
        markWord.match.entry.rule,
        markWord.match.words,
      );
    const family = familyOf(action);
    if (family === 'partnered') return set(action, sharedMark, rule, words, 'flow.partner-mark');
    if (action === 'enter') return set(action, 'center', rule, words, 'flow.enter-center');
    if (action === 'exit') return set(action, home(id), rule, words, 'flow.exit-wings');
    if (action === 'wait-in-wings') return set(action, before.mark, rule, words, 'context.persist');
    if (family === 'travel' || family === 'jump')
      return set(action, nextTravelMark(before.mark), rule, words, 'flow.travel-mark');
    if (inWings) return set(action, 'center', rule, words, 'flow.enter-center');
    return set(action, before.mark, rule, words, 'context.persist');
  });
  return { dancers, why };
}
