/** One word of a beat: folded for matching, raw for the `why` of a cue. */
export interface Token {
  /** Lower case, accents and ё folded away, a possessive 's dropped. */
  word: string;
  /** The word exactly as written. */
  raw: string;
  /** Char offset of the word in the beat's text. */
  start: number;
  /** Which sentence of the beat the word is in (0 first): gapped patterns stay inside one. */
  sentence?: number;
}

const SENTENCE_END = /[.!?;…。！？]/;

// Latin, Latin-1/Extended, combining accents and Cyrillic: plain ranges are much faster than \p{L}.
const WORD =
  /[A-Za-z\u00C0-\u024F\u0400-\u04FF](?:[A-Za-z\u00C0-\u024F\u0400-\u04FF]|[\u0300-\u036F])*(?:['’][A-Za-z\u00C0-\u024F\u0400-\u04FF]+)*/g;
const MARKS = /\p{M}/gu;

/** Lower case without accents (é → e, ё → е, й → и), so patterns need no accents. */
export function foldWord(raw: string): string {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  // Only words with non-ASCII letters pay for normalization.
  return /^[a-z']*$/.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** The words of a text in order; pass one `cache` (raw → folded) across the beats of a story. */
export function tokenize(text: string, cache: Map<string, string> = new Map()): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    if (tokens.length > 0 && SENTENCE_END.test(text.slice(previousEnd, m.index))) sentence++;
    previousEnd = m.index + raw.length;
    let word = cache.get(raw);
    if (word === undefined) {
      word = foldWord(raw);
      if (word.endsWith("'s")) word = word.slice(0, -2);
      cache.set(raw, word);
    }
    tokens.push({ word, raw, start: m.index, sentence });
  }
  return tokens;
}

function undouble(stem: string): string | undefined {
  const last = stem[stem.length - 1];
  return last !== undefined && last === stem[stem.length - 2] && !'aeiou'.includes(last)
    ? stem.slice(0, -1)
    : undefined;
}

/** The word and the stems it may inflect from (leaping → leap, twirled → twirl, curtsied → curtsy, spinning → spin). */
export function wordForms(word: string): string[] {
  const forms = [word];
  const add = (form: string | undefined): void => {
    if (form !== undefined && form.length >= 2) forms.push(form);
  };
  if (/(ies|ied)$/.test(word)) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    add(stem);
    add(word.slice(0, -1));
    add(undouble(stem));
  }
  if (word.endsWith('ing') && word.length > 4) {
    const stem = word.slice(0, -3);
    add(stem);
    add(`${stem}e`);
    add(undouble(stem));
  }
  if (word.endsWith('ly') && word.length > 4) add(word.slice(0, -2));
  return forms;
}
