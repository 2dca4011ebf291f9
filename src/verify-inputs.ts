import { FetchError } from './fetch/fetch-error.js';
import { readInputs } from './inputs/index.js';
import type { ArticleReport } from './run-report.js';
import { type VerifyContext, verifyDocument } from './verify.js';

export interface VerifyInputsOptions extends VerifyContext {
  /** Directory relative input paths are resolved against. */
  cwd: string;
  /** Stream read for the `-` input. */
  stdin?: NodeJS.ReadableStream;
  /** Articles verified at once (each also runs its citations concurrently). Default 4. */
  articleConcurrency?: number;
}

/**
 * Verifies every input (files, folders, globs, `-`, URLs) and returns one ArticleReport per source in input
 * order. Sources that cannot be read become reports with an error entry; the run goes on.
 */
export async function verifyInputs(
  specs: readonly string[],
  options: VerifyInputsOptions,
): Promise<ArticleReport[]> {
  const reports: ArticleReport[] = [];
  const inFlight = new Set<Promise<void>>();
  const maxArticles = Math.max(1, options.articleConcurrency ?? 4);
  let index = 0;
  const inputs = readInputs([...specs], {
    cwd: options.cwd,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    fetchText: (url) => fetchArticle(url, options),
  });
  for await (const input of inputs) {
    const slot = index++;
    const task = (async () => {
      reports[slot] =
        input.kind === 'error'
          ? { source: input.source, errors: [{ source: input.source, message: input.message }], results: [] }
          : await verifyDocument({ source: input.source, text: input.text, format: input.format }, options);
    })().finally(() => inFlight.delete(task));
    inFlight.add(task);
    // Pull the next document only when a slot frees up, so a large site is never all in memory at once.
    if (inFlight.size >= maxArticles) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return reports;
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
