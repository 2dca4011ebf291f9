export { createExceptionSet, type ExceptionSet, type ExceptionSetOptions } from './exception-set.js';
export { type IgnoreEntry, IgnoreEntrySchema, IgnoreListSchema } from './ignore-entry.js';
export { findInlineMarkers, type InlineMarker } from './inline-markers.js';
