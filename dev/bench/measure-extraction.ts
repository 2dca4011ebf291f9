import { performance } from 'node:perf_hooks';
import * as cheerio from 'cheerio';
import { extractCitations, formatFromName, type SourceFormat } from '../../src/extract/index.js';
import type { FileKind } from './article-forms.js';
import type { CorpusArticle } from './corpus.js';
import { ratio } from './median.js';

/** Figure 4a: extraction throughput next to a bare `cheerio.load` of the same bytes. */
export interface ExtractionFigure {
  pages: number;
  bytes: number;
  passes: number;
  extractMBps: number;
  extractPagesPerSecond: number;
  cheerioMBps: number;
  cheerioPagesPerSecond: number;
  /** Extraction time / cheerio.load time; goal ≤ 1.5. */
  timeRatio: number | null;
  /** Citations extraction found in one pass, next to the ones the generator placed. */
  citationsFound: number;
  citationsPlaced: number;
}

/** The format the CLI's file walker gives a file of this kind (the extension table in extract/formats.ts). */
function formatOfKind(kind: FileKind): SourceFormat {
  return formatFromName(`article.${kind}`) ?? 'text';
}

function extractPass(articles: readonly CorpusArticle[]): number {
  let found = 0;
  for (const article of articles) {
    found += extractCitations(article.text, { source: article.file, format: formatOfKind(article.kind) })
      .citations.length;
  }
  return found;
}

function cheerioPass(articles: readonly CorpusArticle[]): number {
  let nodes = 0;
  for (const article of articles) nodes += cheerio.load(article.text).root().children().length;
  return nodes;
}

/**
 * Times whole passes over the corpus, alternating the two sides after one warm-up pass each, until
 * `budgetMs` of measured time has passed (at least 2, at most 50 passes per side).
 */
export function measureExtraction(articles: readonly CorpusArticle[], budgetMs: number): ExtractionFigure {
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
  const citationsFound = extractPass(articles);
  cheerioPass(articles);
  let extractMs = 0;
  let cheerioMs = 0;
  let passes = 0;
  while (passes < 2 || (extractMs + cheerioMs < budgetMs && passes < 50)) {
    let start = performance.now();
    extractPass(articles);
    extractMs += performance.now() - start;
    start = performance.now();
    cheerioPass(articles);
    cheerioMs += performance.now() - start;
    passes++;
  }
  const mb = (bytes * passes) / 1e6;
  const pages = articles.length * passes;
  return {
    pages: articles.length,
    bytes,
    passes,
    extractMBps: mb / (extractMs / 1000),
    extractPagesPerSecond: pages / (extractMs / 1000),
    cheerioMBps: mb / (cheerioMs / 1000),
    cheerioPagesPerSecond: pages / (cheerioMs / 1000),
    timeRatio: ratio(extractMs, cheerioMs),
    citationsFound,
    citationsPlaced: articles.reduce((sum, article) => sum + article.citations.length, 0),
  };
}
