import { parseStatusUrl } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import type { Span } from '../masked-text.js';
import { extractAmpTwitter, isAmpTwitter } from './amp-twitter.js';
import { attr, type DomNode, descendants, isElement, nodeSpan, parseDom } from './dom-node.js';
import { extractBylineBlockquote, extractEmbedBlockquote, isEmbedBlockquote } from './embed-blockquote.js';
import { extractIframeWidget, readWidgetId } from './iframe-widget.js';
import { extractPostCard, isPostCard } from './post-card.js';
import { extractWpBlock, isWpEmbedBlock } from './wp-block.js';

/** What one DOM pass finds: embeds, status links in anchors, and the prose text left to scan. */
export interface DomScan {
  embeds: CitationDraft[];
  links: CitationDraft[];
  /** Source spans of visible text outside embeds, anchors and code: where bare links may sit. */
  proseSpans: Span[];
  /** Source spans of elements hidden by markup (`hidden`, `display: none`): no reader sees them. */
  hiddenSpans: Span[];
}

// Never rendered as page content, or shown as code: nothing inside is a citation.
const HIDDEN = new Set(['script', 'style', 'template', 'textarea', 'title', 'head', 'pre', 'code', 'xmp']);

/**
 * Walks the DOM once. `<noscript>` embeds count only when the page does not render the same post
 * elsewhere: they are usually the no-JS fallback of a widget (a duplicate), but lazy-loading
 * plugins leave the only copy there.
 */
export function scanDom(text: string): DomScan {
  const root = parseDom(text);
  const mayHoldByline = bylineCandidates(text);
  const scan: DomScan = { embeds: [], links: [], proseSpans: [], hiddenSpans: [] };
  const fallbackEmbeds: CitationDraft[] = [];
  const stack: { node: DomNode; inNoscript: boolean }[] = (root.children ?? [])
    .map((node) => ({ node, inNoscript: false }))
    .reverse();
  while (stack.length > 0) {
    const { node, inNoscript } = stack.pop() as { node: DomNode; inNoscript: boolean };
    const embeds = inNoscript ? fallbackEmbeds : scan.embeds;
    if (node.type === 'text') {
      if (!inNoscript && node.startIndex !== null) scan.proseSpans.push(nodeSpan(node));
      continue;
    }
    if (!isElement(node) || HIDDEN.has(node.name ?? '')) continue;
    if (isHiddenByMarkup(node)) {
      scan.hiddenSpans.push(nodeSpan(node));
      continue;
    }
    const found = readEmbed(node, mayHoldByline);
    if (found !== 'descend') {
      embeds.push(...found);
      continue;
    }
    if (node.name === 'a') {
      // Newsletters send links through click trackers: the post's URL is then only the anchor's text.
      const status = parseStatusUrl(attr(node, 'href') ?? '') ?? statusShownBy(node);
      if (status && !inNoscript) {
        scan.links.push(
          createDraft({
            kind: 'link',
            form: 'status-link',
            ...nodeSpan(node),
            handle: status.handle,
            statusId: status.statusId,
          }),
        );
      }
      continue;
    }
    const childContext = inNoscript || node.name === 'noscript';
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as DomNode, inNoscript: childContext });
    }
  }
  const shown = new Set(scan.embeds.map((e) => e.statusId).filter((id) => id !== null));
  for (const fallback of fallbackEmbeds) {
    if (fallback.statusId === null || !shown.has(fallback.statusId)) scan.embeds.push(fallback);
  }
  return scan;
}

/** The embeds a node stands for, or 'descend' when the node is only a wrapper (or not an embed). */
function readEmbed(node: DomNode, mayHoldByline: (node: DomNode) => boolean): CitationDraft[] | 'descend' {
  if (isAmpTwitter(node)) return [extractAmpTwitter(node)];
  if (isPostCard(node)) {
    const card = extractPostCard(node);
    return card ? [card] : 'descend';
  }
  if (isEmbedBlockquote(node)) {
    // A rendered embed keeps its class on a wrapper around the widget iframe: count the widget.
    if (containsWidget(node)) return 'descend';
    // Nested embeds are renderings too (and the outer one's quotedText). An empty outer shell is what an
    // unterminated blockquote leaves behind when it swallows the next embed: drop empty ones.
    const drafts = [node, ...descendants(node).filter(isEmbedBlockquote)].map(extractEmbedBlockquote);
    return drafts.filter((d) => drafts.length === 1 || !isEmpty(d));
  }
  if (isWpEmbedBlock(node)) {
    if (containsWidget(node) || descendants(node).some((n) => isEmbedBlockquote(n) || isAmpTwitter(n))) {
      return 'descend';
    }
    const draft = extractWpBlock(node);
    return draft ? [draft] : 'descend';
  }
  if (node.name === 'blockquote' && mayHoldByline(node)) {
    // A quote around other quotes or real embeds is only a wrapper: the innermost quote is the post (and
    // reading each level would render the same subtree again and again).
    const inside = descendants(node);
    if (containsWidget(node) || inside.some((n) => n.name === 'blockquote' || isAmpTwitter(n))) {
      return 'descend';
    }
    const draft = extractBylineBlockquote(node);
    return draft ? [draft] : 'descend';
  }
  const widget = extractIframeWidget(node);
  // A wrapper that names the post (`<div data-tweet-id>`) around the embed markup itself: the markup
  // shows more (byline, date, text), so it stands for the post.
  if (widget && descendants(node).some((n) => isEmbedBlockquote(n) || isAmpTwitter(n))) return 'descend';
  return widget ? [widget] : 'descend';
}

// One post's markup fits well within this; bigger quotes are article sections, not embeds.
const MAX_BYLINE_QUOTE = 20_000;

/**
 * Rendering a plain blockquote costs its size and quotes nest, so only quotes that are small enough to be
 * one post and contain a `(@` byline marker are read (found by binary search over the marker positions).
 */
function bylineCandidates(text: string): (node: DomNode) => boolean {
  const marks: number[] = [];
  for (let i = text.indexOf('(@'); i !== -1; i = text.indexOf('(@', i + 2)) marks.push(i);
  return (node) => {
    const { start, end } = nodeSpan(node);
    if (end - start > MAX_BYLINE_QUOTE || marks.length === 0) return false;
    let low = 0;
    let high = marks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((marks[mid] as number) < start) low = mid + 1;
      else high = mid;
    }
    return low < marks.length && (marks[low] as number) < end;
  };
}

/** `hidden`, or an inline `display: none`: the element is not shown, and neither is anything in it. */
function isHiddenByMarkup(node: DomNode): boolean {
  if (attr(node, 'hidden') !== undefined) return true;
  return /(?:^|;)\s*display\s*:\s*none\b/i.test(attr(node, 'style') ?? '');
}

function statusShownBy(anchor: DomNode): ReturnType<typeof parseStatusUrl> {
  const children = anchor.children ?? [];
  const only = children.length === 1 ? children[0] : undefined;
  return only?.type === 'text' ? parseStatusUrl((only.data ?? '').trim()) : undefined;
}

function isEmpty(draft: CitationDraft): boolean {
  return draft.statusId === null && draft.handle === null && draft.text === null;
}

function containsWidget(node: DomNode): boolean {
  return descendants(node).some((n) => isElement(n) && readWidgetId(n) !== undefined);
}
