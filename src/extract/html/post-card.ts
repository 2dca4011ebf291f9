import type { CitedLink } from '../../citation.js';
import { parseStatusUrl, type StatusUrl } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { citedLinkFromAnchor } from '../link-kind.js';
import { parseLocalizedDate } from '../localized-date.js';
import { attr, classTokens, type DomNode, descendants, isElement, nodeSpan } from './dom-node.js';
import { renderVisible, tidyText } from './visible-text.js';

/**
 * A post card rendered by the publishing platform rather than X's widget: Substack's
 * `<div class="tweet" data-attrs="{…}" data-component-name="Twitter2ToDOM">`, with author, text and
 * date as HTML inside. Its `data-attrs` JSON repeats the post, but readers see the HTML.
 */
export function isPostCard(node: DomNode): boolean {
  if (node.name !== 'div' || !classTokens(node).includes('tweet')) return false;
  return (
    attr(node, 'data-attrs') !== undefined || /tweet|twitter/i.test(attr(node, 'data-component-name') ?? '')
  );
}

function byClass(nodes: readonly DomNode[], name: string): DomNode | undefined {
  return nodes.find((n) => isElement(n) && classTokens(n).includes(name));
}

function shownText(node: DomNode | undefined): string | null {
  if (node === undefined) return null;
  const text = tidyText(renderVisible([node]).text);
  return text.length > 0 ? text : null;
}

/** The post a card links to: its own anchors first, else the URL in its data. */
function cardStatus(node: DomNode, inside: readonly DomNode[]): StatusUrl | undefined {
  for (const n of inside) {
    const status = n.name === 'a' ? parseStatusUrl(attr(n, 'href') ?? '') : undefined;
    if (status) return status;
  }
  try {
    const data = JSON.parse(attr(node, 'data-attrs') ?? '') as { url?: unknown };
    return typeof data.url === 'string' ? parseStatusUrl(data.url) : undefined;
  } catch {
    return undefined;
  }
}

/** One citation for a platform-rendered post card; undefined when it names no post. */
export function extractPostCard(node: DomNode): CitationDraft | undefined {
  const inside = descendants(node);
  const status = cardStatus(node, inside);
  if (!status) return undefined;
  const textNode = byClass(inside, 'tweet-text');
  const links: CitedLink[] = [];
  for (const anchor of textNode ? renderVisible([textNode]).anchors : []) {
    const link = citedLinkFromAnchor(anchor.href, anchor.text);
    if (link) links.push(link);
  }
  // "2:02 PM ∙ Feb 3, 2024": the date is what follows the separator.
  const stamp = shownText(byClass(inside, 'tweet-date'));
  const dateText =
    stamp
      ?.split(/[∙·•|]/)
      .at(-1)
      ?.trim() || null;
  const handle = shownText(byClass(inside, 'tweet-author-handle'))?.replace(/^@/, '') ?? status.handle;
  return createDraft({
    kind: 'embed',
    form: 'widget',
    ...nodeSpan(node),
    handle: handle ?? null,
    name: shownText(byClass(inside, 'tweet-author-name')),
    dateText,
    date: dateText === null ? null : parseLocalizedDate(dateText),
    statusId: status.statusId,
    text: shownText(textNode),
    links,
  });
}
