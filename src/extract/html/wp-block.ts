import { findStatusUrls } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { classTokens, type DomNode, nodeSpan } from './dom-node.js';
import { renderVisible } from './visible-text.js';

/** True for a Gutenberg embed figure: `<figure class="wp-block-embed … wp-block-embed-twitter">`. */
export function isWpEmbedBlock(node: DomNode): boolean {
  if (node.name !== 'figure' && node.name !== 'div') return false;
  return classTokens(node).includes('wp-block-embed');
}

/**
 * The post URL inside a Gutenberg embed figure (URL only: no text, name or date). The
 * `<!-- wp:embed {"url":…} -->` comment repeats the URL but is hidden, so the post counts once.
 */
export function extractWpBlock(node: DomNode): CitationDraft | undefined {
  const shown = renderVisible(node.children ?? []);
  const fromText = findStatusUrls(shown.text)[0];
  const status =
    fromText?.status ?? shown.anchors.map((a) => findStatusUrls(a.href)[0]?.status).find(Boolean);
  if (!status) return undefined;
  return createDraft({
    kind: 'embed',
    form: 'wp-block',
    ...nodeSpan(node),
    handle: status.handle,
    statusId: status.statusId,
  });
}
