import { decodeHTMLStrict } from 'entities';
import { parseStatusUrl, type StatusUrl } from '../../x-url/index.js';
import { matchDateAt, parseLocalizedDate } from '../localized-date.js';
import { type BylineDash, findLastSignature } from '../signature.js';
import { unescapeMarkdown } from './inline-markup.js';

/** A flattened byline line: `[post text] — Name (@handle) Date`, the date maybe linked to the post. */
export interface SignatureLine {
  /** Index in the line where the dash starts. */
  start: number;
  dash: BylineDash;
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
const BULLET = /^\s{0,8}[-*+•]\s+/;

// Posts on other networks, which blogs also quote in X's embed style: Mastodon (any instance), Threads,
// Bluesky, LinkedIn, Facebook, Instagram. A date linked anywhere else (a newsletter's click tracker, an
// archived copy) still signs an X post.
const OTHER_NETWORK_POST =
  /^(?:https?:)?\/\/(?:[^/?#\s]+\/@[\w.]{1,64}\/\d{6,}|(?:www\.)?threads\.(?:net|com)\/|(?:www\.)?bsky\.app\/profile\/|(?:[\w-]+\.)?linkedin\.com\/(?:posts|feed)\/|(?:[\w-]+\.)?facebook\.com\/|(?:www\.)?instagram\.com\/p\/)/i;

/** True for a link to a post on another network (Mastodon, Threads, Bluesky, LinkedIn, …). */
export function linksElsewhere(href: string): boolean {
  return OTHER_NETWORK_POST.test(href.trim());
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
  let postText = inlineText;
  if (inlineText.replace(/<[^<>]{0,200}>/g, '').trim() !== '') {
    // X's byline dash is an em dash (&mdash;); flattened onto the text's line it stays one (or its ASCII
    // stand-ins -- and ---). "Episode 41 – Name (@handle) Date" and "Talk title - Name (@handle) Date"
    // are listings.
    if (signature.dash === 'hyphen' || signature.dash === 'en') return undefined;
    // A bullet in front of a quoted post is the list's, not the post's.
    postText = inlineText.replace(BULLET, '');
  }
  // X shows no ISO dates: "- Name (@handle) 2024-03-03" is a list item (changelog, credits), not a byline.
  const hyphens = signature.dash === 'hyphen' || signature.dash === 'ascii-em';
  if (hyphens && /^\d{4}-\d{2}-\d{2}$/.test(dateText)) return undefined;
  const name =
    signature.name === null
      ? null
      : decodeHTMLStrict(unescapeMarkdown(signature.name.replace(/<[^<>]{0,200}>/g, ''))).trim();
  return {
    start: signature.start,
    dash: signature.dash,
    inlineText: postText,
    name: name || null,
    handle: signature.handle,
    dateText,
    date: parseLocalizedDate(dateText),
    status,
  };
}
