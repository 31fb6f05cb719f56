import type { CastMember, CastOverride } from '../cuesheet/schema';
import { MAX_CHARACTERS, MAX_DANCERS, type Role } from '../cuesheet/vocabulary';
import { actionFamily } from './actionFamily';
import { CHARACTER_VERBS, PRONOUNS, type Gender } from './castWords';
import { talkedAbout } from './chooseStep';
import type { Person } from './detectCast';
import type { BeatSubjects } from './detectSubjects';
import type { TaggedToken } from './grammar';
import type { LexiconMatch } from './matchLexicon';
import { foldWord, wordForms } from './tokenize';

/** The cast of a show and each member's gender as the director reads it. */
export interface CastReading {
  /** Dancers first (lead, partner, soloists), then characters. */
  cast: CastMember[];
  genders: Record<string, Gender>;
  /** The rule and words that chose each member's role, for `why`. */
  reasons: Record<string, string>;
}

/** Families that make a person a dancer: a teacher who walks is still a teacher. */
const DANCING = new Set(['jump', 'turn', 'adagio', 'partnered', 'bow']);
const MOVING = new Set([...DANCING, 'travel']);

const GENDER_NAMES: Record<Gender, CastMember['gender']> = { f: 'female', m: 'male' };

/**
 * Chooses who dances: people the nouns call dancers, or who do steps in the text; people who
 * only teach, speak, watch or clap are characters. One to four dancers by how often the story
 * names them (lead, partner, soloists), up to two characters; a story with nobody gets one dancer.
 */
export function castPeople(
  people: Person[],
  subjects: BeatSubjects[],
  matches: LexiconMatch[][],
  tokens: TaggedToken[][],
  corrections: readonly CastOverride[] = [],
): CastReading {
  const moves = new Map<string, Set<string>>();
  const speaks = new Set<string>();
  subjects.forEach((s, b) => {
    for (const m of matches[b] ?? []) {
      const cue = m.entry.cue;
      const list = tokens[b] ?? [];
      if (cue.kind !== 'action' || list[m.token]?.quoted || talkedAbout(list, m.token)) continue;
      // The one lifted or held dances too ("he held her there").
      const done =
        m.entry.rule === 'lexicon.partnered'
          ? (s.mentions.find((x) => x.token > m.token && x.token <= m.token + 3 && !x.subject)
              ?.ids ?? [])
          : [];
      for (const id of [...(s.owners[m.token] ?? []), ...done]) {
        const set = moves.get(id) ?? new Set<string>();
        // "waited in the wings", "stood in fifth" are a dancer's; "watched", "listened" anyone's.
        const watching = isCharacterVerb(foldWord(m.words[0] ?? ''));
        for (const a of cue.actions) if (!watching) set.add(actionFamily(a));
        moves.set(id, set);
      }
    }
    (tokens[b] ?? []).forEach((t, i) => {
      if (t.pos !== 'verb' && t.pos !== 'noun' && t.pos !== 'other') return;
      if (!isCharacterVerb(t.word)) return;
      for (const id of s.owners[i] ?? []) speaks.add(id);
    });
  });
  const dancers: Person[] = [];
  const characters: Person[] = [];
  const reasons: Record<string, string> = {};
  people.forEach((p, rank) => {
    const families = moves.get(p.id) ?? new Set<string>();
    const dances = [...families].some((f) => DANCING.has(f));
    const moved = [...families].some((f) => MOVING.has(f));
    if (p.kind === 'character' && !dances) {
      characters.push(p);
      reasons[p.id] = 'cast.character-noun';
    } else if (p.kind === 'dancer' || moved || (families.size > 0 && !speaks.has(p.id))) {
      dancers.push(p);
      reasons[p.id] = p.kind === 'dancer' ? 'cast.dancer-noun' : 'cast.dances';
    } else if (speaks.has(p.id) && !moved) {
      characters.push(p);
      reasons[p.id] = 'cast.only-watches';
    } else if (rank < 2 && p.count > 1) {
      dancers.push(p);
      reasons[p.id] = 'cast.named-often';
    }
  });
  if (dancers.length === 0) {
    const top = characters.shift() ?? people[0];
    if (top) {
      dancers.push(top);
      reasons[top.id] = 'cast.only-person';
    }
  }
  // A partner the words leave unsure of is the lead's opposite (the pas de deux convention).
  const [first, second] = dancers;
  if (first?.sure && second && !second.sure && second.gender === first.gender)
    dancers[1] = { ...second, gender: first.gender === 'f' ? 'm' : 'f' };
  const cast: CastMember[] = dancers.slice(0, MAX_DANCERS).map((p, i) => ({
    id: p.id,
    name: p.name,
    gender: GENDER_NAMES[p.gender],
    role: (i === 0 ? 'lead' : i === 1 ? 'partner' : 'soloist') as Role,
  }));
  if (cast.length === 0) {
    cast.push({
      id: 'dancer',
      name: 'The dancer',
      gender: GENDER_NAMES[pronounGender(tokens)],
      role: 'lead',
    });
    reasons.dancer = 'cast.nobody-named';
  }
  for (const p of characters.slice(0, MAX_CHARACTERS)) {
    cast.push({ id: p.id, name: p.name, gender: GENDER_NAMES[p.gender], role: 'character' });
  }
  const corrected = applyCastOverrides(cast, corrections);
  const genders: Record<string, Gender> = {};
  for (const m of corrected) genders[m.id] = m.gender === 'female' ? 'f' : 'm';
  return { cast: corrected, genders, reasons };
}

const CHARACTER_VERB_CACHE = new Map<string, boolean>();
/** Whether a word is a form of a verb of speaking, teaching, watching or clapping (cached). */
function isCharacterVerb(word: string): boolean {
  let known = CHARACTER_VERB_CACHE.get(word);
  if (known === undefined) {
    known = wordForms(word).some((f) => CHARACTER_VERBS.has(f));
    if (CHARACTER_VERB_CACHE.size < 50_000) CHARACTER_VERB_CACHE.set(word, known);
  }
  return known;
}

/** The gender the story's pronouns speak of most (she when none do). */
function pronounGender(tokens: TaggedToken[][]): Gender {
  let lean = 0;
  for (const list of tokens)
    for (const t of list) lean += PRONOUNS[t.word] === 'm' ? -1 : PRONOUNS[t.word] === 'f' ? 1 : 0;
  return lean < 0 ? 'm' : 'f';
}

/** The user's corrections of names, genders and roles, by id; a correction never leaves the stage without a dancer. */
export function applyCastOverrides(
  cast: CastMember[],
  corrections: readonly CastOverride[],
): CastMember[] {
  if (corrections.length === 0) return cast;
  const next = cast.map((m) => {
    const fix = corrections.find((c) => c.id === m.id);
    return fix ? { ...m, ...definedOf(fix) } : m;
  });
  const dancing = next.filter((m) => m.role !== 'character');
  if (dancing.length === 0 || dancing.length > MAX_DANCERS) return cast;
  if (next.length - dancing.length > MAX_CHARACTERS) return cast;
  // Dancers before characters, as the sheet lists them.
  return [...dancing, ...next.filter((m) => m.role === 'character')];
}

function definedOf(fix: CastOverride): Partial<CastMember> {
  const out: Partial<CastMember> = {};
  if (fix.name !== undefined) out.name = fix.name;
  if (fix.gender !== undefined) out.gender = fix.gender;
  if (fix.role !== undefined) out.role = fix.role;
  return out;
}
