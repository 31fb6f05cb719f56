import { LEXICON, type LexiconEntry } from './lexicon';
import type { TaggedToken } from './grammar';
import { foldWord, wordForms, type Token } from './tokenize';

/** Action words that are other things as nouns: a hunter's bow, the spring, a watch, a stand. */
const NOUN_SENSES = new Set([
  'bow',
  'bows',
  'spring',
  'watch',
  'look',
  'stand',
  'wait',
  'run',
  'walk',
  'cold',
]);
/** Words that make a noun "bow" the dancer's bow: "took a bow", "a deep bow". */
// prettier-ignore
const BOW_NOUN = new Set(['took', 'take', 'takes', 'taking', 'made', 'make', 'gave', 'give', 'deep', 'low', 'final', 'graceful', 'small', 'little', 'sweeping', 'gracious', 'last', 'first', 'slight', 'formal', 'courtly', 'elegant', 'quick']);

/** "lifted her chin", "raised his hat": a lift of a part or a thing, not of a partner. */
// prettier-ignore
const NOT_PARTNERED = new Set(['chin', 'head', 'arm', 'arms', 'eyes', 'gaze', 'leg', 'legs', 'heel',
  'heels', 'skirt', 'hat', 'voice', 'face', 'glass', 'cup', 'veil', 'hem', 'brows', 'eyebrows',
  'shoulders', 'knee', 'foot', 'feet', 'finger', 'fingers', 'breath', 'bag', 'lantern', 'candle']);

/** Whether the match is a noun of another sense ("his bow", "in the spring"): then it names no action. */
function nounSense(entry: LexiconEntry, tagged: readonly TaggedToken[], at: number): boolean {
  const t = tagged[at];
  if (entry.rule === 'lexicon.partnered') {
    const object = tagged.findIndex((x, k) => k > at && /^(her|him|his|them)$/.test(x.word));
    const next = object >= 0 && object <= at + 2 ? tagged[object + 1] : undefined;
    if (next && NOT_PARTNERED.has(next.word)) return true;
  }
  if (!t || entry.cue.kind !== 'action' || !NOUN_SENSES.has(t.word)) return false;
  if (t.pos !== 'noun') return false;
  if (t.word.startsWith('bow')) {
    for (let k = Math.max(0, at - 3); k < at; k++) if (BOW_NOUN.has(tagged[k]!.word)) return false;
  }
  return true;
}

/** A lexicon entry heard in a beat, with the words that triggered it. */
export interface LexiconMatch {
  entry: LexiconEntry;
  /** The matched words as written. */
  words: string[];
  /** Index of the first matched token, for reading order. */
  token: number;
  /** Index of the last matched token. */
  end?: number;
}

/** Most words allowed between two parts of a pattern joined by "...". */
const MAX_GAP = 3;

interface Part {
  exact: Set<string>;
  prefixes: string[];
}

/** A pattern compiled into parts. */
export interface CompiledPattern {
  entry: LexiconEntry;
  parts: Part[];
  /** gaps[i]: how many words may come before part i (0 for adjacent). */
  gaps: number[];
}

/** A lexicon indexed by the first word of each pattern. */
export interface CompiledLexicon {
  byWord: Map<string, CompiledPattern[]>;
  /** Prefix patterns indexed by their first two letters. */
  byPrefix: Map<string, { prefix: string; pattern: CompiledPattern }[]>;
}

function compilePart(text: string): Part {
  const part: Part = { exact: new Set(), prefixes: [] };
  for (const alt of text.split('|')) {
    const folded = foldWord(alt);
    if (folded.endsWith('*')) part.prefixes.push(folded.slice(0, -1));
    else part.exact.add(folded);
  }
  return part;
}

/** Compiles lexicon entries into word and prefix indexes, so a beat is read in one pass. */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const lexicon: CompiledLexicon = { byWord: new Map(), byPrefix: new Map() };
  for (const entry of entries) {
    for (const source of entry.patterns) {
      const pattern: CompiledPattern = { entry, parts: [], gaps: [] };
      let gap = 0;
      for (const piece of source.split(/\s+/)) {
        if (piece === '...') {
          gap = MAX_GAP;
          continue;
        }
        pattern.parts.push(compilePart(piece));
        pattern.gaps.push(gap);
        gap = 0;
      }
      const first = pattern.parts[0];
      if (!first) continue;
      for (const word of first.exact) {
        const list = lexicon.byWord.get(word) ?? [];
        list.push(pattern);
        lexicon.byWord.set(word, list);
      }
      for (const prefix of first.prefixes) {
        const key = prefix.slice(0, 2);
        const list = lexicon.byPrefix.get(key) ?? [];
        list.push({ prefix, pattern });
        lexicon.byPrefix.set(key, list);
      }
    }
  }
  return lexicon;
}

function partMatches(part: Part, token: Token, info: WordInfo): boolean {
  for (const form of info.forms) if (part.exact.has(form)) return true;
  for (const prefix of part.prefixes) if (token.word.startsWith(prefix)) return true;
  return false;
}

function matchRest(
  pattern: CompiledPattern,
  tokens: Token[],
  infos: WordInfo[],
  start: number,
): number[] | undefined {
  const hits = [start];
  let at = start;
  for (let p = 1; p < pattern.parts.length; p++) {
    const part = pattern.parts[p]!;
    const last = Math.min(tokens.length - 1, at + 1 + (pattern.gaps[p] ?? 0));
    let found = -1;
    const sentence = tokens[at]!.sentence ?? 0;
    for (let t = at + 1; t <= last; t++) {
      // "The curtain fell. The audience rose": a gap never reaches into the next sentence.
      if ((tokens[t]!.sentence ?? 0) !== sentence) break;
      if (partMatches(part, tokens[t]!, infos[t]!)) {
        found = t;
        break;
      }
    }
    if (found < 0) return undefined;
    hits.push(found);
    at = found;
  }
  return hits;
}

const DEFAULT_LEXICON = compileLexicon(LEXICON);

/** What the lexicon knows of one word: its forms and the patterns it may start. */
export interface WordInfo {
  forms: string[];
  starts: CompiledPattern[];
}

function infoOf(word: string, lexicon: CompiledLexicon): WordInfo {
  const forms = wordForms(word);
  const starts = new Set<CompiledPattern>();
  for (const form of forms) for (const p of lexicon.byWord.get(form) ?? []) starts.add(p);
  for (const { prefix, pattern } of lexicon.byPrefix.get(word.slice(0, 2)) ?? []) {
    if (word.startsWith(prefix)) starts.add(pattern);
  }
  return { forms, starts: [...starts] };
}

/** Every lexicon entry the beat's words trigger, in reading order; pass one `cache` across a story's beats. */
export function matchLexicon(
  tokens: Token[],
  lexicon: CompiledLexicon = DEFAULT_LEXICON,
  cache: Map<string, WordInfo> = new Map(),
  tagged?: readonly TaggedToken[],
): LexiconMatch[] {
  const infos = tokens.map((token) => {
    let info = cache.get(token.word);
    if (!info) {
      info = infoOf(token.word, lexicon);
      cache.set(token.word, info);
    }
    return info;
  });
  const matches: LexiconMatch[] = [];
  infos.forEach((info, index) => {
    for (const pattern of info.starts) {
      const hits = matchRest(pattern, tokens, infos, index);
      if (hits && !(tagged && nounSense(pattern.entry, tagged, index))) {
        matches.push({
          entry: pattern.entry,
          words: hits.map((t) => tokens[t]!.raw),
          token: index,
          end: hits[hits.length - 1] ?? index,
        });
      }
    }
  });
  return matches;
}
