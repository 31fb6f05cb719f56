import type { CueReason } from './types';

/** A `why` entry: this cue path was chosen by this rule because of these words. */
export function because(cue: string, rule: string, words: readonly string[] = []): CueReason {
  return { cue, rule, words: [...words] };
}
