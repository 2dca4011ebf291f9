import { z } from 'zod';

/** Version of the Citation record; bumped on any breaking change to its fields. */
export const CITATION_SCHEMA_VERSION = 1;

/** Where in the source a citation starts: 1-based line and column (UTF-16 units), 0-based byte offset (UTF-8). */
export const SourceLocationSchema = z
  .object({
    line: z.number().int().min(1).describe('1-based line number'),
    column: z.number().int().min(1).describe('1-based column (UTF-16 code units)'),
    offset: z.number().int().min(0).describe('0-based byte offset into the UTF-8 source'),
  })
  .describe('Where the citation starts in its source');
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

export const LinkKindSchema = z
  .enum(['tco', 'media', 'status', 'other'])
  .describe(
    'tco: t.co short link; media: pic.twitter.com / pic.x.com; status: a post permalink; other: any other URL',
  );
export type LinkKind = z.infer<typeof LinkKindSchema>;

export const CitedLinkSchema = z.object({
  url: z.string().describe('The URL as displayed in the post text (pic.twitter.com/… has no scheme)'),
  kind: LinkKindSchema,
  href: z
    .string()
    .optional()
    .describe(
      'Where the link points when that differs from what is shown (the t.co link behind a display URL)',
    ),
});
export type CitedLink = z.infer<typeof CitedLinkSchema>;

/** Markup a citation was found in. */
export const CitationFormSchema = z.enum([
  'blockquote',
  'wp-block',
  'amp',
  'iframe',
  'widget',
  'flattened-text',
  'markdown-quote',
  'shortcode',
  'mdx',
  'wikitext',
  'status-link',
]);
export type CitationForm = z.infer<typeof CitationFormSchema>;

/**
 * How extraction decided where a flattened post's text starts, when layout alone could not tell for sure
 * (a post run into the article's prose, a post of several paragraphs). Verify settles a `low` start
 * against the retrieved text.
 */
export const TextStartSchema = z
  .object({
    boundary: z
      .enum(['line', 'paragraph', 'wrapper', 'glued', 'sentence', 'intro'])
      .describe(
        "line/paragraph: the text's own line or paragraph; wrapper: after a page's 'Skip Twitter post' label; glued: a block boundary whose space was lost ('YouTube.The'); sentence: a sentence start in run-on prose; intro: after an introducing colon ('See the post here:')",
      ),
    confidence: z.enum(['high', 'low']).describe('low: the post may start earlier or later'),
    precedingText: z
      .string()
      .describe(
        'Article text just before the chosen start (at most 1000 characters), rendered like the text',
      ),
  })
  .describe('Where the cited text was taken to start');
export type TextStart = z.infer<typeof TextStartSchema>;

/** One cited post, as the article shows it. */
export const CitationSchema = z
  .object({
    kind: z
      .enum(['embed', 'link'])
      .describe('embed: the post is rendered/quoted; link: a status URL in prose'),
    form: CitationFormSchema,
    handle: z
      .string()
      .nullable()
      .describe('Author handle without @, as written; null when only an ID is shown'),
    name: z.string().nullable().describe('Display name as shown (entities decoded)'),
    dateText: z.string().nullable().describe('Date exactly as written in the article'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .describe('dateText as an ISO calendar date'),
    statusId: z
      .string()
      .regex(/^\d{1,20}$/)
      .nullable()
      .describe('Decimal status ID when the article carries one'),
    text: z.string().nullable().describe('Post text as shown, entities decoded, tags removed'),
    links: z.array(CitedLinkSchema).describe('Links in the post text, in order, as displayed'),
    quotedText: z.string().nullable().describe('Text of a quoted post shown inside the embed, if any'),
    replyTo: z.string().nullable().describe('Handle this post replies to, when the embed shows it'),
    textStart: TextStartSchema.optional(),
    location: SourceLocationSchema,
  })
  .describe('One X/Twitter post cited by an article');
export type Citation = z.infer<typeof CitationSchema>;

/** A problem found while reading one source; the run goes on with the rest. */
export const ExtractProblemSchema = z.object({
  source: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  message: z.string(),
});
export type ExtractProblem = z.infer<typeof ExtractProblemSchema>;

/** The result of extracting one article. */
export const ArticleExtractionSchema = z.object({
  source: z.string(),
  citations: z.array(CitationSchema),
  errors: z.array(ExtractProblemSchema),
});
export type ArticleExtraction = z.infer<typeof ArticleExtractionSchema>;

/** `citecheck extract --json` output. */
export const ExtractOutputSchema = z.object({
  schemaVersion: z.literal(CITATION_SCHEMA_VERSION),
  articles: z.array(ArticleExtractionSchema),
});
export type ExtractOutput = z.infer<typeof ExtractOutputSchema>;
