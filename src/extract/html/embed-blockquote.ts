import type { CitedLink } from '../../citation.js';
import { parseStatusUrl, type StatusUrl } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { citedLinkFromAnchor } from '../link-kind.js';
import { matchDateAt, parseLocalizedDate } from '../localized-date.js';
import { findLastSignature } from '../signature.js';
import { linksElsewhere, parseSignatureLine } from '../text/signature-line.js';
import { attr, classTokens, type DomNode, nodeSpan } from './dom-node.js';
import { type RenderedAnchor, renderVisible, tidyText } from './visible-text.js';

const EMBED_CLASSES = new Set(['twitter-tweet', 'twitter-video']);
const ID_ATTRIBUTES = ['data-tweet-id', 'data-tweetid', 'data-id'];
const REPLYING_TO =
  /^Replying to @(\w{1,50})(?:(?:,| and| &)?\s*@\w{1,50}){0,10}(?:,? and \d{1,6} others?)?\s*\n+/;
const JSX_SPACE = /\{\s*(["'`])\s*\1\s*\}/g;

/** True for `<blockquote class="twitter-tweet …">` (and the `twitter-video` and `<div>` variants). */
export function isEmbedBlockquote(node: DomNode): boolean {
  if (node.name !== 'blockquote' && node.name !== 'div') return false;
  return classTokens(node).some((c) => EMBED_CLASSES.has(c));
}

/** What a post rendering shows: byline, date, text and links, read from a blockquote-like node. */
export interface PostRendering {
  handle: string | null;
  name: string | null;
  dateText: string | null;
  date: string | null;
  statusId: string | null;
  text: string | null;
  links: CitedLink[];
  quotedText: string | null;
  replyTo: string | null;
  /** True when a `— Name (@handle)` byline was found (not just a status link). */
  signed: boolean;
  /** Where the link after the byline (the date, normally a permalink) leads, or null. */
  dateHref: string | null;
}

/**
 * Reads a standard embed: `<p>text</p>&mdash; Name (@handle) <a href="…/status/ID">Date</a>`.
 * The byline is the LAST `— Name (@handle)` before the status link, so dashes in the text are safe.
 * Nested embeds are not part of the text; the first one becomes `quotedText`.
 */
export function readPostRendering(node: DomNode): PostRendering {
  const nested: DomNode[] = [];
  const rendered = renderVisible(node.children ?? [], (child) => {
    if (isEmbedBlockquote(child)) {
      nested.push(child);
      return true;
    }
    return false;
  });
  let statusAnchor = lastStatusAnchor(rendered.anchors);
  // A status URL before the byline is a link in the post text (the href behind a t.co link to another
  // post), not this post's permalink: the embed then shows no status ID of its own.
  const byline = statusAnchor ? findLastSignature(rendered.text) : undefined;
  if (statusAnchor && byline && statusAnchor.anchor.start < byline.start) statusAnchor = undefined;
  const beforeAnchor = rendered.text.slice(0, statusAnchor?.anchor.start ?? rendered.text.length);
  const signature = findLastSignature(beforeAnchor);
  let textEnd = beforeAnchor.length;
  let dateText: string | null = null;
  let dateHref: string | null = null;
  if (signature) {
    dateHref =
      rendered.anchors.filter((a) => a.start >= signature.end).sort((a, b) => a.start - b.start)[0]?.href ??
      null;
    textEnd = signature.start;
    // Prettier puts a JSX space, {' '}, between the byline and the date link in MDX.
    const between = beforeAnchor.slice(signature.end).replace(JSX_SPACE, '').trim();
    if (statusAnchor && between === '') dateText = statusAnchor.anchor.text.trim() || null;
    else dateText = matchDateAt(between)?.dateText ?? null;
  } else if (statusAnchor) {
    const anchorText = statusAnchor.anchor.text.trim();
    dateText = parseLocalizedDate(anchorText) ? anchorText : null;
  }
  // An embed whose byline lost its name can still end with a bare dash before the date link.
  let text = tidyText(rendered.text.slice(0, textEnd).replace(/(?:—|&mdash;)\s*$/, ''));
  // Some sites keep X's "Replying to @handle" line above a reply: it says whom, it is not the text.
  const replying = REPLYING_TO.exec(text);
  if (replying) text = text.slice(replying[0].length);
  const links: CitedLink[] = [];
  for (const anchor of rendered.anchors) {
    if (anchor.start >= textEnd || anchor === statusAnchor?.anchor) continue;
    const link = citedLinkFromAnchor(anchor.href, anchor.text);
    if (link) links.push(link);
  }
  const idFromAttribute = ID_ATTRIBUTES.map((name) => attr(node, name)).find(
    (v) => v && /^\d{1,20}$/.test(v),
  );
  // Deeper embeds inside the quoted one are its own business (and rendering them would go quadratic).
  const quoted = nested[0] ? quotedPostText(nested[0]) : '';
  return {
    handle: signature?.handle ?? statusAnchor?.status.handle ?? null,
    name: signature?.name ?? null,
    dateText,
    date: dateText ? parseLocalizedDate(dateText) : null,
    statusId: statusAnchor?.status.statusId ?? idFromAttribute ?? null,
    text: text.length > 0 ? text : null,
    links,
    quotedText: quoted.length > 0 ? quoted : null,
    replyTo: replying?.[1] ?? null,
    signed: signature !== undefined,
    dateHref,
  };
}

/** The quoted post's own text: its rendering up to its byline. */
function quotedPostText(node: DomNode): string {
  const shown = renderVisible(node.children ?? [], isEmbedBlockquote).text;
  const signature = findLastSignature(shown);
  return tidyText(signature ? shown.slice(0, signature.start) : shown);
}

function lastStatusAnchor(
  anchors: readonly RenderedAnchor[],
): { anchor: RenderedAnchor; status: StatusUrl } | undefined {
  // Anchors are recorded when they close, so sort by where they start.
  const ordered = [...anchors].sort((a, b) => a.start - b.start);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const anchor = ordered[i] as RenderedAnchor;
    const status = parseStatusUrl(anchor.href);
    if (status) return { anchor, status };
  }
  return undefined;
}

/** One citation for a `twitter-tweet` blockquote. */
export function extractEmbedBlockquote(node: DomNode): CitationDraft {
  const shown = citationFields(readPostRendering(node));
  return createDraft({ kind: 'embed', form: 'blockquote', ...nodeSpan(node), ...shown });
}

/**
 * A plain `<blockquote>` that still shows an embed's byline and date: the class was stripped by a
 * sanitiser, or the page was built from a Markdown-quoted embed. A quote signed `— Name (@handle)`
 * without a date is a statement, not a post, so the date (or a dated status link) is required.
 */
export function extractBylineBlockquote(node: DomNode): CitationDraft | undefined {
  if (node.name !== 'blockquote') return undefined;
  const shown = readPostRendering(node);
  if (!shown.signed || shown.handle === null || shown.dateText === null) return undefined;
  // The date links to another site: a Mastodon or Threads post quoted in X's style.
  if (shown.statusId === null && shown.dateHref !== null && linksElsewhere(shown.dateHref)) return undefined;
  // Two dated bylines in one quote are two posts: the paragraph reader splits them.
  if (shown.text?.split('\n').some((line) => parseSignatureLine(line) !== undefined)) return undefined;
  return createDraft({ kind: 'embed', form: 'blockquote', ...nodeSpan(node), ...citationFields(shown) });
}

/** The rendering's fields that a citation records. */
export function citationFields({
  signed: _signed,
  dateHref: _dateHref,
  ...fields
}: PostRendering): Omit<PostRendering, 'signed' | 'dateHref'> {
  return fields;
}
