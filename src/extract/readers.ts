import type { CitationForm } from '../citation.js';
import { hostPattern } from '../x-url/index.js';
import type { CitationDraft } from './citation-draft.js';
import { htmlAsBlockLines } from './html/block-lines.js';
import { estimateNestingDepth, MAX_NESTING_DEPTH } from './html/nesting-depth.js';
import { scanDom } from './html/scan-dom.js';
import { extractMarkdownQuotes } from './markdown/markdown-quote.js';
import { extractMdxComponents } from './markdown/mdx-component.js';
import { extractReferenceLinks } from './markdown/reference-links.js';
import { extractRenderedWidgets } from './markdown/rendered-widget.js';
import {
  extractShortcodes,
  extractWordPressShortcodes,
  extractZolaShortcodes,
} from './markdown/shortcode.js';
import { createSpanLookup, maskSpans, type Span } from './masked-text.js';
import { extractProseLinks } from './prose-links.js';
import { extractFlattenedEmbeds } from './text/flattened-embed.js';
import { extractCiteTweets } from './wikitext/cite-tweet.js';

/** What the file's name (or content) says about how to read it, beyond its format. */
export interface Dialect {
  /** A component file (MDX, Astro, JSX): indentation is layout, never a code block. */
  mdx?: boolean;
  /** A JavaScript source: its comments are hidden. */
  script?: boolean;
}

/** One document being read: the texts readers share, and what they have found so far. */
export interface Page {
  /** The source as written. */
  readonly source: string;
  /** The source with hidden content blanked (same length): what readers scan. */
  readonly text: string;
  /** Readers that go in document order may stop a little past this many drafts. */
  readonly limit: number;
  embeds: CitationDraft[];
  /** Status links in markup anchors; the ones inside an embed are dropped when links are read. */
  anchors: CitationDraft[];
  links: CitationDraft[];
  /** Where bare status URLs may sit: visible text outside markup (the whole text until markup is parsed). */
  prose: Span[];
  /** Elements hidden by markup (`hidden`, `display: none`). */
  hidden: Span[];
  /** Text that belongs to an embed without being one (a rendered widget's buttons): never a link. */
  chrome: Span[];
  /** True when the text holds HTML tags (even ones too deeply nested to parse). */
  hasMarkup: boolean;
  /** The visible text one block per line, once asked for (HTML pages). */
  blockLines?: string;
  problems: { offset: number; message: string }[];
}

/**
 * One way citations are written. `markers` are regular-expression sources (matched case-insensitively):
 * a document with none of them is one this reader finds nothing in, so the pre-scan skips it unparsed.
 */
export interface Reader {
  readonly name: string;
  readonly markers: readonly string[];
  read(page: Page): void;
}

// Markers several readers share: a permalink of any host and era (/i/web/status/ too), and a flattened
// byline's "(@handle" (Markdown exporters escape a leading underscore: "(@\_handle").
const PERMALINK = String.raw`\/status(?:es)?\/+\d`;
const BYLINE_HANDLE = String.raw`\(@(?:\w|\\_)`;

const HTML_TAG = /<(?:[a-z][a-z0-9-]{0,40})[\s/>]/i;

/** Embeds in HTML markup (X's blockquotes, AMP, iframes, widgets, post cards, Gutenberg figures) and anchors. */
export const htmlMarkup: Reader = {
  name: 'html-markup',
  markers: [
    PERMALINK,
    'twitter-(?:tweet|video)|amp-twitter',
    String.raw`twitframe|${hostPattern('embed')}\/embed`,
    String.raw`data-tweet-?id|tweet-?id\s*=`,
    BYLINE_HANDLE,
  ],
  read(page) {
    if (!HTML_TAG.test(page.text)) return;
    page.hasMarkup = true;
    if (estimateNestingDepth(page.text, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
      page.problems.push({
        offset: 0,
        message: `HTML nested more than ${MAX_NESTING_DEPTH} elements deep: its markup was not parsed (only plain-text forms were read)`,
      });
      return;
    }
    const dom = scanDom(page.text);
    append(page.embeds, dom.embeds);
    page.anchors = dom.links;
    page.prose = dom.proseSpans;
    page.hidden = dom.hiddenSpans;
  },
};

/** Hugo shortcodes and Liquid tags (Jekyll, Eleventy, Hexo, theme includes). */
export const templateShortcodes: Reader = {
  name: 'template-shortcodes',
  markers: [
    String.raw`\{\{[<%]`,
    String.raw`\{%-?\s*(?:tweet|twitter|x|include\s[^%]{0,80}(?:tweet|twitter))`,
  ],
  read(page) {
    append(page.embeds, extractShortcodes(page.text));
  },
};

/** Zola (Tera) shortcodes: `{{ tweet(id="…") }}`. */
export const zolaShortcodes: Reader = {
  name: 'zola-shortcodes',
  markers: [String.raw`\{\{\s*(?:tweet|twitter|x)\s*\(`],
  read(page) {
    append(page.embeds, extractZolaShortcodes(page.text));
  },
};

/** MDX/Astro/JSX post components: `<Tweet id=… />`, `<TwitterEmbed …>`, `<X id=… />`, `<Embed url=…/status/…>`. */
export const postComponents: Reader = {
  name: 'post-components',
  markers: [
    String.raw`<[\w.]*(?:tweet|twitter)`,
    String.raw`<(?:\w+\.)*x(?:embed|post|status)?[\s/>]`,
    PERMALINK,
  ],
  read(page) {
    const components = extractMdxComponents(page.text);
    // The HTML parser also sees `<Tweet tweet-id=…>` (lower-cased) as a widget: one rendering, one citation.
    const componentStarts = new Set(components.map((c) => c.start));
    removeWhere(page.embeds, (e) => e.form === 'widget' && componentStarts.has(e.start));
    append(page.embeds, components);
  },
};

/**
 * WordPress shortcodes: `[tweet …]`, `[twitter …]`, `[embed]…/status/…[/embed]`. In an HTML page they sit
 * in its paragraphs (`in: 'block-lines'`), as they do in plain text.
 */
export function wordPressShortcodes(options: { in: 'text' | 'block-lines' }): Reader {
  return {
    name: 'wordpress-shortcodes',
    markers: [String.raw`\[(?:tweet|twitter)\s`, PERMALINK],
    read(page) {
      append(page.embeds, extractWordPressShortcodes(readText(page, options.in)));
    },
  };
}

/**
 * Flattened embeds: post text, then `— Name (@handle) Date` (run-on, dashless and split forms too).
 * `markdown` reads a line-opening hyphen as a bullet; in an HTML page each block is one line.
 */
export function flattenedEmbeds(options: {
  in: 'text' | 'block-lines';
  layout: 'guess' | 'markdown';
}): Reader {
  return {
    name: 'flattened-embeds',
    // BBC's closing label alone signs a post too ("… End of Twitter post by @handle")
    markers: [BYLINE_HANDLE, 'End of (?:Twitter|X) post'],
    read(page) {
      const text = readText(page, options.in);
      const layout = options.in === 'block-lines' && page.hasMarkup ? 'one-line-per-block' : options.layout;
      append(page.embeds, extractFlattenedEmbeds(text, createSpanLookup(page.embeds), page.limit, layout));
    },
  };
}

/** Quoted embeds: a `>` block ending in the byline, recorded as `form`. */
export function quotedEmbeds(form: CitationForm): Reader {
  return {
    name: 'quoted-embeds',
    markers: [BYLINE_HANDLE],
    read(page) {
      append(page.embeds, extractMarkdownQuotes(page.text, createSpanLookup(page.embeds), form, page.limit));
    },
  };
}

/** Crawler Markdown of a rendered widget: its posts, and its chrome links claimed with them. */
export const renderedWidgets: Reader = {
  name: 'rendered-widgets',
  markers: [PERMALINK],
  read(page) {
    const widgets = extractRenderedWidgets(page.text);
    append(page.embeds, widgets.drafts);
    append(page.chrome, widgets.chrome);
  },
};

/** `{{Cite tweet |user= |number= …}}`, found in the masked text and read from the source. */
export const citeTweets: Reader = {
  name: 'cite-tweet',
  markers: [String.raw`cite[ _]+(?:tweet|twitter|x)\b`],
  read(page) {
    append(page.embeds, extractCiteTweets(page.text, page.source));
  },
};

/**
 * Status links outside embeds: markup anchors, then bare URLs in prose; with `references`, Markdown
 * reference-style links count at their uses, never at their (unrendered) definitions. Reads last.
 */
export function statusLinks(options: { references: boolean }): Reader {
  return {
    name: 'status-links',
    markers: [PERMALINK],
    read(page) {
      const claimed = createSpanLookup([...page.embeds, ...page.chrome]);
      append(
        page.links,
        page.anchors.filter((link) => !claimed(link.start)),
      );
      if (!options.references) {
        append(page.links, extractProseLinks(page.text, page.prose, claimed, page.limit));
        return;
      }
      const references = extractReferenceLinks(page.text, claimed);
      const inDefinition = createSpanLookup(references.definitions);
      append(page.links, references.links);
      append(
        page.links,
        extractProseLinks(page.text, page.prose, claimed, page.limit).filter(
          (link) => !inDefinition(link.start),
        ),
      );
    },
  };
}

/** The page's text, or its visible blocks one per line when it holds markup. */
function readText(page: Page, view: 'text' | 'block-lines'): string {
  if (view === 'text' || !page.hasMarkup) return page.text;
  page.blockLines ??= htmlAsBlockLines(maskSpans(page.text, page.hidden));
  return page.blockLines;
}

function removeWhere<T>(items: T[], predicate: (item: T) => boolean): void {
  let kept = 0;
  for (const item of items) if (!predicate(item)) items[kept++] = item;
  items.length = kept;
}

/** Appends in place without spreading: `push(...items)` overflows the call stack past ~100k items. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
