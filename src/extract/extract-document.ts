import type { SourceFormat } from '../citation.js';
import type { CitationDraft } from './citation-draft.js';
import { htmlAsBlockLines } from './html/block-lines.js';
import { findFeedMetadata, unwrapCdata } from './html/feed-markup.js';
import { findHiddenRegions, HTML_HIDDEN_ELEMENTS } from './html/hidden-regions.js';
import { estimateNestingDepth } from './html/nesting-depth.js';
import { scanDom } from './html/scan-dom.js';
import { findAutolinkBrackets } from './markdown/autolink.js';
import { findCodeRegions } from './markdown/code-regions.js';
import { findFrontMatter } from './markdown/front-matter.js';
import { extractMarkdownQuotes } from './markdown/markdown-quote.js';
import { extractMdxComponents } from './markdown/mdx-component.js';
import { extractReferenceLinks } from './markdown/reference-links.js';
import { extractRenderedWidgets } from './markdown/rendered-widget.js';
import { findScriptComments } from './markdown/script-comments.js';
import {
  extractShortcodes,
  extractWordPressShortcodes,
  extractZolaShortcodes,
} from './markdown/shortcode.js';
import { findTemplateCodeBlocks } from './markdown/template-code.js';
import { findTemplateComments } from './markdown/template-comments.js';
import { createSpanLookup, maskSpans, type Span } from './masked-text.js';
import { hasHtmlTags } from './prescan.js';
import { extractProseLinks } from './prose-links.js';
import { extractFlattenedEmbeds } from './text/flattened-embed.js';
import { extractCiteTweets } from './wikitext/cite-tweet.js';

// Wikitext shows these verbatim (or not at all), so a template inside them is not a reference.
const WIKI_HIDDEN_ELEMENTS = ['nowiki', 'pre', 'syntaxhighlight', 'source', 'code', 'math', 'score'];

/**
 * The source with everything a reader never sees as content blanked out (same length, same lines):
 * comments, scripts/styles/JSON-LD, and for Markdown also front matter, code and template comments.
 */
export function maskHidden(
  text: string,
  format: SourceFormat,
  options: { mdx?: boolean; script?: boolean } = {},
): string {
  if (format === 'wikitext') return maskSpans(text, findHiddenRegions(text, WIKI_HIDDEN_ELEMENTS));
  if (format !== 'markdown') {
    // Jekyll and Hexo pages written in HTML use template code blocks too; feeds wrap pages in CDATA.
    let html = unwrapCdata(maskSpans(text, findTemplateCodeBlocks(text)));
    html = maskSpans(html, findHiddenRegions(html, HTML_HIDDEN_ELEMENTS));
    return maskSpans(html, findFeedMetadata(html));
  }
  const frontMatter = findFrontMatter(text);
  let masked = frontMatter ? maskSpans(text, [frontMatter]) : text;
  if (options.script) masked = maskSpans(masked, findScriptComments(masked));
  // Code first: a "<!--" shown inside a code block must not hide the rest of the page.
  masked = maskSpans(masked, findCodeRegions(masked, { indentedCode: options.mdx !== true }));
  masked = maskSpans(masked, findTemplateCodeBlocks(masked));
  masked = maskSpans(masked, findTemplateComments(masked));
  masked = maskSpans(masked, findHiddenRegions(masked, HTML_HIDDEN_ELEMENTS));
  return maskSpans(masked, findAutolinkBrackets(masked));
}

/** Elements nested deeper than this are refused: no real article comes close, and parsing is quadratic in depth. */
export const MAX_NESTING_DEPTH = 10_000;

/** What one document yielded: drafts (unordered) and why any part of it was passed over. */
export interface DocumentDrafts {
  drafts: CitationDraft[];
  problems: { offset: number; message: string }[];
}

/**
 * Every citation draft in one document, unordered: embeds of each form, then status links outside them.
 * Extractors that read in document order stop a little past `limit`, since nothing beyond it is reported.
 */
export function collectDrafts(
  text: string,
  format: SourceFormat,
  limit = Number.POSITIVE_INFINITY,
  options: { mdx?: boolean; script?: boolean } = {},
): DocumentDrafts {
  const masked = maskHidden(text, format, options);
  const embeds: CitationDraft[] = [];
  const problems: DocumentDrafts['problems'] = [];
  let links: CitationDraft[] = [];
  let prose: Span[] = [{ start: 0, end: masked.length }];
  let hidden: Span[] = [];
  const html = format !== 'wikitext' && hasHtmlTags(masked);
  if (html && estimateNestingDepth(masked, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    problems.push({
      offset: 0,
      message: `HTML nested more than ${MAX_NESTING_DEPTH} elements deep: its markup was not parsed (only plain-text forms were read)`,
    });
  } else if (html) {
    const dom = scanDom(masked);
    append(embeds, dom.embeds);
    links = dom.links;
    prose = dom.proseSpans;
    hidden = dom.hiddenSpans;
  }
  if (format === 'markdown') {
    append(embeds, extractShortcodes(masked));
    append(embeds, extractZolaShortcodes(masked));
    const components = extractMdxComponents(masked);
    // The HTML parser also sees `<Tweet tweet-id=…>` (lower-cased) as a widget: one rendering, one citation.
    const componentStarts = new Set(components.map((c) => c.start));
    removeWhere(embeds, (e) => e.form === 'widget' && componentStarts.has(e.start));
    append(embeds, components);
  }
  if (format === 'html') {
    // Flattened embeds and WordPress shortcodes sit in a page's paragraphs as they do in plain text.
    const paragraphs = html ? htmlAsBlockLines(maskSpans(masked, hidden)) : masked;
    append(embeds, extractWordPressShortcodes(paragraphs));
    const layout = html ? 'one-line-per-block' : 'guess';
    append(embeds, extractFlattenedEmbeds(paragraphs, createSpanLookup(embeds), limit, layout));
  } else if (format !== 'wikitext') {
    append(embeds, extractWordPressShortcodes(masked));
  }
  if (format === 'wikitext') append(embeds, extractCiteTweets(masked, text));
  if (format === 'markdown' || format === 'text') {
    const quoteForm = format === 'markdown' ? 'markdown-quote' : 'flattened-text';
    append(embeds, extractMarkdownQuotes(masked, createSpanLookup(embeds), quoteForm, limit));
    const layout = format === 'markdown' ? 'markdown' : 'guess';
    append(embeds, extractFlattenedEmbeds(masked, createSpanLookup(embeds), limit, layout));
  }
  // Crawler Markdown of a rendered widget: its posts, and its chrome links claimed with them.
  let widgetChrome: Span[] = [];
  if (format === 'markdown' || format === 'text') {
    const widgets = extractRenderedWidgets(masked);
    append(embeds, widgets.drafts);
    widgetChrome = widgets.chrome;
  }
  const claimed = createSpanLookup([...embeds, ...widgetChrome]);
  links = links.filter((link) => !claimed(link.start));
  if (format === 'markdown') {
    const references = extractReferenceLinks(masked, claimed);
    const inDefinition = createSpanLookup(references.definitions);
    append(links, references.links);
    append(
      links,
      extractProseLinks(masked, prose, claimed, limit).filter((link) => !inDefinition(link.start)),
    );
  } else {
    append(links, extractProseLinks(masked, prose, claimed, limit));
  }
  return { drafts: append(embeds, links), problems };
}

function removeWhere<T>(items: T[], predicate: (item: T) => boolean): void {
  let kept = 0;
  for (const item of items) if (!predicate(item)) items[kept++] = item;
  items.length = kept;
}

/** Appends in place without spreading: `push(...items)` overflows the call stack past ~100k items. */
function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
