import type { Citation } from '../citation.js';
import type { FieldVerdict, RetrievedPost } from '../result.js';
import { compareText } from './text.js';
import { createVerdict } from './verdict.js';

// Text classes that mean the newest version says something the article does not.
const CHANGED = new Set(['text-edited', 'text-similar', 'text-different']);

/**
 * An article citing an older version of an edited post quotes it faithfully, yet readers who follow the link
 * see the newest version: when that version's text differs, say so with a diff against it.
 */
export function compareLatestEdit(citation: Citation, latest: RetrievedPost): FieldVerdict[] {
  const [verdict] = compareText(citation, { post: latest, archived: false });
  if (verdict === undefined || !CHANGED.has(verdict.check)) return [];
  return [
    createVerdict(
      'text-edited',
      `The post was edited after the cited version: the newest version (${latest.id}) reads differently.`,
      {
        expected: citation.text,
        actual: latest.text,
        ...(verdict.diff === undefined ? {} : { diff: verdict.diff }),
      },
    ),
  ];
}
