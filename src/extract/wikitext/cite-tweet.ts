import { type CitationDraft, createDraft } from '../citation-draft.js';
import { parseLocalizedDate } from '../localized-date.js';
import { renderInlineMarkup } from '../text/inline-markup.js';
import { protectNowiki, stripWikiMarkup } from './wiki-markup.js';

const TEMPLATE_START = /\{\{\s{0,20}cite[ _]{1,5}(?:tweet|twitter|x)\s{0,20}(?=\||\}\})/gi;
const REF_OPEN =
  /<ref\s[^<>]{0,500}?\bname\s*=\s*(?:"([^"]{1,200})"|'([^']{1,200})'|([^\s/>]{1,200}))[^<>]{0,200}?(\/?)>/gi;
// Longest template read; real {{cite tweet}} calls are a few hundred characters.
const MAX_TEMPLATE = 4_000;

/**
 * `{{Cite tweet |user= |number= |title= |date= |author=}}` in any case and parameter order. A named
 * reference is one citation however often `<ref name=x />` reuses it (and a repeated definition of the
 * same name is the same reference, as MediaWiki shows it once).
 */
export function extractCiteTweets(text: string, original: string = text): CitationDraft[] {
  const refs = namedRefSpans(text);
  const seenNames = new Set<string>();
  const drafts: CitationDraft[] = [];
  for (const m of text.matchAll(TEMPLATE_START)) {
    const end = findTemplateEnd(text, m.index);
    if (end === undefined) continue;
    const ref = refs.find((r) => m.index >= r.start && m.index < r.end);
    if (ref) {
      if (seenNames.has(ref.name)) continue;
      seenNames.add(ref.name);
    }
    // Found in the masked text (nothing inside <nowiki> is a template), read from the source, where a
    // <nowiki> inside a parameter is shown as written; comments are not shown at all.
    const source = original.slice(m.index + 2, end - 2).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    const params = splitParams(protectNowiki(source));
    const value = (key: string) => {
      const raw = params.get(key);
      return raw === undefined ? undefined : stripWikiMarkup(raw);
    };
    const number = (value('number') ?? '').replace(/\D/g, '');
    const dateText = value('date') || null;
    const first = value('first') ?? value('first1');
    const last = value('last') ?? value('last1');
    const name = value('author') || value('author1') || [first, last].filter(Boolean).join(' ') || null;
    // script-title starts with the language code of the script ("ja:…"), which is not shown.
    const scriptTitle = value('script-title')?.replace(/^[a-z]{2,3}(?:-[A-Za-z]{2,8})?:\s*/, '');
    const title = value('title') || scriptTitle || null;
    drafts.push(
      createDraft({
        kind: 'embed',
        form: 'wikitext',
        start: m.index,
        end,
        handle: (value('user') ?? '').replace(/^@/, '') || null,
        name,
        dateText,
        date: dateText ? parseLocalizedDate(dateText) : null,
        statusId: /^\d{1,20}$/.test(number) ? number : null,
        text: title,
        links: title === null ? [] : findBareLinks(title),
      }),
    );
  }
  return drafts;
}

/** The t.co, pic.twitter.com and other links a title shows, in order (it is plain text: bare URLs only). */
function findBareLinks(title: string) {
  return renderInlineMarkup(title.replace(/[<[]/g, ' ')).links;
}

/** Index just after the `}}` that closes the template opened at `start` (nested `{{…}}`/`[[…]]` skipped). */
function findTemplateEnd(text: string, start: number): number | undefined {
  let depth = 0;
  const limit = Math.min(text.length, start + MAX_TEMPLATE);
  for (let i = start; i < limit - 1; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if ((a === 123 && b === 123) || (a === 91 && b === 91)) {
      depth++;
      i++;
    } else if ((a === 125 && b === 125) || (a === 93 && b === 93)) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** Top-level `|key=value` parameters (pipes inside nested templates and links do not split). */
function splitParams(body: string): Map<string, string> {
  const params = new Map<string, string>();
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const pair = body.slice(i, i + 2);
    if (pair === '{{' || pair === '[[') {
      depth++;
      current += pair;
      i++;
    } else if (pair === '}}' || pair === ']]') {
      depth--;
      current += pair;
      i++;
    } else if (body.charAt(i) === '|' && depth === 0) {
      pieces.push(current);
      current = '';
    } else current += body.charAt(i);
  }
  pieces.push(current);
  for (const piece of pieces.slice(1)) {
    const eq = piece.indexOf('=');
    if (eq === -1) continue;
    params.set(piece.slice(0, eq).trim().toLowerCase(), piece.slice(eq + 1).trim());
  }
  return params;
}

/** Spans of `<ref name=…>…</ref>` definitions, with their names. */
function namedRefSpans(text: string): { name: string; start: number; end: number }[] {
  const spans: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(REF_OPEN)) {
    if (m[4] === '/') continue;
    const close = text.indexOf('</ref>', m.index + m[0].length);
    // No closer ahead means no later definition has one either.
    if (close === -1) break;
    const name = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    spans.push({ name, start: m.index, end: close + 6 });
  }
  return spans;
}
