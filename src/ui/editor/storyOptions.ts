import type { BeatOverride, CastOverride, CueSheet } from '../../core';

/**
 * How a story is staged besides its text, kept across edits of the text: hand edits of beats
 * (matched by beat text), corrections of the cast (by cast id), and the prologue and epilogue
 * forced on or off (left out: the director decides).
 */
export interface StoryOptions {
  overrides?: BeatOverride[];
  castOverrides?: CastOverride[];
  prologue?: boolean;
  epilogue?: boolean;
}

/** Leaves out empty lists and undecided choices, so equal options compare and store equal. */
export function pruneOptions(options: StoryOptions): StoryOptions {
  const pruned: StoryOptions = {};
  if (options.overrides?.length) pruned.overrides = options.overrides;
  if (options.castOverrides?.length) pruned.castOverrides = options.castOverrides;
  if (options.prologue !== undefined) pruned.prologue = options.prologue;
  if (options.epilogue !== undefined) pruned.epilogue = options.epilogue;
  return pruned;
}

/** The staging options an imported cue sheet carries: its hand edits and cast corrections. */
export function sheetOptions(sheet: CueSheet): StoryOptions {
  return pruneOptions({ overrides: sheet.overrides, castOverrides: sheet.castOverrides });
}
