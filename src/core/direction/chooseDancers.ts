import type { CastMember, CueReason, DancerCue } from '../cuesheet/schema';
import type { Action, ActionFamily, Mark } from '../cuesheet/vocabulary';
import { actionFamily as familyOf } from './actionFamily';
import { because } from './because';
import type { CastReading } from './castPeople';
import { chooseStep, stepsOf, type Step } from './chooseStep';
import type { ActPlan } from './detectActs';
import { pick, type Prng } from './prng';
import { firstCue, type BeatReading } from './readStory';

/** Every cast member's action and mark on one beat, with their reasons. */
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

/** The wing a cast member waits in: the lead stage left, the next right, and so on. */
export function homeOf(castIndex: number): Mark {
  return castIndex % 2 === 0 ? 'wings-left' : 'wings-right';
}

/** What a phrase that ends leaves the dancer in: a jump lands, a turn finishes, a run arrives. */
const SETTLE: Partial<Record<ActionFamily, Action>> = {
  jump: 'fifth-position',
  turn: 'fifth-position',
  travel: 'stand',
  partnered: 'fifth-position',
  bow: 'stand',
};

/** What a dancer on stage does before the curtain, beat by beat: breathe, shift, prepare. */
const PRESHOW_IDLES: readonly Action[] = ['stand', 'fifth-position', 'plie', 'port-de-bras'];

/** What a character (who never dances) may do: the still and walking actions. */
const CHARACTER_FAMILIES: ReadonlySet<ActionFamily> = new Set(['still', 'travel', 'bow']);

/** Chooses what each cast member does and where, from the act, who does which verb, the mood, and the beat before. */
export function chooseDancers(
  r: BeatReading,
  reading: CastReading,
  plan: ActPlan,
  prev: DancerCue[] | undefined,
  prng: Prng,
): DancersChoice {
  const why: CueReason[] = [];
  const cast = reading.cast;
  const markWord = firstCue(r, 'mark');
  const dancerIds = cast.filter((m) => m.role !== 'character').map((m) => m.id);
  const lead = dancerIds[0] ?? cast[0]!.id;
  const agent = r.subjects.agent ?? lead;
  const steps = r.act !== 'before' ? stepsOf(r, dancerIds) : new Map<string, Step>();
  const sharedActions = new Map<Step, ReturnType<typeof chooseStep>>();
  const prevOf = (id: string) => prev?.find((d) => d.id === id);
  const prevLead = prevOf(lead);
  const sharedMark: Mark =
    prevLead && !prevLead.mark.startsWith('wings') ? prevLead.mark : 'center';
  const mentioned = new Set(r.subjects.mentioned);
  const dancers = cast.map((member, castIndex): DancerCue => {
    const id = member.id;
    const home = homeOf(castIndex);
    const before = prevOf(id) ?? { id, action: 'wait-in-wings', mark: home };
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
    const inWings = before.mark.startsWith('wings');
    const markOf = (m: Mark) => (m.startsWith('wings') ? home : m);
    if (member.role === 'character')
      return chooseCharacter(r, member, castIndex, before, mentioned, set);
    if (r.act === 'call') {
      const bow = firstCue(r, 'action')?.match;
      const action: Action = member.gender === 'female' ? 'reverence' : 'bow';
      // A call that names another pose for them ("they finished kneeling") keeps it.
      const named = steps.get(id);
      if (named && named.actions.every((a) => familyOf(a) === 'still' && a !== 'stand'))
        return set(
          named.actions[0]!,
          before.mark.startsWith('wings') ? 'downstage' : before.mark,
          named.rule,
          named.words,
        );
      if (r.index !== plan.callIndex) return set(before.action, before.mark, 'context.persist');
      if (bow?.entry.rule === 'lexicon.bow')
        return set(action, 'downstage', 'lexicon.bow', bow.words, 'act.curtain-call');
      return set(action, 'downstage', plan.callRule, plan.callWords);
    }
    if (r.act === 'before') {
      if (id === agent && markWord) {
        const mark = markOf(markWord.cue.mark);
        const action = mark.startsWith('wings') ? 'wait-in-wings' : 'stand';
        return set(action, mark, 'act.before', [], markWord.match.entry.rule, markWord.match.words);
      }
      // Before the curtain a figure on stage is alive: a weight shift, a plié, a preparation.
      if (!inWings && r.index > 0) {
        const idle = PRESHOW_IDLES.filter((a) => a !== before.action);
        return set(pick(prng, idle), before.mark, 'flow.preshow-alive');
      }
      return set(before.action, before.mark, r.index === 0 ? 'act.before' : 'context.persist');
    }
    const step = steps.get(id);
    const aboutNoOne = r.subjects.mentioned.length === 0 && !r.subjects.pair;
    const flows =
      steps.size === 0 && id === agent && (!aboutNoOne || r.index === plan.openIndex || !inWings);
    if (!step && !flows) {
      if (before.action === 'exit') return set('wait-in-wings', home, 'flow.off-stage');
      if (inWings && mentioned.has(id))
        return set('enter', 'center', 'flow.enter-mentioned', r.subjects.words.slice(0, 1));
      if (inWings) return set(before.action, before.mark, 'context.persist');
      const settle = before.action === 'enter' ? 'fifth-position' : SETTLE[familyOf(before.action)];
      // An action is a phrase that ends: the dancer lands or arrives, and holds there.
      if (settle && settle !== before.action) return set(settle, before.mark, 'flow.settle');
      return set(before.action, before.mark, 'context.persist');
    }
    let chosen = step ? sharedActions.get(step) : undefined;
    if (!chosen) {
      chosen = chooseStep(r, plan, step, before, prng);
      if (step) sharedActions.set(step, chosen);
    }
    const { rule, words } = chosen;
    let action = chosen.action;
    if (action === 'stand' && inWings && !markWord && !mentioned.has(id)) action = 'wait-in-wings';
    if (markWord && (id === agent || step))
      return set(
        action,
        markOf(markWord.cue.mark),
        rule,
        words,
        markWord.match.entry.rule,
        markWord.match.words,
      );
    const family = familyOf(action);
    if (family === 'partnered') return set(action, sharedMark, rule, words, 'flow.partner-mark');
    if (action === 'enter') return set(action, 'center', rule, words, 'flow.enter-center');
    if (action === 'exit') return set(action, home, rule, words, 'flow.exit-wings');
    if (action === 'wait-in-wings') return set(action, before.mark, rule, words, 'context.persist');
    if (family === 'travel' || family === 'jump')
      return set(action, nextTravelMark(before.mark), rule, words, 'flow.travel-mark');
    if (inWings) return set(action, 'center', rule, words, 'flow.enter-center');
    return set(action, before.mark, rule, words, 'context.persist');
  });
  soloWhenUnpartnered(dancers, why);
  for (const d of dancers) {
    // A man bows, a woman curtsies (the words "bow" and "curtsy" name the same moment).
    const member = cast.find((m) => m.id === d.id);
    if (member && familyOf(d.action) === 'bow')
      d.action = member.gender === 'female' ? 'reverence' : 'bow';
  }
  return { dancers, why };
}

/** Partnered actions need two: a dancer left partnering alone dances the shape solo. */
function soloWhenUnpartnered(dancers: DancerCue[], why: CueReason[]): void {
  const partnered = dancers.filter((d) => familyOf(d.action) === 'partnered');
  if (partnered.length !== 1) return;
  const alone = partnered[0]!;
  alone.action = alone.action === 'lift' || alone.action === 'fish-dive' ? 'arabesque' : 'attitude';
  why.push(because(`dancers.${alone.id}.action`, 'flow.solo-partnering'));
}

/** A character stands aside at the edge once the story brings them in; they walk, kneel or bow, never dance. */
function chooseCharacter(
  r: BeatReading,
  member: CastMember,
  castIndex: number,
  before: DancerCue,
  mentioned: ReadonlySet<string>,
  set: (action: Action, mark: Mark, rule: string, words?: string[]) => DancerCue,
): DancerCue {
  const here = mentioned.has(member.id);
  if (!here) {
    if (before.action === 'exit') return set('wait-in-wings', homeOf(castIndex), 'flow.off-stage');
    return set(before.action === 'walk' ? 'stand' : before.action, before.mark, 'context.persist');
  }
  const own = r.matches.find(
    (m) =>
      m.entry.cue.kind === 'action' &&
      (r.subjects.owners[m.token] ?? []).includes(member.id) &&
      m.entry.cue.actions.some((a) => CHARACTER_FAMILIES.has(familyOf(a))),
  );
  const cue = own?.entry.cue;
  const action =
    cue?.kind === 'action'
      ? cue.actions.find((a) => CHARACTER_FAMILIES.has(familyOf(a)))
      : undefined;
  if (action === 'exit') return set('exit', homeOf(castIndex), own!.entry.rule, own!.words);
  if (before.mark.startsWith('wings'))
    return set('walk', 'edge', 'cast.character-enters', [r.subjects.words[0] ?? '']);
  return set(
    action && action !== 'enter' ? action : 'stand',
    'edge',
    own ? own.entry.rule : 'cast.character',
    own?.words ?? [],
  );
}
