import type { Citation } from '../citation.js';
import type { FieldVerdict } from '../result.js';
import { type ComparedPost, labelArchived } from './compared-post.js';
import { cleanInvisible, collapseWhitespace } from './normalize-text.js';
import { createVerdict } from './verdict.js';

/** A display name as readers see it: NFC, no zero-width/bidi marks (RTL names carry them), spaces collapsed. */
export function normalizeDisplayName(name: string): string {
  return collapseWhitespace(cleanInvisible(name));
}

/** Display names change often and freely: a difference is a notice, never an error. Emoji are kept. */
export function compareDisplayName(citation: Citation, compared: ComparedPost): FieldVerdict[] {
  const { post, archived } = compared;
  if (citation.name === null || post.name === null) return [];
  const evidence = { expected: citation.name, actual: post.name };
  if (normalizeDisplayName(citation.name) === normalizeDisplayName(post.name)) {
    return [createVerdict('name-match', labelArchived('The display name matches.', archived), evidence)];
  }
  return [
    createVerdict(
      'name-changed',
      labelArchived(`The author's display name is now "${post.name}".`, archived),
      evidence,
    ),
  ];
}
