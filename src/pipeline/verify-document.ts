// The pipeline for one article: extract its citations, verify each (verify-citation.ts), attach suggested
// edits and apply reviewed exceptions.
import pLimit from 'p-limit';
import type { ExtractProblem } from '../citation.js';
import type { ExceptionSet } from '../exceptions/index.js';
import { detectFormat, extractCitations, type SourceFormat } from '../extract/index.js';
import { attachSuggestedEdits } from '../fix/attach-edits.js';
import { contentHash } from '../fix/content-hash.js';
import type { VerificationResult } from '../result.js';
import type { ArticleReport } from '../run-report.js';
import type { ArchiveSaver } from '../save-archive.js';
import { type CitationContext, verifyCitation } from './verify-citation.js';

/** Everything verification needs besides the article: the one fetcher and a few switches. */
export interface VerifyContext extends CitationContext {
  /** Citations of one article checked at once; the fetcher still enforces per-host budgets. Default 8. */
  concurrency?: number;
  /** Reviewed exceptions (config ignore entries; inline markers are read from each article's text). */
  exceptions?: ExceptionSet;
  /** With --save-archive: asks the Wayback Machine to capture available posts that have no copy yet. */
  saver?: ArchiveSaver;
  /** Called after each citation is verified (progress bars, streaming). */
  onResult?: (result: VerificationResult, source: string) => void;
}

/** One article as read by src/inputs. */
export interface SourceDocument {
  source: string;
  text: string;
  format?: SourceFormat;
}

/** Extracts, resolves, looks up and compares every citation of one article. Never throws for bad input. */
export async function verifyDocument(doc: SourceDocument, context: VerifyContext): Promise<ArticleReport> {
  const extraction = extractCitations(
    doc.text,
    doc.format === undefined ? { source: doc.source } : { source: doc.source, format: doc.format },
  );
  const limit = pLimit(context.concurrency ?? 8);
  const errors: ExtractProblem[] = [...extraction.errors];
  const results = await Promise.all(
    extraction.citations.map((citation) =>
      limit(async () => {
        const verified = await verifyCitation(citation, doc.text, context);
        const saved = await context.saver?.save(verified);
        const result = saved === undefined ? verified : { ...verified, savedCapture: saved };
        context.onResult?.(result, doc.source);
        return result;
      }),
    ),
  );
  const format = doc.format ?? detectFormat(doc.source, doc.text);
  const article = {
    source: doc.source,
    errors,
    results: attachSuggestedEdits(doc.text, format, results),
    contentHash: contentHash(doc.text),
  };
  return context.exceptions === undefined ? article : context.exceptions.apply(article, doc.text);
}
