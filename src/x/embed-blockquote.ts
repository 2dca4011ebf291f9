import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { PostLink } from '../result.js';
import { linkHostRole, parseStatusTarget } from '../x-url/index.js';

/** What an embed blockquote (oEmbed `html`, or an archived page's embed) shows of a post. */
export interface EmbedBlockquote {
  /** First paragraph: `<br>` as newlines, anchors as their display text, entities decoded. */
  text: string;
  links: PostLink[];
  /** The paragraph ends in "…": X shows only a prefix of a long post. */
  truncated: boolean;
  name: string | null;
  handle: string | null;
  /** UTC calendar date from the signature link, YYYY-MM-DD. */
  date: string | null;
  /** Status ID the signature link points to. */
  statusId: string | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "March 28, 2025" (the signature's English UTC date) → "2025-03-28". PURE. */
export function parseSignatureDate(text: string): string | null {
  const match = /^\s*([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$/.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const month = MONTHS.indexOf(match[1].toLowerCase());
  const day = Number(match[2]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * "…deserves this recognition more… pic.twitter.com/kRXbKoLBIk": the words end in "…" before
 * the trailing links. The links' own display text ("nytimes.com/2024/…") does not count.
 */
function endsInEllipsis(text: string, links: PostLink[]): boolean {
  let rest = text.trimEnd();
  for (const link of [...links].reverse()) {
    const shown = link.displayUrl ?? '';
    if (shown === '' || !rest.endsWith(shown)) break;
    rest = rest.slice(0, -shown.length).trimEnd();
  }
  return rest.endsWith('…');
}

/** Reads text and links from the paragraph's nodes, in order. */
function readParagraph($: cheerio.CheerioAPI, nodes: AnyNode[], links: PostLink[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      text += node.data;
    } else if (node.type === 'tag') {
      if (node.name === 'br') {
        text += '\n';
      } else if (node.name === 'a') {
        const shown = $(node).text();
        const href = node.attribs.href ?? '';
        text += shown;
        // Hashtag and mention anchors are text; only t.co links are the post's links.
        if (linkHostRole(href) === 'short') {
          links.push({
            url: href,
            expandedUrl: null,
            displayUrl: shown,
            kind: linkHostRole(shown) === 'pic' ? 'media' : 'url',
          });
        }
      } else {
        text += readParagraph($, $(node).contents().toArray(), links);
      }
    }
  }
  return text;
}

/**
 * Reads the first `blockquote.twitter-tweet` (or first blockquote) of some HTML. PURE.
 * Returns null when there is no blockquote with a paragraph.
 */
export function readEmbedBlockquote(html: string): EmbedBlockquote | null {
  const $ = cheerio.load(html);
  const quote = $('blockquote.twitter-tweet').first().length
    ? $('blockquote.twitter-tweet').first()
    : $('blockquote').first();
  const paragraph = quote.find('p').first();
  if (paragraph.length === 0) return null;
  const links: PostLink[] = [];
  const text = readParagraph($, paragraph.contents().toArray(), links).trim();

  // The signature follows the paragraph: "— Name (@handle) <a href=…/status/ID>Month D, YYYY</a>".
  const signature = quote.clone();
  signature.find('p').remove();
  const signatureText = signature.text();
  const byline = /[—–-]\s*(.*?)\s*\(@([A-Za-z0-9_]{1,20})\)/s.exec(signatureText);
  let date: string | null = null;
  let statusId: string | null = null;
  let linkHandle: string | null = null;
  signature.find('a').each((_, anchor) => {
    const target = parseStatusTarget($(anchor).attr('href') ?? '');
    if (!target || statusId !== null) return;
    statusId = target.statusId;
    linkHandle = target.handle;
    date = parseSignatureDate($(anchor).text());
  });
  return {
    text,
    links,
    truncated: endsInEllipsis(text, links),
    name: byline?.[1] ? byline[1] : null,
    handle: byline?.[2] ?? linkHandle,
    date,
    statusId,
  };
}
