import type { CueReason } from '../cuesheet/schema';

/** A `why` entry: this cue path was chosen by this rule because of these words. */
export function because(cue: string, rule: string, words: readonly string[] = []): CueReason {
  // Shared, not copied: match words are never mutated, and a long story makes many reasons.
  return { cue, rule, words: words as string[] };
}
