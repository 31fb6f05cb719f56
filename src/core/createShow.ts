import { applyOverrides } from './cuesheet/overrides';
import { directShow } from './direction/directShow';
import type { BeatOverride, CueSheet } from './direction/types';
import { segmentBeats } from './story/segmentBeats';
import type { SegmentOptions } from './story/types';

/** Options for turning text into a show. */
export interface CreateShowOptions extends SegmentOptions {
  title?: string;
  seed?: number;
  /** Hand edits kept from an earlier version of the story, matched by beat text. */
  overrides?: BeatOverride[];
}

/** Thrown when a text cannot become a show (empty or whitespace only). */
export class StoryError extends Error {
  override name = 'StoryError';
}

/** Text -> beats -> cue sheet, with earlier hand edits reapplied: the whole engine in one call. */
export function createShow(text: string, options: CreateShowOptions = {}): CueSheet {
  const beats = segmentBeats(text, options);
  if (beats.length === 0) throw new StoryError('The story is empty: write or paste some text.');
  const sheet = directShow(beats, { title: options.title, seed: options.seed });
  return applyOverrides(sheet, options.overrides);
}
