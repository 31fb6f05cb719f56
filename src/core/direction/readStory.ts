import type { Beat } from '../story/types';
import { actOf, detectActs, type Act, type ActPlan } from './detectActs';
import { detectCast, type CastReading } from './detectCast';
import { detectSubjects, type BeatSubjects } from './detectSubjects';
import type { LexiconCue } from './lexicon';
import { matchLexicon, type LexiconMatch, type WordInfo } from './matchLexicon';
import { tokenize } from './tokenize';

/** Everything the director knows about one beat before choosing its cues. */
export interface BeatReading {
  beat: Beat;
  index: number;
  /** Beats in the story. */
  count: number;
  act: Act;
  matches: LexiconMatch[];
  subjects: BeatSubjects;
}

/** The story as the director reads it: cast, acts, and each beat's words and people. */
export interface StoryReading {
  cast: CastReading;
  plan: ActPlan;
  beats: BeatReading[];
}

/** Reads every beat once: words → lexicon matches, people → cast and subjects, then the acts. */
export function readStory(beats: Beat[]): StoryReading {
  // Stories repeat their words: fold and look up each distinct word once.
  const folded = new Map<string, string>();
  const known = new Map<string, WordInfo>();
  const tokens = beats.map((b) => tokenize(b.text, folded));
  const matches = tokens.map((list) => matchLexicon(list, undefined, known));
  const cast = detectCast(
    beats.map((b) => b.text),
    tokens,
  );
  const subjects = detectSubjects(tokens, cast);
  const plan = detectActs(matches);
  return {
    cast,
    plan,
    beats: beats.map((beat, index) => ({
      beat,
      index,
      count: beats.length,
      act: actOf(plan, index),
      matches: matches[index] ?? [],
      subjects: subjects[index] ?? {
        mentioned: [],
        agent: undefined,
        pair: false,
        plural: false,
        mentions: [],
        words: [],
      },
    })),
  };
}

/** The first match in the beat whose cue is of the given kind. */
export function firstCue<K extends LexiconCue['kind']>(
  reading: BeatReading,
  kind: K,
): { cue: Extract<LexiconCue, { kind: K }>; match: LexiconMatch } | undefined {
  for (const match of reading.matches) {
    if (match.entry.cue.kind === kind) {
      return { cue: match.entry.cue as Extract<LexiconCue, { kind: K }>, match };
    }
  }
  return undefined;
}
