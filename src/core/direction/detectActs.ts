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
  /** The director adds a prologue (house down, curtain opening) before the story. */
  prologue: boolean;
  /** The director adds an epilogue (the curtain call) after the story. */
  epilogue: boolean;
}

/** Force the frame on or off; undefined: add each only when the text does not stage it. */
export interface FrameOptions {
  prologue?: boolean;
  epilogue?: boolean;
}

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
/** A bow that is a curtain call: to the house, a final one, or amid applause (a curtsy to a partner is not). */
const CALL_WORDS =
  /\b(audience|house|crowd|applause|ovation|final|curtain|bravo|spectators)\b|took (a|their|her|his) bows?|зрител|зал|аплод|финальн/i;

export function detectActs(
  matches: LexiconMatch[][],
  frame: FrameOptions = {},
  texts: readonly string[] = [],
  byPerson: (beat: number, token: number) => boolean = () => false,
): ActPlan {
  const count = matches.length;
  const curtain = firstBeat(
    matches,
    0,
    (m) => m.entry.cue.kind === 'curtain' && m.entry.cue.to === 'up',
  );
  const began = firstBeat(matches, 0, (m) => m.entry.cue.kind === 'begin');
  const staged = curtain
    ? { ...curtain, rule: 'act.curtain-up' }
    : began
      ? { ...began, rule: 'act.performance-began' }
      : undefined;
  const prologue = frame.prologue ?? !staged;
  // Without a staged curtain the story is the performance from its first beat (the prologue,
  // when there is one, has opened the curtain).
  const open = staged ?? {
    index: 0,
    words: [],
    rule: prologue ? 'act.prologue' : 'act.default-open',
  };
  if (count > 1) open.index = Math.min(open.index, count - 2);

  // A bow or a falling curtain in the second half ends the performance; applause only in the last
  // third. The last run of such beats is the call, so a bow mid-story stays in the performance.
  const half = Math.max(open.index + 1, Math.floor(count / 2));
  const third = Math.max(open.index + 1, Math.floor((count * 2) / 3));
  const signalOf = (i: number): LexiconMatch | undefined =>
    matches[i]!.find((m) => {
      const cue = m.entry.cue;
      return (
        (m.entry.rule === 'lexicon.bow' &&
          CALL_WORDS.test(`${texts[i - 1] ?? ''} ${texts[i] ?? ''} ${texts[i + 1] ?? ''}`)) ||
        (cue.kind === 'audience' &&
          (cue.state === 'applause' || cue.state === 'ovation') &&
          i >= third &&
          !byPerson(i, m.token))
      );
    });
  // The call ends the story: its run of signals reaches the last beat or the one before.
  let call: { index: number; words: string[]; rule: string } | undefined;
  let bowed = false;
  for (let i = count - 1; i >= half; i--) {
    const signal = signalOf(i);
    if (signal) call = { index: i, words: signal.words, rule: 'act.curtain-call' };
    else if (call || i < count - 2) break;
    if (signal && matches[i]!.some((m) => m.entry.rule === 'lexicon.bow')) bowed = true;
  }
  // Applause alone is the house reacting; a curtain call is staged when somebody bows to it.
  if (!bowed) call = undefined;
  const epilogue = frame.epilogue ?? !call;
  call ??= { index: count, words: [], rule: 'act.epilogue' };
  return {
    openIndex: open.index,
    callIndex: call.index,
    openRule: open.rule,
    openWords: open.words,
    callRule: call.rule,
    callWords: call.words,
    prologue,
    epilogue,
  };
}

/** The act a beat belongs to. */
export function actOf(plan: ActPlan, index: number): Act {
  if (index >= plan.callIndex) return 'call';
  if (index >= plan.openIndex) return 'performance';
  return 'before';
}
