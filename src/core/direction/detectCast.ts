import type { CastMember } from './types';
import {
  LEAD_ROLES,
  NOT_NAMES,
  PARTNER_ROLES,
  PLACE_WORDS,
  PRONOUNS,
  SUBJECT_PRONOUNS,
  type Gender,
} from './castWords';
import { nameKey, slugOf } from './names';
import type { Token } from './tokenize';

/** The two dancers of a story and how to recognise them in its words. */
export interface CastReading {
  /** Always two: the lead (role "ballerina") then the partner. */
  cast: [CastMember, CastMember];
  genders: Record<string, Gender>;
  /** Name keys (see nameKey) → cast id. */
  names: Map<string, string>;
}

interface Person {
  keys: Set<string>;
  count: number;
  /** Mentions not at the start of a sentence, where a capital means a name. */
  free: number;
  first: number;
  forms: Map<string, number>;
  votes: Record<Gender, number>;
  nearRole: boolean;
}

/** Role nouns that make a better display name than "Her partner" ("The prince"). */
const NAMED_ROLES: ReadonlySet<string> = new Set(['prince', 'cavalier', 'danseur', 'suitor']);

const SENTENCE_BREAK = /[.!?…"“«]/;

/** Titles before a name: "Prince Siegfried" is a name even at the start of a sentence. */
const TITLES: ReadonlySet<string> = new Set([
  'prince',
  'princess',
  'king',
  'queen',
  'lord',
  'lady',
  'sir',
  'count',
  'countess',
  'duke',
  'duchess',
  'baron',
  'madame',
  'monsieur',
  'mr',
  'mrs',
  'miss',
  'dr',
  'принц',
  'принцесса',
  'граф',
  'графиня',
  'король',
  'королева',
]);

/** The id-giving word of a name: its first word that is not a title ("Prince Siegfried" → Siegfried). */
function idWordOf(name: string): string {
  const words = name.split(' ');
  return words.find((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, ''))) ?? words[0] ?? '';
}

function isCapitalized(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

/** Female minus male evidence: subject pronouns, role nouns, a name ending in -a/-я. */
function leanOf(p: Person): number {
  const ending = /[ая]$/i.test(bestForm(p).split(' ')[0] ?? '') ? 0.5 : 0;
  return p.votes.f - p.votes.m + ending;
}

function bestForm(person: Person): string {
  let best = '';
  let bestScore = -1;
  for (const [form, count] of person.forms) {
    const score = form.split(' ').length * 1000 + count;
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  return best;
}

/** Finds the story's people (repeated or mid-sentence capitalized names, role nouns) and casts the lead and partner. */
export function detectCast(texts: string[], tokens: Token[][]): CastReading {
  const lowerWords = new Set<string>();
  for (const list of tokens)
    for (const t of list) if (!isCapitalized(t.raw)) lowerWords.add(t.word);
  const byKey = new Map<string, Person>();
  const people: Person[] = [];
  const votes: Record<Gender, number> = { f: 0, m: 0 };
  // Per beat: the people named and the token after which a pronoun may refer to them.
  let partnerRole: string | undefined;
  const beatPeople = tokens.map(() => new Map<Person, number>());
  tokens.forEach((list, beat) => {
    const text = texts[beat] ?? '';
    let seq: Token[] = [];
    let seqStart = true;
    const flush = (): void => {
      // Openers that are not names: function words, and words the story also writes in lower case.
      const words = seq.filter((t) => !NOT_NAMES.has(t.word) && !lowerWords.has(t.word));
      const place = seq.some((t) => PLACE_WORDS.has(t.word));
      const titled = seq.length > 1 && TITLES.has(seq[0]!.word);
      if (words.length > 0 && !place) {
        record(words, seqStart && seq[0] === words[0] && !titled, beat, list);
      }
      seq = [];
    };
    const record = (words: Token[], atStart: boolean, at: number, all: Token[]): void => {
      const keys = words.map((t) => nameKey(t.word));
      let person = keys.map((k) => byKey.get(k)).find((p) => p !== undefined);
      if (!person) {
        person = {
          keys: new Set(),
          count: 0,
          free: 0,
          first: at,
          forms: new Map(),
          votes: { f: 0, m: 0 },
          nearRole: false,
        };
        people.push(person);
      }
      for (const k of keys) {
        if (byKey.has(k)) continue;
        byKey.set(k, person);
        person.keys.add(k);
      }
      person.count++;
      if (!beatPeople[at]!.has(person)) beatPeople[at]!.set(person, all.indexOf(words[0]!));
      if (!atStart) person.free++;
      const form = words
        .map((t) => (text.charAt(t.start - 1) === '-' ? '-' : ' ') + t.raw.replace(/['’]s$/, ''))
        .join('')
        .slice(1);
      person.forms.set(form, (person.forms.get(form) ?? 0) + 1);
      for (const t of all) {
        if (LEAD_ROLES.has(t.word)) person.votes.f += 2;
        if (PARTNER_ROLES.has(t.word)) person.nearRole = true;
      }
    };
    list.forEach((t, i) => {
      const prevEnd = i > 0 ? list[i - 1]!.start + list[i - 1]!.raw.length : 0;
      const gap = text.slice(prevEnd, t.start);
      const g = PRONOUNS[t.word];
      if (g) votes[g]++;
      if (!partnerRole && PARTNER_ROLES.has(t.word)) partnerRole = t.word;
      // "Valentina Kalmurzaeva", "Jean-Pierre": one name.
      const joined = seq.length > 0 && /^(\s+|-)$/.test(gap);
      if (!joined && seq.length > 0) flush();
      if (!isCapitalized(t.raw)) {
        if (seq.length > 0) flush();
        return;
      }
      if (seq.length === 0) seqStart = i === 0 || SENTENCE_BREAK.test(gap);
      seq.push(t);
    });
    if (seq.length > 0) flush();
  });
  // Gender from subject pronouns ("she", "он") in beats that name one person, or in the unnamed beat after.
  // A pronoun before the name ("He bowed to Odile") is someone else.
  beatPeople.forEach((named, beat) => {
    const [entry] = named;
    if (!entry || named.size > 1) return;
    const [person, at] = entry;
    const next = beatPeople[beat + 1]?.size === 0 ? (tokens[beat + 1] ?? []) : [];
    for (const t of [...(tokens[beat] ?? []).slice(at + 1), ...next]) {
      const g = SUBJECT_PRONOUNS[t.word];
      if (g) person.votes[g]++;
    }
  });
  const named = people
    .filter((p) => p.free > 0 || p.count > 1)
    .sort((a, b) => b.count - a.count || leanOf(b) - leanOf(a) || a.first - b.first);
  const genderOf = (p: Person, otherwise: Gender): Gender => {
    const lean = leanOf(p);
    return lean > 0 ? 'f' : lean < 0 ? 'm' : otherwise;
  };
  const leadPerson = named[0];
  const leadGender: Gender = leadPerson ? genderOf(leadPerson, 'f') : votes.m > votes.f ? 'm' : 'f';
  const lead: CastMember = leadPerson
    ? {
        id: slugOf(idWordOf(bestForm(leadPerson))),
        name: bestForm(leadPerson),
        role: 'ballerina',
      }
    : leadGender === 'f'
      ? { id: 'ballerina', name: 'The ballerina', role: 'ballerina' }
      : { id: 'dancer', name: 'The dancer', role: 'ballerina' };
  const second = named.slice(1).find((p) => p.count > 1 || p.nearRole);
  let partner: CastMember = {
    id: 'partner',
    name:
      partnerRole && NAMED_ROLES.has(partnerRole)
        ? `The ${partnerRole}`
        : leadGender === 'f'
          ? 'Her partner'
          : 'His partner',
    role: 'partner',
  };
  let partnerGender: Gender = leadGender === 'f' ? 'm' : 'f';
  if (second) {
    const name = bestForm(second);
    partner = { id: slugOf(idWordOf(name)), name, role: 'partner' };
    partnerGender = genderOf(second, leadGender === 'f' ? 'm' : 'f');
  }
  if (partner.id === lead.id) partner.id = `${partner.id}-2`;
  const names = new Map<string, string>();
  if (leadPerson) for (const k of leadPerson.keys) names.set(k, lead.id);
  if (second) for (const k of second.keys) names.set(k, partner.id);
  return {
    cast: [lead, partner],
    genders: { [lead.id]: leadGender, [partner.id]: partnerGender },
    names,
  };
}
