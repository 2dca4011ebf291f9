import type { ArticleExtraction, Citation, ExtractProblem, SourceFormat } from '../citation.js';
import { detectFormat } from './detect-format.js';
import { collectDrafts } from './extract-document.js';
import { hasCandidateMarkers, looksBinary } from './prescan.js';
import { createLocator } from './source-location.js';

export { detectFormat, formatFromName } from './detect-format.js';
export { classifyLink } from './link-kind.js';
export { type DateMatch, matchDateAt, parseLocalizedDate } from './localized-date.js';

/** Most citations reported for one article; the rest are dropped with an error entry. */
export const MAX_CITATIONS_PER_ARTICLE = 10_000;

export interface ExtractOptions {
  /** Name of the source (path, URL or `-`), used in errors and to guess the format. */
  source: string;
  /** Skips format detection. */
  format?: SourceFormat;
}

/**
 * Finds every X/Twitter post an article cites, in document order. Pure and total: never throws;
 * problems (binary input, too many citations, internal failures) come back as `errors`.
 */
export function extractCitations(text: string, options: ExtractOptions): ArticleExtraction {
  const { source } = options;
  const errors: ExtractProblem[] = [];
  const citations: Citation[] = [];
  try {
    if (looksBinary(text)) {
      errors.push({ source, message: 'binary content (NUL or control bytes): not a text article' });
      return { source, citations, errors };
    }
    // Cheap pre-scan: most pages cite nothing, and those never reach a parser.
    if (!hasCandidateMarkers(text)) return { source, citations, errors };
    const format = options.format ?? detectFormat(source, text);
    // MDX and Astro files are components: indentation there is layout, never a code block. Docusaurus
    // reads its .md files as MDX too; their ES imports give them away.
    // React/Next.js page sources (.tsx/.jsx) are read as MDX, their JavaScript comments hidden.
    const script = /\.(?:tsx|jsx)$/i.test(source.replace(/[?#].*$/, ''));
    const mdx =
      script ||
      /\.(?:mdx|astro)$/i.test(source.replace(/[?#].*$/, '')) ||
      (format === 'markdown' && /^import\s[^\n]{1,300}\sfrom\s+['"]/m.test(text.slice(0, 5000)));
    const { drafts: collected, problems } = collectDrafts(text, format, MAX_CITATIONS_PER_ARTICLE, {
      mdx,
      script,
    });
    const drafts = collected.sort(
      (a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'embed' ? -1 : 1),
    );
    const locate = createLocator(text);
    for (const problem of problems) {
      const at = locate(problem.offset);
      errors.push({ source, line: at.line, column: at.column, message: problem.message });
    }
    if (drafts.length > MAX_CITATIONS_PER_ARTICLE) {
      const first = locate(drafts[MAX_CITATIONS_PER_ARTICLE]?.start ?? 0);
      errors.push({
        source,
        line: first.line,
        column: first.column,
        message: `more than ${MAX_CITATIONS_PER_ARTICLE} citations: only the first ${MAX_CITATIONS_PER_ARTICLE} are reported`,
      });
      drafts.length = MAX_CITATIONS_PER_ARTICLE;
    }
    for (const d of drafts) {
      citations.push({
        kind: d.kind,
        form: d.form,
        handle: d.handle,
        name: d.name,
        dateText: d.dateText,
        date: d.date,
        statusId: d.statusId,
        text: d.text,
        links: d.links,
        quotedText: d.quotedText,
        replyTo: d.replyTo,
        ...(d.textStart === undefined ? {} : { textStart: d.textStart }),
        location: locate(d.start),
      });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push({ source, message: `extraction failed: ${reason}` });
  }
  return { source, citations, errors };
}
