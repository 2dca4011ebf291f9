import { findStatusUrls } from '../x-url/index.js';
import { type CitationDraft, createDraft } from './citation-draft.js';
import type { Span } from './masked-text.js';

/**
 * Status links in visible prose: Markdown links (`[text](url)`, `[![img](src)](url)`), reference
 * definitions, autolinks and bare URLs — one citation per occurrence. `[url](url)` shows the URL
 * twice but is one link. Anything inside an embed's span belongs to that embed.
 */
export function extractProseLinks(
  text: string,
  prose: readonly Span[],
  isClaimed: (index: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  for (const span of prose) {
    for (const match of findStatusUrls(text, span.start, span.end)) {
      if (drafts.length > limit) return drafts;
      if (isClaimed(match.start)) continue;
      // The label of [url](same url) is not a second link.
      const destination = /^\]\(\s*<?([^\s()<>]{1,2000})/.exec(text.slice(match.end, match.end + 2100))?.[1];
      if (
        destination !== undefined &&
        findStatusUrls(destination)[0]?.status.statusId === match.status.statusId
      ) {
        continue;
      }
      drafts.push(
        createDraft({
          kind: 'link',
          form: 'status-link',
          start: match.start,
          end: match.end,
          handle: match.status.handle,
          statusId: match.status.statusId,
        }),
      );
    }
  }
  return drafts;
}
