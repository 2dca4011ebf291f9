import path from 'node:path';
import { type ArticleExtraction, CITATION_SCHEMA_VERSION, type ExtractOutput } from '../../citation.js';
import { extractCitations } from '../../extract/index.js';
import type { Fetcher } from '../../fetch/types.js';
import { readInputs } from '../../inputs/index.js';
import { showControls } from '../../report/control-chars.js';
import { ExitCode } from '../exit-code.js';

/**
 * `citecheck extract`: prints what each input cites. A bad input is an error entry naming it and the rest
 * still run; like verify, the exit code is then 1, so a mistyped path never passes silently.
 */
export async function runExtract(specs: string[], options: { json: boolean }): Promise<number> {
  let fetcher: Fetcher | undefined;
  const articles: ArticleExtraction[] = [];
  try {
    for await (const input of readInputs(specs, {
      cwd: process.cwd(),
      stdin: process.stdin,
      fetchText: async (url) => {
        // Only URL inputs need the network; everything else stays offline.
        if (fetcher === undefined) {
          const { createFetcher } = await import('../../fetch/index.js');
          fetcher = await createFetcher({ cacheDir: path.resolve('cache') });
        }
        const response = await fetcher.fetch({ url, cacheClass: 'article' });
        if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`);
        return response.body;
      },
    })) {
      articles.push(
        input.kind === 'error'
          ? {
              source: input.source,
              citations: [],
              errors: [{ source: input.source, message: input.message }],
            }
          : extractCitations(input.text, { source: input.source, format: input.format }),
      );
    }
  } finally {
    await fetcher?.close();
  }
  if (options.json) {
    const output: ExtractOutput = { schemaVersion: CITATION_SCHEMA_VERSION, articles };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    process.stdout.write(renderTable(articles));
  }
  return articles.some((article) => article.errors.length > 0) ? ExitCode.findings : ExitCode.ok;
}

function renderTable(articles: readonly ArticleExtraction[]): string {
  const lines: string[] = [];
  for (const article of articles) {
    lines.push(`${article.source}: ${article.citations.length} citations`);
    for (const c of article.citations) {
      const who = c.handle === null ? '' : `@${c.handle}`;
      const text = c.text === null ? '' : ` "${truncate(c.text.replace(/\s+/g, ' '), 60)}"`;
      lines.push(
        `  ${c.location.line}:${c.location.column}  ${c.kind}/${c.form}  ${who} ${c.statusId ?? '-'} ${c.date ?? ''}${text}`.trimEnd(),
      );
    }
    for (const error of article.errors) {
      const where =
        error.line === undefined
          ? ''
          : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
      lines.push(`  error ${error.source}${where}: ${error.message}`);
    }
  }
  // File names and post text may hold control characters: each line stays one line, inert.
  return `${lines.map(showControls).join('\n')}\n`;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
