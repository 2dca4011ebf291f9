import { type CitationDraft, createDraft } from '../citation-draft.js';
import { attr, type DomNode, descendants, nodeSpan } from './dom-node.js';
import { citationFields, readPostRendering } from './post-rendering.js';

export function isAmpTwitter(node: DomNode): boolean {
  return node.name === 'amp-twitter';
}

/**
 * `<amp-twitter data-tweetid="…">`: one citation. Its `<blockquote placeholder>` is the same post shown
 * before AMP loads, so handle, name, date and text come from there and it is never counted separately.
 */
export function extractAmpTwitter(node: DomNode): CitationDraft {
  const placeholder = descendants(node).find((n) => n.name === 'blockquote');
  const shown = placeholder ? readPostRendering(placeholder) : undefined;
  const id = attr(node, 'data-tweetid') ?? attr(node, 'data-tweet-id') ?? '';
  return createDraft({
    kind: 'embed',
    form: 'amp',
    ...nodeSpan(node),
    ...(shown && citationFields(shown)),
    statusId: /^\d{1,20}$/.test(id.trim()) ? id.trim() : (shown?.statusId ?? null),
  });
}
