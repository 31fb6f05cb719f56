/** One beat of the story: a sentence or clause the show dwells on, with its place in the source. */
export interface Beat {
  /** 0-based position in the story. */
  index: number;
  /** The beat's text exactly as in the source (trimmed of surrounding white space). */
  text: string;
  /** 0-based paragraph the beat belongs to. */
  paragraph: number;
  /** [startChar, endChar) into the original text; `source.slice(...span)` is `text`. */
  span: [number, number];
  /** Words counted for reading pace. */
  words: number;
  /** When the beat starts, from the reading pace. */
  startSec: number;
  /** How long the beat dwells, within the minimum and maximum dwell. */
  durationSec: number;
}

/** Options for dividing text into beats and timing them. */
export interface SegmentOptions {
  /** Reading pace; default 170. */
  wordsPerMinute?: number;
  /** Shortest dwell on a beat; default 2.5 s. */
  minDwellSec?: number;
  /** Longest dwell on a beat; default 12 s. */
  maxDwellSec?: number;
  /** A sentence longer than this splits at a clause boundary; default 35. */
  maxWords?: number;
  /** A fragment shorter than this joins a neighbour; default 4. */
  minWords?: number;
}
