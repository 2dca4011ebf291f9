// The pipeline over inputs: read files, folders, globs, stdin and URLs one at a time and verify each article
// (verify-document.ts), yielding reports in input order.
import { FetchError } from '../fetch/fetch-error.js';
import { type InputResult, readInputs } from '../inputs/index.js';
import type { ArticleReport } from '../run-report.js';
import { type VerifyContext, verifyDocument } from './verify-document.js';

export interface VerifyInputsOptions extends VerifyContext {
  /** Directory relative input paths are resolved against. */
  cwd: string;
  /** Stream read for the `-` input. */
  stdin?: NodeJS.ReadableStream;
  /** Folders never read as inputs (the run's own --out and cache folders). */
  exclude?: readonly string[];
  /** Articles verified at once (each also runs its citations concurrently). Default 4. */
  articleConcurrency?: number;
}

type Settled = { kind: 'done'; article: ArticleReport } | { kind: 'failed'; error: unknown };

/**
 * Verifies every input (files, folders, globs, `-`, URLs) and yields one ArticleReport per source in input
 * order, as soon as it and every earlier one are done. At most `articleConcurrency` articles are verified
 * at once and only a few finished ones wait for a slower earlier one, so memory does not grow with the site.
 * Sources that cannot be read become reports with an error entry; the run goes on.
 */
export async function* streamVerifiedArticles(
  specs: readonly string[],
  options: VerifyInputsOptions,
): AsyncGenerator<ArticleReport> {
  const maxArticles = Math.max(1, options.articleConcurrency ?? 4);
  // Finished articles wait here for an earlier, slower one (a deleted post's archive search at 1 request/s
  // takes seconds). The window must be wide enough that such an article does not stall the other hosts'
  // budgets, yet bounded, so one stuck article never lets the whole site pile up behind it.
  const maxWindow = maxArticles * 64;
  const settled = new Map<number, Settled>();
  const inFlight = new Set<Promise<void>>();
  let started = 0;
  let nextOut = 0;
  const inputs = readInputs([...specs], {
    cwd: options.cwd,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
    fetchText: (url) => fetchArticle(url, options),
  });

  function* ready(): Generator<ArticleReport> {
    for (let next = settled.get(nextOut); next !== undefined; next = settled.get(nextOut)) {
      settled.delete(nextOut);
      nextOut += 1;
      if (next.kind === 'failed') throw next.error;
      yield next.article;
    }
  }

  for await (const input of inputs) {
    const slot = started++;
    const task: Promise<void> = verifyInput(input, options)
      .then(
        (article) => void settled.set(slot, { kind: 'done', article }),
        (error: unknown) => void settled.set(slot, { kind: 'failed', error }),
      )
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    // Pull the next document only when a slot frees up, so a large site is never all in memory at once.
    while (inFlight.size >= maxArticles || started - nextOut >= maxWindow) {
      if (inFlight.size > 0) await Promise.race(inFlight);
      yield* ready();
    }
    yield* ready();
  }
  while (nextOut < started) {
    if (!settled.has(nextOut)) await Promise.race(inFlight);
    yield* ready();
  }
}

/**
 * Verifies every input and returns one ArticleReport per source in input order (all in memory: large sites
 * should consume streamVerifiedArticles instead).
 */
export async function verifyInputs(
  specs: readonly string[],
  options: VerifyInputsOptions,
): Promise<ArticleReport[]> {
  const reports: ArticleReport[] = [];
  for await (const article of streamVerifiedArticles(specs, options)) reports.push(article);
  return reports;
}

async function verifyInput(input: InputResult, options: VerifyInputsOptions): Promise<ArticleReport> {
  if (input.kind === 'error') {
    return { source: input.source, errors: [{ source: input.source, message: input.message }], results: [] };
  }
  return verifyDocument({ source: input.source, text: input.text, format: input.format }, options);
}

async function fetchArticle(url: string, options: VerifyInputsOptions): Promise<string> {
  const response = await options.fetcher.fetch({ url, cacheClass: 'article' });
  if (response.status !== 200) {
    throw new FetchError('http-status', `${url} answered HTTP ${response.status}`, {
      url,
      status: response.status,
    });
  }
  return response.body;
}
