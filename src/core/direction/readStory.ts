import type { CastOverride } from '../cuesheet/schema';
import type { Mood } from '../cuesheet/vocabulary';
import type { Beat } from '../story/types';
import { castPeople, type CastReading } from './castPeople';
import { actOf, detectActs, type Act, type ActPlan, type FrameOptions } from './detectActs';
import { detectCast } from './detectCast';
import { detectSubjects, type BeatSubjects } from './detectSubjects';
import { ruleReader, tagBeats, type StoryReader, type TaggedToken } from './grammar';
import type { LexiconCue } from './lexicon';
import { matchLexicon, type LexiconMatch, type WordInfo } from './matchLexicon';
import { readMoods } from './readMoods';
import { tokenize } from './tokenize';

/** Everything the director knows about one beat before choosing its cues. */
export interface BeatReading {
  beat: Beat;
  index: number;
  /** Beats in the story. */
  count: number;
  act: Act;
  matches: LexiconMatch[];
  /** The beat's words with their parts of speech. */
  tokens: TaggedToken[];
  subjects: BeatSubjects;
  mood: Mood;
  /** The mood words, for `why`. */
  moodWords: string[];
}

/** The story as the director reads it: cast, acts, and each beat's words and people. */
export interface StoryReading {
  cast: CastReading;
  plan: ActPlan;
  beats: BeatReading[];
}

/** Words that make applause the house's, whoever else the sentence names. */
export const HOUSE_WORDS =
  /\b(audience|crowd|house|spectators|hall|everyone|theater|theatre)\b|зрител|зал/i;

/** How to read: which reader tags the words, and the user's cast corrections. */
export interface ReadOptions extends FrameOptions {
  reader?: StoryReader;
  castOverrides?: readonly CastOverride[];
}

/** Reads every beat once: words → parts of speech and lexicon matches, people → cast and subjects, then the acts and moods. */
export function readStory(beats: Beat[], options: ReadOptions = {}): StoryReading {
  const folded = new Map<string, string>();
  const known = new Map<string, WordInfo>();
  const texts = beats.map((b) => b.text);
  const raw = beats.map((b) => tokenize(b.text, folded));
  const tokens = tagBeats(options.reader ?? ruleReader, raw, texts);
  const matches = tokens.map((list) => matchLexicon(list, undefined, known, list));
  const people = detectCast(texts, tokens);
  const genderOf = (id: string) => people.people.find((p) => p.id === id)?.gender ?? 'f';
  // A first reading: "they" are the people no noun calls a teacher or a watcher.
  const allIds = people.people.filter((p) => p.kind !== 'character').map((p) => p.id);
  const first = detectSubjects(tokens, people, genderOf, allIds);
  const cast = castPeople(people.people, first, matches, tokens, options.castOverrides);
  // Read again with the cast: "they" means the dancers, and corrected genders steer the pronouns.
  const dancerIds = cast.cast.filter((m) => m.role !== 'character').map((m) => m.id);
  const inCast = new Set(cast.cast.map((m) => m.id));
  const subjects = detectSubjects(
    tokens,
    people,
    (id) => cast.genders[id] ?? genderOf(id),
    dancerIds,
  ).map((s) => onlyCast(s, inCast));
  // Applause by someone of the story (a classmate who claps) is not the house's.
  const byPerson = (b: number, token: number) =>
    !HOUSE_WORDS.test(texts[b] ?? '') && (subjects[b]?.owners[token]?.length ?? 0) > 0;
  const plan = detectActs(matches, options, texts, byPerson);
  const moods = readMoods(
    raw,
    matches.map((list) => list.map((m) => m.entry.rule)),
  );
  return {
    cast,
    plan,
    beats: beats.map((beat, index) => ({
      beat,
      index,
      count: beats.length,
      act: actOf(plan, index),
      matches: matches[index] ?? [],
      tokens: tokens[index] ?? [],
      subjects: subjects[index]!,
      mood: moods[index]?.mood ?? 'calm',
      moodWords: moods[index]?.words ?? [],
    })),
  };
}

/** A beat's subjects with only the cast's people in them (the rest of the story's people are not on stage). */
function onlyCast(s: BeatSubjects, inCast: ReadonlySet<string>): BeatSubjects {
  const keep = (ids: string[] | undefined) => {
    if (ids && ids.length > 0 && ids.every((id) => inCast.has(id))) return ids;
    const kept = ids?.filter((id) => inCast.has(id));
    // [] (a subject that is no person, "the audience laughed") stays nobody's.
    return kept && (kept.length > 0 || ids?.length === 0) ? kept : undefined;
  };
  const mentions = s.mentions
    .map((m) => ({ ...m, ids: keep(m.ids) ?? [] }))
    .filter((m) => m.ids.length > 0);
  const mentioned = s.mentioned.filter((id) => inCast.has(id));
  return {
    ...s,
    mentions,
    mentioned,
    agent:
      s.agent && inCast.has(s.agent)
        ? s.agent
        : (mentions.find((m) => m.subject)?.ids[0] ?? mentioned[0]),
    pair: mentioned.length > 1 || s.plural,
    owners: s.owners.map(keep),
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

/** The last match in the beat whose cue is of the given kind. */
export function lastCue<K extends LexiconCue['kind']>(
  reading: BeatReading,
  kind: K,
): { cue: Extract<LexiconCue, { kind: K }>; match: LexiconMatch } | undefined {
  for (let i = reading.matches.length - 1; i >= 0; i--) {
    const match = reading.matches[i]!;
    if (match.entry.cue.kind === kind) {
      return { cue: match.entry.cue as Extract<LexiconCue, { kind: K }>, match };
    }
  }
  return undefined;
}
