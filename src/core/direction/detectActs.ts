import type { LexiconMatch } from './matchLexicon';

/** The three acts of a show: before the curtain, the performance, the curtain call. */
export type Act = 'before' | 'performance' | 'call';

/** Where the acts begin, and why. */
export interface ActPlan {
  /** First beat of the performance (the curtain opens on it). */
  openIndex: number;
  /** First beat of the curtain call. */
  callIndex: number;
  openRule: string;
  openWords: string[];
  callRule: string;
  callWords: string[];
}

const DANCE_FAMILIES_RULES = new Set([
  'lexicon.step',
  'lexicon.jump',
  'lexicon.turn',
  'lexicon.partnered',
  'lexicon.travel',
  'lexicon.enter',
]);

function firstBeat(
  matches: LexiconMatch[][],
  from: number,
  test: (m: LexiconMatch) => boolean,
): { index: number; words: string[] } | undefined {
  for (let i = from; i < matches.length; i++) {
    const hit = matches[i]!.find(test);
    if (hit) return { index: i, words: hit.words };
  }
  return undefined;
}

/** Finds the act boundaries from the words (curtain rose, performance began; final bow, applause), else by proportion, so any story becomes a show. */
export function detectActs(matches: LexiconMatch[][]): ActPlan {
  const count = matches.length;
  if (count <= 1) {
    return {
      openIndex: 0,
      callIndex: 0,
      openRule: 'act.default-open',
      openWords: [],
      callRule: 'act.default-call',
      callWords: [],
    };
  }
  const fallbackOpen = count <= 2 ? 0 : Math.max(1, Math.round(count * 0.15));
  let open: { index: number; words: string[]; rule: string } = {
    index: fallbackOpen,
    words: [],
    rule: 'act.default-open',
  };
  const curtain = firstBeat(
    matches,
    0,
    (m) => m.entry.cue.kind === 'curtain' && m.entry.cue.to === 'up',
  );
  const began = firstBeat(matches, 0, (m) => m.entry.cue.kind === 'begin');
  const moved = firstBeat(matches, 1, (m) => DANCE_FAMILIES_RULES.has(m.entry.rule));
  if (curtain) open = { ...curtain, rule: 'act.curtain-up' };
  else if (began) open = { ...began, rule: 'act.performance-began' };
  else if (moved && moved.index < fallbackOpen) open = { ...moved, rule: 'act.first-movement' };
  open.index = Math.min(open.index, count - 2);

  // A bow or a falling curtain in the second half ends the performance; applause only in the last
  // third. The last run of such beats is the call, so a bow mid-story stays in the performance.
  const half = Math.max(open.index + 1, Math.floor(count / 2));
  const third = Math.max(open.index + 1, Math.floor((count * 2) / 3));
  const signalOf = (i: number): LexiconMatch | undefined =>
    matches[i]!.find((m) => {
      const cue = m.entry.cue;
      return (
        m.entry.rule === 'lexicon.bow' ||
        (cue.kind === 'curtain' && cue.to === 'down') ||
        (i >= third && cue.kind === 'audience' && cue.state !== 'hushed')
      );
    });
  let call: { index: number; words: string[]; rule: string } | undefined;
  for (let i = count - 1; i >= half; i--) {
    const signal = signalOf(i);
    if (signal) call = { index: i, words: signal.words, rule: 'act.curtain-call' };
    else if (call) break;
  }
  if (!call) {
    const tail = count >= 8 ? 2 : 1;
    call = { index: Math.max(open.index + 1, count - tail), words: [], rule: 'act.default-call' };
  }
  return {
    openIndex: open.index,
    callIndex: call.index,
    openRule: open.rule,
    openWords: open.words,
    callRule: call.rule,
    callWords: call.words,
  };
}

/** The act a beat belongs to. */
export function actOf(plan: ActPlan, index: number): Act {
  if (index >= plan.callIndex) return 'call';
  if (index >= plan.openIndex) return 'performance';
  return 'before';
}
