import { decodeHTMLStrict } from 'entities';
import type { PostLink } from '../result.js';
import { shortCodeOf, tcoUrl, urlKey } from '../x-url/index.js';
import { URL_TOKEN } from './text-links.js';

// Zero-width (U+200B–U+200F, incl. ZWJ and the LRM/RLM marks), bidi embeddings and isolates, word joiner, BOM.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
// Punctuation that may follow a link in prose without being part of it; the ellipsis too, since a post
// may carry a link copied with its "…" (the t.co link, then "…"), and its display form ends in one already.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"”’»…]+$/u;

interface LinkForms {
  mediaCodes: Set<string>;
  displayByCode: Map<string, string>;
  displayByKey: Map<string, string>;
}

function displayFormOf(link: PostLink): string {
  if (link.displayUrl !== null) return link.displayUrl;
  if (link.expandedUrl !== null) return urlKey(link.expandedUrl);
  return link.url;
}

function collectLinkForms(links: readonly PostLink[]): LinkForms {
  const forms: LinkForms = { mediaCodes: new Set(), displayByCode: new Map(), displayByKey: new Map() };
  for (const link of links) {
    const code = shortCodeOf(link.url)?.code ?? shortCodeOf(link.displayUrl)?.code;
    if (link.kind === 'media') {
      if (code !== undefined) forms.mediaCodes.add(code);
      continue;
    }
    const display = displayFormOf(link);
    if (code !== undefined) forms.displayByCode.set(code, display);
    for (const form of [link.displayUrl, link.expandedUrl]) {
      if (form !== null) forms.displayByKey.set(urlKey(form), display);
    }
  }
  return forms;
}

function replaceLinkToken(candidate: string, forms: LinkForms): string | null {
  const short = shortCodeOf(candidate);
  if (short !== null) {
    // pic links and media t.co links stand for attached media, which the post shows as media, not text
    if (short.host === 'pic' || forms.mediaCodes.has(short.code)) return '';
    return forms.displayByCode.get(short.code) ?? tcoUrl(short.code);
  }
  return forms.displayByKey.get(urlKey(candidate)) ?? null;
}

function replaceLinks(text: string, forms: LinkForms): string {
  return text.replace(URL_TOKEN, (token) => {
    const whole = replaceLinkToken(token, forms);
    if (whole !== null) return whole;
    const tail = TRAILING_PUNCTUATION.exec(token)?.[0] ?? '';
    // Shortest cut first: "example.org/c……" is the display URL "example.org/c…" followed by "…".
    for (let cut = 1; cut <= tail.length; cut += 1) {
      const trimmed = replaceLinkToken(token.slice(0, -cut), forms);
      if (trimmed !== null) return `${trimmed}${token.slice(-cut)}`;
    }
    return token;
  });
}

/** Collapses runs of whitespace (incl. no-break spaces and newlines) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** NFC, decoded entities and no zero-width/bidi control characters: the invisible differences, removed. */
export function cleanInvisible(text: string): string {
  // strip before NFC: a zero-width mark between a letter and its accent would block composition
  return decodeHTMLStrict(text).replace(INVISIBLE, '').normalize('NFC');
}

/**
 * Text for comparison only, with every difference readers cannot see removed: {@link cleanInvisible},
 * media links dropped (the post shows them as media), t.co links and display/expanded URLs mapped to the
 * display form of the post's link entity, whitespace collapsed. Case and typography are kept.
 */
export function normalizeText(text: string, links: readonly PostLink[]): string {
  return collapseWhitespace(replaceLinks(cleanInvisible(text), collectLinkForms(links)));
}

/** Folds typographic quotes, apostrophes, dashes and the ellipsis to ASCII (a visible but minor difference). */
export function foldTypography(text: string): string {
  return collapseWhitespace(
    text
      .replace(/[‘’‚‛′ʼ`´]/gu, "'")
      .replace(/[“”„‟″«»]/gu, '"')
      .replace(/[‐‑‒–—―−]/gu, '-')
      .replace(/…/gu, '...'),
  );
}
