import { maskHtml, maskMarkdown, maskWikitext } from './hidden-content.js';
import {
  citeTweets,
  type Dialect,
  flattenedEmbeds,
  htmlMarkup,
  postComponents,
  quotedEmbeds,
  type Reader,
  renderedWidgets,
  statusLinks,
  templateShortcodes,
  wordPressShortcodes,
  zolaShortcodes,
} from './readers.js';

/**
 * One input format: the file extensions read as it, how its content is recognised when the name does
 * not say, what of it is hidden from a reader, and the readers that find citations in it, in order.
 */
export interface FormatSpec {
  /** Extensions (lower case, without the dot), each with what it says about the reading. */
  readonly extensions: Readonly<Record<string, Dialect>>;
  /** Content that names this format when the name does not; lower `rank` is tried first. */
  readonly sniff: readonly { rank: number; pattern: RegExp }[];
  /** What the content says about the reading (Docusaurus `.md` files with ES imports are MDX). */
  readonly dialect?: (text: string) => Dialect;
  /** The source with hidden content blanked, same length. */
  readonly mask: (text: string, dialect: Dialect) => string;
  /** Run in order over one shared page; later readers see what earlier ones found (and claimed). */
  readonly readers: readonly Reader[];
}

/**
 * THE registry of input formats. Adding an extension is one entry in a format's `extensions`; adding a
 * format is one entry here (its readers live in their own files). Input listing, format detection, the
 * pre-scan and extraction all read this table.
 */
export const FORMATS = {
  html: {
    extensions: { html: {}, htm: {}, xhtml: {} },
    sniff: [
      { rank: 1, pattern: /^\s*(?:<!doctype html|<html[\s>]|<\?xml)/i },
      { rank: 4, pattern: /<(?:p|div|blockquote|body|article|section|a)[\s>]/i },
    ],
    mask: maskHtml,
    readers: [
      htmlMarkup,
      // Flattened embeds and WordPress shortcodes sit in a page's paragraphs as they do in plain text.
      wordPressShortcodes({ in: 'block-lines' }),
      flattenedEmbeds({ in: 'block-lines', layout: 'guess' }),
      statusLinks({ references: false }),
    ],
  },
  markdown: {
    extensions: {
      md: {},
      markdown: {},
      mdown: {},
      mkd: {},
      // Quarto and R Markdown.
      qmd: {},
      rmd: {},
      // MDX and Astro files are components: indentation there is layout, never a code block.
      mdx: { mdx: true },
      astro: { mdx: true },
      // React/Next.js page sources are read as MDX, their JavaScript comments hidden.
      tsx: { mdx: true, script: true },
      jsx: { mdx: true, script: true },
    },
    sniff: [
      {
        rank: 3,
        pattern: /^(?:---\s*$|#{1,6} |> |```|~~~|\s{0,3}[-*+] )|\]\([^)\s]{1,500}\)|\{\{[<%]|\{%/m,
      },
    ],
    dialect: (text) => (/^import\s[^\n]{1,300}\sfrom\s+['"]/m.test(text.slice(0, 5000)) ? { mdx: true } : {}),
    mask: maskMarkdown,
    readers: [
      htmlMarkup,
      templateShortcodes,
      zolaShortcodes,
      postComponents,
      wordPressShortcodes({ in: 'text' }),
      quotedEmbeds('markdown-quote'),
      flattenedEmbeds({ in: 'text', layout: 'markdown' }),
      renderedWidgets,
      statusLinks({ references: true }),
    ],
  },
  text: {
    extensions: { txt: {}, text: {} },
    // Nothing names plain text: it is what a document is when no other format's content does.
    sniff: [],
    mask: maskHtml,
    readers: [
      htmlMarkup,
      wordPressShortcodes({ in: 'text' }),
      quotedEmbeds('flattened-text'),
      flattenedEmbeds({ in: 'text', layout: 'guess' }),
      renderedWidgets,
      statusLinks({ references: false }),
    ],
  },
  wikitext: {
    extensions: { wiki: {}, wikitext: {}, mediawiki: {} },
    sniff: [
      { rank: 2, pattern: /\{\{\s*cite[ _]|^=={1,5}[^=\n]{1,200}=={1,5}\s*$|\[\[[^\]\n]{1,200}\]\]|'''/im },
    ],
    mask: maskWikitext,
    readers: [citeTweets, statusLinks({ references: false })],
  },
} as const satisfies Record<string, FormatSpec>;

/** Input formats extraction understands. */
export type SourceFormat = keyof typeof FORMATS;

/** What a document is read as when neither its name nor its content says. */
export const FALLBACK_FORMAT: SourceFormat = 'text';

/** Every format, in the registry's order. */
export const SOURCE_FORMATS = Object.keys(FORMATS) as SourceFormat[];

/** The spec of one format. */
export function formatSpec(format: SourceFormat): FormatSpec {
  return FORMATS[format];
}
