import { OBJECT_PRONOUNS, PLURAL_SUBJECTS, PLURAL_WORDS, PRONOUNS, type Gender } from './castWords';
import type { PeopleReading } from './detectCast';
import type { TaggedToken } from './grammar';
import { nameKey } from './names';

/** One mention of a person in a beat. */
export interface Mention {
  /** Person ids: one, or several for "they" and "Elena and Marco". */
  ids: string[];
  token: number;
  /** Subject of its clause (it does the verbs that follow), not an object or a possessive. */
  subject: boolean;
  raw: string;
}

/** Who a beat is about, and who does each of its verbs. */
export interface BeatSubjects {
  /** Person ids in the order the beat mentions them. */
  mentioned: string[];
  /** The beat's first subject: the one its verbs most likely belong to. */
  agent: string | undefined;
  /** Two or more people, or a plural ("they", "both"). */
  pair: boolean;
  /** A plural word ("they", "both", "вместе") was used. */
  plural: boolean;
  mentions: Mention[];
  /** Who does the verb at each token (its subject), or undefined when nobody in the story does. */
  owners: (string[] | undefined)[];
  /** The words that named them, for `why`. */
  words: string[];
}

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that']);
/** Pronouns that are nobody of the cast. */
const NOBODY = new Set(['somebody', 'someone', 'everyone', 'everybody', 'nobody', 'it']);

/** Verbs whose object is asked to do what follows. */
// prettier-ignore
const REQUESTS = new Set(['asked', 'ask', 'asks', 'told', 'tell', 'tells', 'begged', 'ordered',
  'urged', 'invited', 'challenged', 'wanted', 'needed', 'dared', 'commanded', 'instructed',
  'encouraged', 'coaxed', 'signalled', 'signaled', 'motioned', 'попросил', 'попросила', 'велел', 'велела']);

/** Verbs after which a bare infinitive belongs to the object ("watched her dance", "let him go"). */
const PERCEPTION = new Set([
  'watch',
  'watched',
  'saw',
  'see',
  'heard',
  'hear',
  'let',
  'made',
  'make',
  'help',
  'helped',
  'felt',
  'feel',
]);

/**
 * Resolves names, role nouns and pronouns to people, beat by beat (a pronoun follows the last
 * person of its gender), marks which mentions are subjects, and gives every token the subject
 * of its clause: coordinated verbs share one, an object never takes a verb, and a verb with no
 * subject before it (an inversion: "Into the light stepped Marco") takes the one after it.
 */
export function detectSubjects(
  tokens: TaggedToken[][],
  reading: PeopleReading,
  genderOf: (id: string) => Gender,
  dancerIds: readonly string[],
): BeatSubjects[] {
  // Before anyone is named, a pronoun is the first dancer of its gender (a story that names nobody).
  const last: Partial<Record<Gender, string>> = {};
  // The one before the last, per gender: "The teacher told her…" is somebody else.
  const before: Partial<Record<Gender, string>> = {};
  for (const id of [...dancerIds].reverse()) {
    before[genderOf(id)] = last[genderOf(id)];
    last[genderOf(id)] = id;
  }
  let topic: string[] | undefined;
  // Words a story repeats are looked up once: word → the person it names, or null.
  const personOf = new Map<string, string | null>();
  return tokens.map((list) => {
    const mentions: Mention[] = [];
    const words: string[] = [];
    let plural = false;
    const add = (ids: string[], i: number, subject: boolean): void => {
      const prev = mentions[mentions.length - 1];
      const t = list[i]!;
      // "Valentina Kalmurzaeva": one mention of one person.
      if (prev && prev.token === i - 1 && prev.ids.join() === ids.join()) return;
      mentions.push({ ids, token: i, subject, raw: t.raw });
      words.push(t.raw);
      for (const id of ids) {
        const g = genderOf(id);
        if (last[g] !== id) before[g] = last[g];
        last[g] = id;
      }
      if (subject) clauseSubject = { ids, sentence: t.sentence ?? 0 };
    };
    let clauseSubject: { ids: string[]; sentence: number } | undefined;
    list.forEach((t, i) => {
      let named = personOf.get(t.word);
      if (named === undefined) {
        named = reading.names.get(nameKey(t.word)) ?? reading.names.get(t.word) ?? null;
        personOf.set(t.word, named);
      }
      const noun = named ? undefined : reading.nouns.get(t.word);
      const id = named ?? noun;
      if (!id && !PLURAL_WORDS.has(t.word) && !PRONOUNS[t.word]) return;
      if (id) return add([id], i, isSubjectPosition(list, i, noun !== undefined));
      if (PLURAL_WORDS.has(t.word)) {
        plural = true;
        const ids = dancerIds.length > 0 ? [...dancerIds] : [];
        if (ids.length > 0) add(ids, i, PLURAL_SUBJECTS.has(t.word));
        return;
      }
      const g = PRONOUNS[t.word];
      if (!g) return;
      const subject = t.pos === 'pron' && !OBJECT_PRONOUNS.has(t.word) && t.word !== 'her';
      // An object pronoun is never its own clause's subject ("the teacher told her": her is another).
      const own =
        !subject &&
        t.pos === 'pron' &&
        clauseSubject?.sentence === t.sentence &&
        clauseSubject?.ids.length === 1 &&
        clauseSubject.ids[0] === last[g];
      const ref = own ? (before[g] ?? last[g]) : last[g];
      if (!ref) return;
      add([ref], i, subject && t.word !== 'his');
    });
    // "Elena and Marco leapt": two subjects joined by "and" are one plural subject.
    for (let m = mentions.length - 1; m > 0; m--) {
      const a = mentions[m - 1]!;
      const b = mentions[m]!;
      if (a.subject && b.subject && b.token === a.token + 2 && list[a.token + 1]?.word === 'and') {
        a.ids = [...new Set([...a.ids, ...b.ids])];
        b.subject = false;
        b.ids = a.ids;
      }
    }
    const owners = ownersOf(list, mentions, topic);
    const firstSubject = mentions.find((m) => m.subject);
    const lastSubject = [...mentions].reverse().find((m) => m.subject);
    if (lastSubject) topic = lastSubject.ids;
    const mentioned = [...new Set(mentions.flatMap((m) => m.ids))];
    const agent = firstSubject?.ids[0] ?? mentioned[0] ?? topic?.[0];
    return {
      mentioned,
      agent,
      pair: mentioned.length > 1 || plural,
      plural,
      mentions,
      owners,
      words,
    };
  });
}

/** A name or noun is a subject unless a preposition, a verb or a possessive claims it. */
function isSubjectPosition(list: TaggedToken[], i: number, isNoun: boolean): boolean {
  const t = list[i]!;
  if (/['’]s$/.test(t.raw)) return false;
  const next = list[i + 1];
  if (next && next.start === t.start + t.raw.length + 2 && next.word === 's') return false;
  let j = i - 1;
  // Skip the article and adjectives of "the old teacher".
  if (isNoun)
    while (j >= 0 && (list[j]!.pos === 'det' || list[j]!.pos === 'adj' || list[j]!.pos === 'noun'))
      j--;
  else while (j >= 0 && list[j]!.pos === 'propn') j--;
  const before = list[j];
  if (!before || before.sentence !== t.sentence) return true;
  return before.pos !== 'prep' && before.pos !== 'verb';
}

/** A perception verb among the five tokens before `i`, in its sentence ("watched the star come out"). */
function perceivedBefore(list: TaggedToken[], i: number): boolean {
  const sentence = list[i]?.sentence;
  for (let k = Math.max(0, i - 5); k < i; k++) {
    const x = list[k]!;
    if (x.sentence === sentence && PERCEPTION.has(x.word)) return true;
  }
  return false;
}

/** The subject of the clause at every token. */
function ownersOf(
  list: TaggedToken[],
  mentions: Mention[],
  topic: string[] | undefined,
): (string[] | undefined)[] {
  const owners: (string[] | undefined)[] = new Array(list.length);
  const mentionAt = new Set(mentions.map((x) => x.token));
  let m = 0;
  let subject: string[] | undefined;
  let sentence = -1;
  let carried = topic;
  let lastObject: Mention | undefined;
  let request = false;
  let requested: string[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (t.sentence !== sentence) {
      sentence = t.sentence ?? 0;
      if (subject) carried = subject;
      subject = undefined;
      lastObject = undefined;
      request = false;
      requested = undefined;
    }
    while (m < mentions.length && mentions[m]!.token <= i) {
      const mention = mentions[m++]!;
      if (mention.subject) {
        subject = mention.ids;
        lastObject = undefined;
        request = false;
        requested = undefined;
      } else {
        lastObject = mention;
        // "asked her for one more jeté", "begged him to spin": the step is the object's.
        if (request && !requested) requested = mention.ids;
      }
    }
    if (REQUESTS.has(t.word)) request = true;
    // "The audience laughed", "the whole theater went black": a subject that is no person.
    const next = list[i + 1];
    if (
      ((t.pos === 'noun' &&
        ARTICLES.has(list[i - 1]?.word ?? '') &&
        list[i - 2]?.pos !== 'prep' &&
        list[i - 2]?.pos !== 'verb') ||
        (t.pos === 'pron' && NOBODY.has(t.word))) &&
      next?.sentence === t.sentence &&
      (next?.pos === 'verb' || next?.pos === 'aux') &&
      !mentionAt.has(i)
    ) {
      subject = [];
      lastObject = undefined;
    }
    if (requested && i > (lastObject?.token ?? i)) {
      owners[i] = requested;
      continue;
    }
    const prev = list[i - 1];
    const prev2 = list[i - 2];
    const perceivedThing =
      prev?.pos === 'noun' && !mentionAt.has(i - 1) && perceivedBefore(list, i);
    if (perceivedThing) {
      owners[i] = []; // "watched the first star come out": the star's, nobody's of the cast
    } else if (
      lastObject &&
      prev &&
      lastObject.token === i - 1 &&
      prev2 &&
      PERCEPTION.has(prev2.word)
    ) {
      owners[i] = lastObject.ids; // "watched her dance"
    } else if (lastObject && prev?.word === 'to' && lastObject.token === i - 2) {
      owners[i] = lastObject.ids; // "told her to leap"
    } else if (subject?.length === 0 && lastObject && t.pos === 'verb' && t.word.endsWith('ing')) {
      owners[i] = lastObject.ids; // "the curtain rose on an old man, standing alone"
    } else if (subject) {
      owners[i] = subject;
    } else {
      // No subject yet in this sentence: an inversion takes the next one; else the topic.
      const ahead = mentions.find(
        (x) =>
          x.token > i &&
          list[x.token]?.sentence === sentence &&
          (x.subject || list[x.token]?.pos === 'propn'),
      );
      owners[i] = ahead?.ids ?? carried;
    }
  }
  return owners;
}
