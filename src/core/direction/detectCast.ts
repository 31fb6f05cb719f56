import {
  NAME_GENDERS,
  NOT_NAMES,
  PERSON_NOUNS,
  PLACE_WORDS,
  PRONOUNS,
  SUBJECT_PRONOUNS,
  type Gender,
  type PersonKind,
} from './castWords';
import { nameKey, slugOf } from './names';
import type { TaggedToken } from './grammar';
import { foldWord, type Token } from './tokenize';

/** A person of the story, before the cast is chosen: a name, or a role noun ("the teacher"). */
export interface Person {
  id: string;
  /** Display name: "Valentina Kalmurzaeva", "The teacher", "Her partner". */
  name: string;
  /** True for a proper name, false for a role noun. */
  named: boolean;
  gender: Gender;
  /** Whether the gender came from evidence (pronouns, nouns, a known name), not a guess. */
  sure: boolean;
  /** What the nouns said of them: a dancer ("partner"), a character ("teacher"), or either. */
  kind: PersonKind;
  /** Mentions by name or noun. */
  count: number;
  /** First beat that mentions them. */
  first: number;
}

/** The story's people and how to recognise them in its words. */
export interface PeopleReading {
  people: Person[];
  /** Name keys (see nameKey) → person id. */
  names: Map<string, string>;
  /** Role nouns (folded) → person id. */
  nouns: Map<string, string>;
}

interface Found {
  keys: Set<string>;
  nouns: Set<string>;
  count: number;
  free: number;
  first: number;
  forms: Map<string, number>;
  votes: Record<Gender, number>;
  kind: PersonKind;
  named: boolean;
  display?: string;
}

const SENTENCE_BREAK = /[.!?…"“«]/;

/** Titles before a name: "Prince Siegfried" is a name even at the start of a sentence. */
// prettier-ignore
const TITLES: ReadonlySet<string> = new Set(['prince', 'princess', 'king', 'queen', 'lord', 'lady',
  'sir', 'count', 'countess', 'duke', 'duchess', 'baron', 'madame', 'monsieur', 'mr', 'mrs', 'miss',
  'ms', 'dr', 'master', 'mistress', 'принц', 'принцесса', 'граф', 'графиня', 'король', 'королева']);

/** Words before "a/the NOUN" that make it a description, not a person ("was a dancer", "like a bird"). */
// prettier-ignore
const PREDICATE = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'became', 'become', 'like', 'as',
  'than', 'of', 'seemed', 'felt', 'remained', 'stayed', 'every', 'any', 'other', 'no', 'another']);
const DET = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'my', 'our', 'your', 'this', 'that']);
/** Adjectives kept in a role noun's display name. */
// prettier-ignore
const KEPT_ADJECTIVES = new Set(['old', 'young', 'little', 'elderly', 'new', 'blind', 'lonely',
  'tall', 'small', 'first', 'second', 'third', 'fourth', 'dark', 'mysterious', 'eldest', 'youngest']);

/** Capitalized sentence openers that are things, not people ("Silence fell", "Music played"). */
// prettier-ignore
const COMMON_OPENERS = new Set(['silence', 'music', 'darkness', 'light', 'applause', 'time', 'night',
  'morning', 'evening', 'rain', 'snow', 'wind', 'nobody', 'someone', 'everyone', 'nothing', 'people',
  'dancers', 'everything', 'something', 'snowflakes', 'laughter', 'thunder', 'sunlight', 'moonlight',
  'spring', 'summer', 'autumn', 'winter', 'dawn', 'dusk', 'tears', 'hours', 'minutes', 'years']);

/** Kin are other people than the one named ("her mother"), never merged into them. */
// prettier-ignore
const KIN = new Set(['mother', 'father', 'sister', 'brother', 'daughter', 'son', 'aunt', 'uncle',
  'niece', 'nephew', 'grandmother', 'grandfather', 'twin', 'friend', 'rival', 'stranger']);

function idWordOf(name: string): string {
  const words = name.split(' ');
  return words.find((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, ''))) ?? words[0] ?? '';
}

function isCapitalized(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

function bestForm(found: Found): string {
  let best = '';
  let bestScore = -1;
  for (const [form, count] of found.forms) {
    const score = form.split(' ').length * 1000 + count;
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  return best;
}

/** Endings that lean a first name one way when no list knows it (Lucia, Fleurine; Marco, Remus, Viktor). */
const FEMININE_END = /([aя]|ine|ette|elle|ie|ia)$/i;
const MASCULINE_END = /(o|us|or|ий|ей|ан|ор)$/i;

/** Female minus male evidence: subject pronouns, nouns, a known first name, a name ending in -a/-я. */
function leanOf(p: Found): number {
  return p.votes.f - p.votes.m + (p.named ? nameLeanOf(p) : 0);
}

const NAME_LEANS = new WeakMap<Found, { forms: number; lean: number }>();
/** What the first name alone says (a list of names, then its ending); cached until the forms change. */
function nameLeanOf(p: Found): number {
  const cached = NAME_LEANS.get(p);
  if (cached && cached.forms === p.forms.size) return cached.lean;
  const first = foldWord(idWordOf(bestForm(p)));
  const known = NAME_GENDERS.get(first) ?? NAME_GENDERS.get(nameKey(first));
  const byName =
    known === 'f'
      ? 3
      : known === 'm'
        ? -3
        : FEMININE_END.test(first)
          ? 0.5
          : MASCULINE_END.test(first)
            ? -0.5
            : 0;
  NAME_LEANS.set(p, { forms: p.forms.size, lean: byName });
  return byName;
}

/** A role noun at token `i` that names a person, with the words of its display name; or undefined. */
function nounAt(
  list: Token[],
  i: number,
  text: string,
): { noun: string; display: string } | undefined {
  const t = list[i];
  // A capitalized noun is part of a name ("Madame Ivanova"), not a role of its own.
  if (!t || !PERSON_NOUNS.has(t.word) || isCapitalized(t.raw)) return undefined;
  // "ballet master": a compound is one noun; "ballet" alone is no person.
  let j = i - 1;
  const adjectives: string[] = [];
  while (j >= 0 && KEPT_ADJECTIVES.has(list[j]!.word) && i - j <= 3)
    adjectives.unshift(list[j--]!.raw);
  while (
    j >= 0 &&
    !DET.has(list[j]!.word) &&
    i - j <= 7 &&
    /^[\s,-]*$/.test(gapBefore(list, j + 1, text))
  )
    j--;
  const det = list[j];
  if (!det || !DET.has(det.word) || det.sentence !== t.sentence) return undefined;
  const before = list[j - 1];
  if (before && PREDICATE.has(before.word) && before.sentence === t.sentence) return undefined;
  // "no longer a dancer", "more than just a dancer": a description after a copula, not a person.
  const indefinite = det.word === 'a' || det.word === 'an';
  for (let k = j - 1; indefinite && k >= Math.max(0, j - 4); k--) {
    if (list[k]!.sentence !== t.sentence) break;
    if (PREDICATE.has(list[k]!.word)) return undefined;
  }
  const lead = det.word === 'her' || det.word === 'his' ? det.raw : 'the';
  const words = [lead, ...adjectives.map((a) => a.toLowerCase()), t.raw.toLowerCase()];
  const display = words.join(' ');
  return { noun: t.word, display: display.charAt(0).toUpperCase() + display.slice(1) };
}

function gapBefore(list: Token[], i: number, text: string): string {
  const prev = list[i - 1];
  const t = list[i];
  return prev && t ? text.slice(prev.start + prev.raw.length, t.start) : '';
}

/**
 * Finds the story's people: capitalized names that appear mid-sentence or more than once, and
 * role nouns with an article ("the teacher", "her partner"); an appositive ("Valentina, a
 * renowned ballerina") describes the person before it. Genders from pronouns, nouns and names.
 */
export function detectCast(texts: string[], tokens: TaggedToken[][]): PeopleReading {
  const lowerWords = new Set<string>();
  for (const list of tokens)
    for (const t of list) if (!isCapitalized(t.raw)) lowerWords.add(t.word);
  const byKey = new Map<string, Found>();
  const byNoun = new Map<string, Found>();
  const found: Found[] = [];
  const beatPeople = tokens.map(() => new Map<Found, number>());
  // Every mention, with whether it stands as a subject: pronouns refer back to subjects first.
  const beatMentions = tokens.map(() => [] as { person: Found; at: number; subject: boolean }[]);
  const mentionAt = (beat: number, person: Found, list: TaggedToken[], at: number): void => {
    const before = list[at - 1];
    const own = /['’]s$/.test(list[at]?.raw ?? '');
    const subject =
      !own &&
      (!before ||
        before.sentence !== list[at]?.sentence ||
        (before.pos !== 'prep' && before.pos !== 'verb'));
    beatMentions[beat]!.push({ person, at, subject });
  };
  const create = (at: number, named: boolean): Found => {
    const f: Found = {
      keys: new Set(),
      nouns: new Set(),
      count: 0,
      free: 0,
      first: at,
      forms: new Map(),
      votes: { f: 0, m: 0 },
      kind: 'either',
      named,
    };
    found.push(f);
    return f;
  };
  const describe = (person: Found, noun: string): void => {
    const info = PERSON_NOUNS.get(noun);
    if (!info) return;
    person.nouns.add(noun);
    if (!byNoun.has(noun)) byNoun.set(noun, person);
    if (info.gender) person.votes[info.gender] += 3;
    // A dancer noun outranks a character noun ("her partner, a ballet master").
    if (info.kind === 'dancer' || person.kind === 'either') person.kind = info.kind;
  };
  tokens.forEach((list, beat) => {
    const text = texts[beat] ?? '';
    let seq: TaggedToken[] = [];
    let seqStart = true;
    let lastPerson: { person: Found; end: number } | undefined;
    const flush = (): void => {
      const words = seq.filter((t) => !NOT_NAMES.has(t.word) && !lowerWords.has(t.word));
      const place = seq.some((t) => PLACE_WORDS.has(t.word));
      const titled = seq.length > 1 && TITLES.has(seq[0]!.word);
      if (words.length > 0 && !place) {
        const person = recordName(
          words,
          seqStart && seq[0] === words[0] && !titled,
          beat,
          list,
          text,
        );
        if (titled) describe(person, seq[0]!.word);
        lastPerson = { person, end: list.indexOf(seq[seq.length - 1]!) };
      }
      seq = [];
    };
    const recordName = (
      words: TaggedToken[],
      atStart: boolean,
      at: number,
      all: TaggedToken[],
      txt: string,
    ) => {
      const keys = words.map((t) => nameKey(t.word));
      let person = keys.map((k) => byKey.get(k)).find((p) => p !== undefined);
      // "The teacher, Madame Petrova, ...": a name right after a role noun and a comma is that person.
      const i = all.indexOf(words[0]!);
      const prevNoun =
        lastPerson && !lastPerson.person.named && lastPerson.end >= i - 4
          ? lastPerson.person
          : undefined;
      const introduced =
        /^(named|called)$/.test(all[i - 1]?.word ?? '') || /,/.test(gapBefore(all, i, txt));
      if (!person && prevNoun && introduced) {
        person = prevNoun;
        person.named = true;
      }
      person ??= create(at, true);
      for (const k of keys) {
        if (byKey.has(k)) continue;
        byKey.set(k, person);
        person.keys.add(k);
      }
      person.count++;
      if (!beatPeople[at]!.has(person)) beatPeople[at]!.set(person, i);
      mentionAt(at, person, all, i);
      // A sentence-opening word is a name when a verb follows it ("Tomas walked out").
      const next = all[all.indexOf(words[words.length - 1]!) + 1] as TaggedToken | undefined;
      const opensClause =
        atStart &&
        words.length <= 3 &&
        (next?.pos === 'verb' ||
          next?.pos === 'aux' ||
          (next?.word === 'who' && /,/.test(gapBefore(all, all.indexOf(next), txt))) ||
          (next?.word === 'and' && isCapitalized(all[all.indexOf(next) + 1]?.raw ?? 'x'))) &&
        !/(ing|ly|ed)$/.test(words[0]!.word) &&
        !COMMON_OPENERS.has(words[0]!.word);
      if (!atStart || opensClause) person.free++;
      const form = words
        .map((t) => (txt.charAt(t.start - 1) === '-' ? '-' : ' ') + t.raw.replace(/['’]s$/, ''))
        .join('')
        .slice(1);
      person.forms.set(form, (person.forms.get(form) ?? 0) + 1);
      return person;
    };
    list.forEach((t, i) => {
      const gap = gapBefore(list, i, text);
      const joined = seq.length > 0 && /^(\s+|-)$/.test(gap);
      if (!joined && seq.length > 0) flush();
      const noun = nounAt(list, i, text);
      if (noun) {
        // An appositive: "Valentina, a renowned Russian ballerina," describes Valentina.
        const det = list.findLastIndex((d, k) => k < i && DET.has(d.word));
        // "Valentina, a renowned ballerina"; "Pavel the hunter" (a name, then its role).
        const apposed =
          lastPerson !== undefined &&
          det >= 0 &&
          lastPerson.end === det - 1 &&
          (/,/.test(gapBefore(list, det, text)) ||
            (lastPerson.person.named && list[det]?.word === 'the'));
        const person = apposed
          ? lastPerson!.person
          : (byNoun.get(noun.noun) ?? create(beat, false));
        if (!apposed) {
          person.count++;
          person.display ??= noun.display;
          person.free++;
          if (!beatPeople[beat]!.has(person)) beatPeople[beat]!.set(person, i);
          const det = list.findLastIndex((d, k) => k < i && DET.has(d.word));
          mentionAt(beat, person, list, det >= 0 && det >= i - 4 ? det : i);
        }
        describe(person, noun.noun);
        // "her partner" is, by the pas de deux's convention, a man; "his partner" a woman.
        if (noun.noun === 'partner' && /^(Her|His) /.test(noun.display))
          person.votes[noun.display.startsWith('Her') ? 'm' : 'f'] += 2;
        lastPerson = { person, end: i };
        return;
      }
      if (!isCapitalized(t.raw)) {
        if (seq.length > 0) flush();
        return;
      }
      if (seq.length === 0) seqStart = i === 0 || SENTENCE_BREAK.test(gap);
      seq.push(t);
    });
    if (seq.length > 0) flush();
  });
  // Gender from subject pronouns: each votes for the nearest person named before it (in its beat,
  // then the beat before) whose evidence so far does not say the other gender.
  let previous: Found[] = [];
  beatMentions.forEach((mentions, beat) => {
    (tokens[beat] ?? []).forEach((t, i) => {
      const possessive = t.word === 'his' || (t.word === 'her' && t.pos === 'det');
      const g = SUBJECT_PRONOUNS[t.word] ?? (possessive ? PRONOUNS[t.word] : undefined);
      if (!g) return;
      const before = mentions.filter((m) => m.at < i).reverse();
      const here = [
        ...before.filter((m) => m.subject).map((m) => m.person),
        ...(possessive ? [] : before.filter((m) => !m.subject).map((m) => m.person)),
      ];
      for (const p of [...here, ...previous]) {
        const lean = leanOf(p);
        if (lean === 0 || lean > 0 === (g === 'f')) {
          if (p.named) p.votes[g] += possessive ? 0.5 : 1;
          break;
        }
      }
    });
    if (mentions.length > 0) {
      const order = [...mentions].reverse();
      previous = [...order.filter((m) => m.subject), ...order.filter((m) => !m.subject)].map(
        (m) => m.person,
      );
    }
  });
  // "An old man … Anton": an unnamed person the nouns give a gender is the one named person of
  // that gender, when the story names just one.
  const namedOf = (g: Gender) =>
    found.filter(
      (p) => p.named && (p.free > 0 || p.count > 1) && leanOf(p) * (g === 'f' ? 1 : -1) > 0,
    );
  for (const p of [...found]) {
    if (p.named || p.kind === 'dancer' || [...p.nouns].some((n) => KIN.has(n))) continue;
    const g = leanOf(p) > 0 ? 'f' : leanOf(p) < 0 ? 'm' : undefined;
    // "the old teacher" is the story's one named teacher ("Madame Orlova"), whatever her gender says.
    const same =
      p.kind === 'character'
        ? found.filter((q) => q.named && q.kind === 'character' && q.count > 1)
        : g
          ? namedOf(g)
          : [];
    const into = same.length === 1 ? same[0] : undefined;
    if (!into) continue;
    into.count += p.count;
    for (const n of p.nouns) {
      into.nouns.add(n);
      byNoun.set(n, into);
    }
    found.splice(found.indexOf(p), 1);
  }
  const kept = found
    .filter((p) => !p.named || p.free > 0 || p.count > 1)
    .sort((a, b) => b.count - a.count || a.first - b.first);
  const names = new Map<string, string>();
  const nouns = new Map<string, string>();
  const ids = new Set<string>();
  let votes = 0;
  for (const list of tokens)
    for (const t of list) votes += PRONOUNS[t.word] === 'f' ? 1 : PRONOUNS[t.word] === 'm' ? -1 : 0;
  const people = kept.map((p): Person => {
    const name = p.named ? bestForm(p) : (p.display ?? 'The dancer');
    let id = slugOf(p.named ? idWordOf(name) : name.split(' ').slice(1).join(' '));
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    for (const k of p.keys) names.set(k, id);
    for (const n of p.nouns) if (!nouns.has(n)) nouns.set(n, id);
    const lean = leanOf(p);
    return {
      id,
      name,
      named: p.named,
      gender: lean > 0 ? 'f' : lean < 0 ? 'm' : votes < 0 ? 'm' : 'f',
      sure: lean !== 0,
      kind: p.kind,
      count: p.count,
      first: p.first,
    };
  });
  return { people, names, nouns };
}
