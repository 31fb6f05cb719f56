import type { DancerCue } from '../cuesheet/schema';
import type { Action, Mood } from '../cuesheet/vocabulary';
import { actionFamily as familyOf } from './actionFamily';
import type { ActPlan } from './detectActs';
import type { TaggedToken } from './grammar';
import type { Figure } from './lexicon';
import type { LexiconMatch } from './matchLexicon';
import { pick, type Prng } from './prng';
import type { BeatReading } from './readStory';

/** Enchaînements that keep a beat dancing when its words name nothing, by mood: adagio for tender words, allegro for joyous ones. */
const FLOW_STEPS: Readonly<Record<Mood, readonly Action[]>> = {
  calm: ['port-de-bras', 'developpe', 'releve', 'attitude', 'bourree', 'arabesque'],
  tender: ['port-de-bras', 'arabesque', 'developpe', 'attitude', 'bourree', 'releve'],
  tragic: ['port-de-bras', 'developpe', 'bourree', 'plie', 'arabesque'],
  tense: ['bourree', 'chaines', 'pirouette', 'port-de-bras', 'attitude'],
  joyous: ['pirouette', 'chaines', 'bourree', 'attitude', 'releve', 'fouette'],
  triumphant: ['fouette', 'pirouette', 'chaines', 'arabesque', 'attitude', 'releve'],
};

/** A step the words ask for: its candidate actions, and whether several dancers take it together. */
export interface Step {
  actions: readonly Action[];
  rule: string;
  words: string[];
  both: boolean;
}

/** The most concrete image wins: partnering, then travel, shape, breath, tenderness. */
const FIGURE_ORDER: readonly Figure[] = ['partnered', 'travel', 'shape', 'breath', 'tender'];

function figureRank(m: LexiconMatch): number {
  return m.entry.cue.kind === 'mood' ? FIGURE_ORDER.indexOf(m.entry.cue.mood) : FIGURE_ORDER.length;
}

function stepFrom(match: LexiconMatch, both: boolean): Step | undefined {
  const cue = match.entry.cue;
  if (cue.kind !== 'action' && cue.kind !== 'mood') return undefined;
  return { actions: cue.actions, rule: match.entry.rule, words: match.words, both };
}

/**
 * Who does which step in a performance beat: each verb goes to the subject of its clause
 * ("she looked at him and curtsied" is her curtsy); a partnering verb is for its doer and the
 * one it is done to; of two readings of the same words, the longer pattern wins ("ran into the
 * wings" is an exit, not a run). A figurative image with no step goes to the beat's subject.
 */
export function stepsOf(r: BeatReading, dancerIds: readonly string[]): Map<string, Step> {
  const steps = new Map<string, Step>();
  const { mentions, owners, plural, agent } = r.subjects;
  const dancing = new Set(dancerIds);
  const actions = [
    ...partneringOf(r, dancerIds),
    ...r.matches.filter((m) => m.entry.cue.kind === 'action'),
  ].filter((m) => !r.tokens[m.token]?.quoted && !talkedAbout(r.tokens, m.token));
  // Overlapping readings of the same words: the one that covers more of them wins.
  const span = (m: LexiconMatch) => (m.end ?? m.token) - m.token + 1;
  const overlaps = (a: LexiconMatch, b: LexiconMatch) =>
    a.token <= (b.end ?? b.token) && b.token <= (a.end ?? a.token);
  actions.sort((a, b) => span(b) - span(a) || b.words.length - a.words.length || a.token - b.token);
  const kept: LexiconMatch[] = [];
  for (const m of actions) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  kept.sort((a, b) => a.token - b.token);
  // A dancer named with several verbs does the one that dances ("looked at him and curtsied").
  // Standing is the weakest reading, kneeling as named as a step.
  const rank = (step: Step) =>
    step.actions.every((x) => x === 'stand') || step.rule === 'lexicon.dance'
      ? 2
      : step.actions.every((x) => familyOf(x) === 'still' && x !== 'kneel')
        ? 1
        : 0;
  const give = (id: string, step: Step) => {
    const had = steps.get(id);
    if (!had || rank(step) < rank(had)) steps.set(id, step);
  };
  for (const match of kept) {
    const owner = (owners[match.token] ?? (agent ? [agent] : [])).filter((id) => dancing.has(id));
    const partnered = match.entry.rule === 'lexicon.partnered';
    let ids = owner;
    if (partnered) {
      // "Marco lifted Elena": the doer and the one done to after the verb.
      const done = mentions.find(
        (x) => x.token > match.token && !x.subject && !x.ids.some((id) => owner.includes(id)),
      );
      const other = done?.ids ?? dancerIds.filter((id) => !owner.includes(id)).slice(0, 1);
      ids = [...owner, ...other].filter((id) => dancing.has(id));
    }
    const step = stepFrom(match, ids.length > 1);
    if (step) for (const id of ids) give(id, step);
  }
  if (steps.size > 0) return steps;
  let best: LexiconMatch | undefined;
  for (const m of r.matches) {
    if (m.entry.cue.kind === 'mood' && (!best || figureRank(m) < figureRank(best))) best = m;
  }
  if (!best || best.entry.cue.kind !== 'mood') return steps;
  const together = best.entry.cue.mood === 'partnered' || plural;
  const ids = together
    ? r.subjects.mentioned.filter((id) => dancing.has(id))
    : agent && dancing.has(agent)
      ? [agent]
      : [];
  const group = together && ids.length < 2 ? dancerIds.slice(0, 2) : ids;
  const step = stepFrom(best, group.length > 1);
  if (step) for (const id of group) steps.set(id, step);
  return steps;
}

/** Verbs that make a step something practised, remembered or imagined, not danced now. */
// prettier-ignore
const NOT_NOW = new Set(['practised', 'practiced', 'rehearsed', 'learned', 'learnt', 'dreamed',
  'dreamt', 'remembered', 'imagined', 'planned', 'feared', 'promised', 'studied', 'perfected',
  'mimed', 'mimicked', 'imitated', 'pretended', 'described', 'explained', 'demonstrated']);

/** "had practised his grand jeté for weeks": the step is named, not danced on this beat. */
export function talkedAbout(tokens: readonly TaggedToken[], token: number): boolean {
  for (let k = Math.max(0, token - 3); k < token; k++) {
    if (NOT_NOW.has(tokens[k]?.word ?? '')) return true;
  }
  return false;
}

/** Verbs a dancer does to another dancer: lifts, and holds that turn or lead them. */
// prettier-ignore
const LIFTS = new Set(['lift', 'lifted', 'raise', 'raised', 'hoist', 'hoisted', 'carry', 'carried',
  'catch', 'caught', 'swing', 'swung', 'toss', 'tossed', 'threw', 'throw', 'подхватил', 'поднял', 'подбросил']);
// prettier-ignore
const HOLDS = new Set(['hold', 'held', 'support', 'supported', 'guide', 'guided', 'dip', 'dipped',
  'twirl', 'twirled', 'spin', 'spun', 'turned', 'sweep', 'swept', 'lead', 'led', 'steady', 'steadied',
  'embrace', 'embraced', 'partner', 'partnered', 'took', 'take', 'держал', 'кружил', 'вёл', 'вел']);
const LIFT_ACTIONS = ['lift'] as const;
const HOLD_ACTIONS = ['promenade', 'supported-pirouette'] as const;

/** "Marco lifted Elena", "he swung her": a partnering verb with another dancer right after it. */
function partneringOf(r: BeatReading, dancerIds: readonly string[]): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const { mentions, owners } = r.subjects;
  for (const m of mentions) {
    if (m.subject) continue;
    // "danced with Matteo", "waltzed with her": dancing together.
    const w = r.tokens[m.token - 1]?.word;
    const verb = r.tokens[m.token - 2]?.word ?? '';
    if (w === 'with' && /^(danc|waltz|spun|twirl|whirl|turn)/.test(verb)) {
      const doer = owners[m.token - 2]?.filter((id) => dancerIds.includes(id)) ?? [];
      if (doer.length > 0 && m.ids.some((id) => dancerIds.includes(id) && !doer.includes(id))) {
        out.push({
          entry: {
            rule: 'lexicon.partnered',
            patterns: [],
            cue: { kind: 'action', actions: HOLD_ACTIONS },
          },
          words: [r.tokens[m.token - 2]?.raw ?? verb, 'with', m.raw],
          token: m.token - 2,
          end: m.token,
        });
        continue;
      }
    }
    for (let v = m.token - 1; v >= Math.max(0, m.token - 2); v--) {
      const word = r.tokens[v]?.word;
      if (!word) continue;
      const lift = LIFTS.has(word);
      if (!lift && !HOLDS.has(word)) continue;
      const doer = owners[v]?.filter((id) => dancerIds.includes(id)) ?? [];
      const done = m.ids.filter((id) => dancerIds.includes(id) && !doer.includes(id));
      if (doer.length === 0 || done.length === 0) continue;
      out.push({
        entry: {
          rule: 'lexicon.partnered',
          patterns: [],
          cue: { kind: 'action', actions: lift ? LIFT_ACTIONS : HOLD_ACTIONS },
        },
        words: [r.tokens[v]?.raw ?? word, m.raw],
        token: v,
        end: m.token,
      });
      break;
    }
  }
  return out;
}

/** A dancer's action: from its step, the curtain's rise, or a seeded step that fits the mood and follows the last one. */
export function chooseStep(
  r: BeatReading,
  plan: ActPlan,
  step: Step | undefined,
  before: DancerCue,
  prng: Prng,
): { action: Action; rule: string; words: string[] } {
  const last = before.action;
  if (step) {
    // "They danced": the mood chooses the step.
    const actions = step.rule === 'lexicon.dance' ? FLOW_STEPS[r.mood] : step.actions;
    const fresh = actions.filter((a) => a !== last);
    if (step.rule === 'lexicon.dance') {
      return {
        action: pick(prng, fresh.length > 0 ? fresh : actions),
        rule: step.rule,
        words: step.words,
      };
    }
    const action = pick(prng, fresh.length > 0 ? fresh : step.actions);
    return { action, rule: step.rule, words: step.words };
  }
  if (before.mark.startsWith('wings')) {
    return {
      action: 'enter',
      rule: r.index === plan.openIndex ? plan.openRule : 'flow.enter',
      words: [],
    };
  }
  const pool = FLOW_STEPS[r.mood];
  const other = pool.filter((a) => a !== last && familyOf(a) !== familyOf(last));
  const fresh = pool.filter((a) => a !== last);
  return {
    action: pick(prng, other.length > 0 ? other : fresh),
    rule: 'flow.dance',
    words: r.moodWords.slice(0, 2),
  };
}
