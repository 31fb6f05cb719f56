import { foldWord, wordForms, type Token } from './tokenize';

/** Parts of speech the director reads: enough to tell who does what, and a noun from a verb. */
export type Pos =
  'propn' | 'pron' | 'det' | 'prep' | 'conj' | 'aux' | 'verb' | 'noun' | 'adj' | 'adv' | 'other';

/** A token with its part of speech. */
export interface TaggedToken extends Token {
  pos: Pos;
  /** Inside quoted speech: a step someone talks about is not danced. */
  quoted: boolean;
}

/**
 * The uncertain part of reading, behind one interface: a reader tags one beat's tokens with
 * parts of speech. The rule-based reader is the deterministic default and serves every script.
 */
export interface StoryReader {
  readonly id: string;
  /** Parts of speech of `tokens` (one per token), from the beat's `text`. */
  tag(tokens: readonly Token[], text: string): Pos[];
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldWord));

// prettier-ignore
const DETERMINERS = set('the a an this that these those every each some no another any its his her their my our your этот эта это');
const POSSESSIVES = set('his her their its my our your его ее их');
// prettier-ignore
const PREPOSITIONS = set('in on at to into onto from with by for of across through toward towards behind before after over under around beside between among upon off along past near against within without beneath above below like about inside outside throughout underneath beyond despite than via в на к по из с у за под над перед через');
// prettier-ignore
const CONJUNCTIONS = set('and or but nor while as when because until though although yet so if whether whereas once since then и а но или когда пока');
// prettier-ignore
const AUXILIARIES = set('was were is are am be been being had has have did does do would could should might must will can shall may не was');
// prettier-ignore
const PRONOUNS = set('he she they i we you it him them me us her hers himself herself themselves itself who whom someone everyone nobody он она они мы я ты');
// prettier-ignore
const ADVERBS = set('then slowly suddenly gently softly finally again still just almost never always once quickly lightly barely only even also too very so there here now soon already away back down up out forward forth together alone high low');
/** Words ending in -ed or -ing that are not verbs. */
const NOT_VERBS = set(
  'bed red wed shed sled thing ring king wing sing spring string evening morning something nothing everything anything ceiling during',
);
// prettier-ignore
const IRREGULAR_PAST = set('ran came went fell rose stood sat took gave held knelt spun sprang leapt flew swept caught threw drew left fled began saw heard felt knew thought said told made found kept lay led met stole struck swung tore wept woke wore wound bent broke brought');

function isCapitalized(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

/** The rule-based reader: closed word classes, word shape and word order; any script. */
export const ruleReader: StoryReader = {
  id: 'rules',
  tag(tokens, text) {
    const tags: Pos[] = [];
    tokens.forEach((t, i) => {
      const w = t.word;
      const prev = tokens[i - 1];
      const prevTag = tags[i - 1];
      const capital = isCapitalized(t.raw);
      // Only a capital asks where the sentence starts (a quote or a dash opens one too).
      const sentenceStart =
        capital &&
        (!prev ||
          prev.sentence !== t.sentence ||
          /["“«—]/.test(text.slice(prev.start + prev.raw.length, t.start)));
      let pos: Pos;
      if (PRONOUNS.has(w) && !(w === 'her' && nextIsNominal(tokens, i))) pos = 'pron';
      else if (DETERMINERS.has(w) || POSSESSIVES.has(w)) pos = 'det';
      else if (PREPOSITIONS.has(w)) pos = 'prep';
      else if (CONJUNCTIONS.has(w)) pos = 'conj';
      else if (AUXILIARIES.has(w)) pos = 'aux';
      else if (ADVERBS.has(w) || (w.endsWith('ly') && w.length > 4)) pos = 'adv';
      else if (capital && !sentenceStart) pos = 'propn';
      else if (capital && !IRREGULAR_PAST.has(w)) pos = 'noun';
      else if (prevTag === 'det' || /['’]s$/.test(prev?.raw ?? '') || NOT_VERBS.has(w))
        pos = 'noun';
      else if (IRREGULAR_PAST.has(w) || ((/ed$|ing$/.test(w) || w.length > 2) && !NOT_VERBS.has(w)))
        pos = verbish(w, prevTag) ? 'verb' : 'noun';
      else pos = 'other';
      tags.push(pos);
    });
    return tags;
  },
};

/** "her partner": "her" is a possessive when a noun-like word follows. */
function nextIsNominal(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i]?.sentence) return false;
  const w = next.word;
  return !(
    PREPOSITIONS.has(w) ||
    CONJUNCTIONS.has(w) ||
    ADVERBS.has(w) ||
    DETERMINERS.has(w) ||
    w.endsWith('ly') ||
    PRONOUNS.has(w)
  );
}

const INFLECTED = new Map<string, boolean>();
/** Whether a word has an inflection to strip (cached: a story repeats its words). */
function inflected(word: string): boolean {
  let known = INFLECTED.get(word);
  if (known === undefined) {
    known = wordForms(word).length > 1;
    if (INFLECTED.size < 50_000) INFLECTED.set(word, known);
  }
  return known;
}

/** A content word after a subject, an auxiliary, an adverb or a conjunction reads as a verb. */
function verbish(word: string, prevTag: Pos | undefined): boolean {
  if (prevTag === 'pron' || prevTag === 'propn' || prevTag === 'aux' || prevTag === 'adv')
    return true;
  if (prevTag === 'conj' || prevTag === 'noun' || prevTag === undefined || prevTag === 'other')
    return IRREGULAR_PAST.has(word) || word.endsWith('ed') || inflected(word);
  return false;
}

const QUOTE = /["“”«»]/;

/** Tags every beat's tokens with the given reader (the tokens become the tagged tokens). */
export function tagBeats(
  reader: StoryReader,
  tokens: readonly Token[][],
  texts: readonly string[],
): TaggedToken[][] {
  return tokens.map((list, b) => {
    const text = texts[b] ?? '';
    const tags = reader.tag(list, text);
    const quotes = QUOTE.test(text);
    let inQuote = false;
    let last = 0;
    // Tagged in place: a story's tokens are made for this reading (no copy per word).
    return list.map((t, i) => {
      if (quotes) {
        for (let k = last; k < t.start; k++) {
          const ch = text.charCodeAt(k);
          if (ch === 34) inQuote = !inQuote;
          else if (ch === 0x201c || ch === 0xab) inQuote = true;
          else if (ch === 0x201d || ch === 0xbb) inQuote = false;
        }
        last = t.start;
      }
      const tagged = t as TaggedToken;
      tagged.pos = tags[i] ?? 'other';
      tagged.quoted = inQuote;
      return tagged;
    });
  });
}
