/** One word of a beat: folded for matching, raw for the `why` of a cue. */
export interface Token {
  /** Lower case, accents and ё folded away, a possessive 's dropped. */
  word: string;
  /** The word exactly as written. */
  raw: string;
  /** Char offset of the word in the beat's text. */
  start: number;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;
const MARKS = /\p{M}/gu;

/** Lower case without accents (é → e, ё → е, й → и), so patterns need no accents. */
export function foldWord(raw: string): string {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  // Only words with non-ASCII letters pay for normalization.
  return /^[a-z']*$/.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** The words of a text in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = foldWord(m[0]);
    if (word.endsWith("'s")) word = word.slice(0, -2);
    tokens.push({ word, raw: m[0], start: m.index });
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
