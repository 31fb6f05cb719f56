/** The director: Beat[] -> CueSheet. */
export { directShow, type DirectOptions } from './directShow';
export { LEXICON, type LexiconEntry, type LexiconCue, type Figure } from './lexicon';
export { matchLexicon, compileLexicon, type LexiconMatch } from './matchLexicon';
export { tokenize, wordForms, type Token } from './tokenize';
