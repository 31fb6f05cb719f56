/** The cue-sheet contract: its vocabulary, the schema and the types derived from it, parse, migrate, overrides. */
export * from './vocabulary';
export type * from './schema';
export { cueSheetSchema } from './schema';
export { formatPath, parseCueSheet, serializeCueSheet, type ParseResult } from './parseCueSheet';
export { applyOverrides } from './overrides';
