import { applyOverrides } from './cuesheet/overrides';
import { directShow } from './direction/directShow';
import type { StoryReader } from './direction/grammar';
import type { BeatOverride, CastOverride, CueSheet } from './cuesheet/schema';
import { segmentBeats } from './story/segmentBeats';
import type { SegmentOptions } from './story/types';

/** Options for turning text into a show. */
export interface CreateShowOptions extends SegmentOptions {
  title?: string;
  seed?: number;
  /** Hand edits kept from an earlier version of the story, matched by beat text. */
  overrides?: BeatOverride[];
  /** Corrections of the cast the director read (name, gender, role), matched by cast id. */
  castOverrides?: CastOverride[];
  /** Force the prologue (house down, curtain opening) on or off; by default only when the text doesn't stage it. */
  prologue?: boolean;
  /** The reader that tags the words (default: the rule-based reader). */
  reader?: StoryReader;
  /** Force the epilogue (the curtain call) on or off; by default only when the text doesn't stage it. */
  epilogue?: boolean;
}

/** Thrown when a text cannot become a show (empty or whitespace only). */
export class StoryError extends Error {
  override name = 'StoryError';
}

/** Text -> beats -> cue sheet, with earlier hand edits reapplied: the whole engine in one call. */
export function createShow(text: string, options: CreateShowOptions = {}): CueSheet {
  const beats = segmentBeats(text, options);
  if (beats.length === 0) throw new StoryError('The story is empty: write or paste some text.');
  const sheet = directShow(beats, {
    title: options.title,
    seed: options.seed,
    castOverrides: options.castOverrides,
    prologue: options.prologue,
    epilogue: options.epilogue,
    reader: options.reader,
  });
  return applyOverrides(sheet, options.overrides);
}
