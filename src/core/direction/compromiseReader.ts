import nlp from 'compromise';
import { ruleReader, type Pos, type StoryReader } from './grammar';
import type { Token } from './tokenize';

/** One compromise term: where it sits in the beat's text and the tags it was given. */
interface Term {
  offset: { start: number; length: number };
  tags: string[];
}

/** compromise's tags, most telling first, onto our parts of speech. */
function posOf(tags: readonly string[]): Pos {
  const has = (tag: string) => tags.includes(tag);
  // "his bow", "her knees": a possessive pronoun stands where an article would.
  if (has('Pronoun')) return has('Possessive') ? 'det' : 'pron';
  if (has('ProperNoun') || has('Person')) return 'propn';
  if (has('Determiner')) return 'det';
  if (has('Preposition')) return 'prep';
  if (has('Conjunction')) return 'conj';
  if (has('Auxiliary') || has('Copula') || has('Modal')) return 'aux';
  // "ran out", "go on": the particle of a phrasal verb is an adverb, not a second verb.
  if (has('Particle') || has('Negative')) return 'adv';
  if (has('Verb')) return 'verb';
  if (has('Noun')) return 'noun';
  if (has('Adjective')) return 'adj';
  if (has('Adverb')) return 'adv';
  return 'other';
}

const LATIN = /[A-Za-z]/g;
const LETTER = /\p{L}/gu;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const NOT_NOMINAL: ReadonlySet<Pos> = new Set(['prep', 'conj', 'adv', 'det', 'pron', 'aux']);

/** Whether a beat is written mostly in Latin letters (compromise reads English only). */
function isLatin(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && (text.match(LATIN)?.length ?? 0) * 2 >= letters;
}

/** Each token's compromise term (the one it starts in), or undefined where compromise has none. */
function termsOf(tokens: readonly Token[], text: string): (Term | undefined)[] {
  const sentences = nlp(text).json({ offset: true }) as { terms: Term[] }[];
  const terms = sentences.flatMap((s) => s.terms);
  let k = 0;
  return tokens.map((t) => {
    // Terms and tokens both run in text order: walk them together. A contraction's implicit
    // half ("didn't" → did + not) has length 0 and is passed over.
    while (k < terms.length && terms[k]!.offset.start + terms[k]!.offset.length <= t.start) k++;
    const term = terms[k];
    return term && term.offset.start <= t.start ? term : undefined;
  });
}

/**
 * Where compromise's tags break the grammar the director relies on, the grammar wins: a noun
 * right after a subject pronoun is its verb ("he rose"), a gerund after a preposition is a noun
 * ("without warning"), and "her" before no noun is an object ("lifted her and").
 */
function repair(tokens: readonly Token[], text: string, tags: Pos[], terms: (Term | undefined)[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const joined = prev?.sentence === t.sentence && prev !== undefined;
    const gap = prev ? text.slice(prev.start + prev.raw.length, t.start) : '';
    if (tags[i] === 'noun' && joined && /^\s+$/.test(gap) && SUBJECT_PRONOUNS.has(prev.word))
      tags[i] = 'verb';
    else if (
      tags[i] === 'verb' &&
      joined &&
      tags[i - 1] === 'prep' &&
      terms[i]?.tags.includes('Gerund')
    )
      tags[i] = 'noun';
    else if (tags[i] === 'det' && t.word === 'her') {
      const nextTag = tags[i + 1];
      if (
        !next ||
        next.sentence !== t.sentence ||
        nextTag === undefined ||
        NOT_NOMINAL.has(nextTag)
      )
        tags[i] = 'pron';
    }
  }
  return tags;
}

/**
 * The English reader: compromise 14's tagger, its tags mapped onto our tokens by character
 * offset. A beat in another script, or a token compromise gave no term, keeps the rule tags.
 */
export const compromiseReader: StoryReader = {
  id: 'compromise',
  tag(tokens, text) {
    if (tokens.length === 0) return [];
    if (!isLatin(text)) return ruleReader.tag(tokens, text);
    const terms = termsOf(tokens, text);
    let rules: Pos[] | undefined;
    const tags = terms.map((term, i): Pos => {
      if (term) return posOf(term.tags);
      rules ??= ruleReader.tag(tokens, text);
      return rules[i] ?? 'other';
    });
    return repair(tokens, text, tags, terms);
  },
};
