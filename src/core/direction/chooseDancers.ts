import { because } from './because';
import type { CastReading } from './detectCast';
import type { ActPlan } from './detectActs';
import type { Prng } from './prng';
import { chooseStep, stepsOf, type Step } from './chooseStep';
import { firstCue, type BeatReading } from './readStory';
import type { CueReason, DancerCue } from './types';
import { actionFamily as familyOf } from './actionFamily';
import type { Action, Mark } from './vocabulary';

/** Both dancers' actions and marks on one beat, with their reasons. */
export interface DancersChoice {
  dancers: DancerCue[];
  why: CueReason[];
}

/** Marks a travelling dancer moves between, in turn. */
const TRAVEL_MARKS: readonly Mark[] = ['upstage', 'downstage', 'center'];

function nextTravelMark(mark: Mark): Mark {
  const at = TRAVEL_MARKS.indexOf(mark);
  return at < 0 ? 'center' : (TRAVEL_MARKS[(at + 1) % TRAVEL_MARKS.length] ?? 'center');
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
  const castIds = [lead.id, partner.id];
  const steps = r.act === 'performance' ? stepsOf(r, castIds, agent) : new Map<string, Step>();
  // Both dancers take the same action from a shared step (one lift, not a lift and a fish dive).
  const sharedActions = new Map<Step, ReturnType<typeof chooseStep>>();
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
    // A beat that names no one and no step (about the audience, the hall, time) leaves the dancers be.
    const step = steps.get(id);
    const aboutNoOne = r.subjects.mentioned.length === 0 && !r.subjects.pair;
    const flows = steps.size === 0 && id === agent && (!aboutNoOne || r.index === plan.openIndex);
    if (!step && !flows) {
      if (familyOf(before.action) === 'partnered')
        return set('fifth-position', before.mark, 'flow.release');
      if (before.action === 'enter') return set('fifth-position', before.mark, 'flow.settle');
      return set(before.action, before.mark, 'context.persist');
    }
    let chosen = step ? sharedActions.get(step) : undefined;
    if (!chosen) {
      chosen = chooseStep(r, plan, step, before, prng);
      if (step) sharedActions.set(step, chosen);
    }
    const { rule, words } = chosen;
    let action = chosen.action;
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
