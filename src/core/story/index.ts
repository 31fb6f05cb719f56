/** The story engine: text -> Beat[]. */
export { segmentBeats } from './segmentBeats';
export { DEFAULT_SEGMENT_OPTIONS, resolveSegmentOptions } from './segmentDefaults';
export { countWords } from './countWords';
export { splitParagraphs } from './splitParagraphs';
export { splitSentences } from './splitSentences';
export type { TextRange } from './textRange';
export type { Beat, SegmentOptions } from './types';
