/** The director: Beat[] -> CueSheet, with its vocabulary and types. */
export { directShow, type DirectOptions } from './directShow';
export { LEXICON, type LexiconEntry, type LexiconCue, type Mood } from './lexicon';
export { matchLexicon, compileLexicon, type LexiconMatch } from './matchLexicon';
export { tokenize, wordForms, type Token } from './tokenize';
export * from './vocabulary';
export type * from './types';
