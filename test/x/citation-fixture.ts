import type { Citation } from '../../src/citation.js';

/** A flattened-embed citation with the given fields (the rest as extraction leaves them empty). */
export function citation(fields: Partial<Citation> = {}): Citation {
  return {
    kind: 'embed',
    form: 'flattened-text',
    handle: null,
    name: null,
    dateText: null,
    date: null,
    statusId: null,
    text: null,
    links: [],
    quotedText: null,
    replyTo: null,
    location: { line: 1, column: 1, offset: 0 },
    ...fields,
  };
}
