import { decodeHTMLStrict } from 'entities';
import { matchDateAt, parseLocalizedDate } from '../localized-date.js';
import { findLastSignature } from '../signature.js';
import { parseStatusUrl, type StatusUrl } from '../status-url.js';
import { unescapeMarkdown } from './inline-markup.js';

/** A flattened byline line: `[post text] — Name (@handle) Date`, the date maybe linked to the post. */
export interface SignatureLine {
  /** Index in the line where the dash starts. */
  start: number;
  /** Raw text before the dash on the same line (post text flattened onto one line), maybe empty. */
  inlineText: string;
  name: string | null;
  handle: string;
  dateText: string;
  date: string | null;
  status: StatusUrl | null;
}

// Longest line we treat as a candidate; a flattened post plus byline fits easily.
export const MAX_SIGNATURE_LINE = 20_000;

const MARKDOWN_DATE_LINK = /^\[([^[\]\n]{1,80})\]\(\s*<?([^\s()<>]{1,2000})>?(?:\s+"[^"\n]{0,300}")?\s*\)/;
const HTML_DATE_LINK =
  /^<a\b[^<>]{0,2000}?\bhref\s*=\s*["']?([^"'\s>]{1,2000})[^<>]{0,2000}>([^<]{1,80})<\/a\s*>/i;
const TRAILER = /^(?:\s|<\/?[A-Za-z][^<>]{0,100}>)*$/;
const LIST_ITEM = /^\s{0,8}(?:[-*+•]|\d{1,3}[.)])\s/;

/** True for an absolute http(s) link to a host other than X's own. */
export function linksElsewhere(href: string): boolean {
  const host = /^(?:https?:)?\/\/([^/?#\s]+)/i.exec(href.trim())?.[1]?.toLowerCase();
  if (host === undefined) return false;
  return !/(?:^|\.)(?:twitter|x)\.com$|^t\.co$/.test(host.replace(/:\d+$/, ''));
}

/**
 * Reads one line as a byline. The date is required (plain, `[Date](status URL)` or
 * `<a href=status>Date</a>`) so that quoted statements signed `— Name (@handle)` are not taken for posts.
 */
export function parseSignatureLine(line: string): SignatureLine | undefined {
  if (line.length > MAX_SIGNATURE_LINE || !line.includes('(@')) return undefined;
  const signature = findLastSignature(line);
  if (!signature) return undefined;
  const rest = line.slice(signature.end).trim();
  let dateText: string | undefined;
  let status: StatusUrl | null = null;
  let after = '';
  const markdown = MARKDOWN_DATE_LINK.exec(rest);
  const html = markdown ? undefined : HTML_DATE_LINK.exec(rest);
  if (markdown || html) {
    const href = markdown ? (markdown[2] ?? '') : decodeHTMLStrict(html?.[1] ?? '');
    status = parseStatusUrl(href) ?? null;
    dateText = decodeHTMLStrict((markdown ? markdown[1] : html?.[2]) ?? '').trim();
    after = rest.slice((markdown ?? html)?.[0].length ?? 0);
    if (!status && !parseLocalizedDate(dateText)) return undefined;
    // A date linked to another site signs a Mastodon, Threads or LinkedIn post copied in X's style.
    if (!status && linksElsewhere(href)) return undefined;
  } else {
    const plain = matchDateAt(rest);
    if (!plain) return undefined;
    dateText = plain.dateText;
    after = rest.slice(plain.dateText.length).trim();
    // A bare permalink may follow the date in flattened copies; text versions of e-mails wrap it in
    // parentheses or angle brackets.
    const url = /^[(<]?((?:https?:\/\/)?[^\s()<>]{1,2000})[)>]?$/.exec(after)?.[1];
    const trailingStatus = url ? parseStatusUrl(url) : undefined;
    if (trailingStatus) {
      status = trailingStatus;
      after = '';
    }
  }
  if (!TRAILER.test(after)) return undefined;
  const inlineText = line.slice(0, signature.start);
  const dash = line.charAt(signature.start);
  if (inlineText.replace(/<[^<>]{0,200}>/g, '').trim() !== '') {
    // X's byline dash is an em dash (&mdash;); flattened onto the text's line it stays one. "Episode 41 –
    // Name (@handle) Date" and "Talk title - Name (@handle) Date" are listings, and so is a list item.
    if (dash === '-' && !line.startsWith('---', signature.start)) return undefined;
    if (
      dash === '–' ||
      line.startsWith('&ndash;', signature.start) ||
      line.startsWith('&#8211;', signature.start)
    )
      return undefined;
    if (LIST_ITEM.test(inlineText)) return undefined;
  }
  // X shows no ISO dates: "- Name (@handle) 2024-03-03" is a list item (changelog, credits), not a byline.
  if (line.charAt(signature.start) === '-' && /^\d{4}-\d{2}-\d{2}$/.test(dateText)) return undefined;
  const name =
    signature.name === null
      ? null
      : decodeHTMLStrict(unescapeMarkdown(signature.name.replace(/<[^<>]{0,200}>/g, ''))).trim();
  return {
    start: signature.start,
    inlineText,
    name: name || null,
    handle: signature.handle,
    dateText,
    date: parseLocalizedDate(dateText),
    status,
  };
}
