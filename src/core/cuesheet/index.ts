export { cueSheetSchema } from './schema';
export { formatPath, parseCueSheet, serializeCueSheet, type ParseResult } from './parseCueSheet';
export { applyOverrides } from './overrides';
