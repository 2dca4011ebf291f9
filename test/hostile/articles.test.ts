import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction, Citation, ExtractOutput } from '../../src/citation.js';
import { MAX_NESTING_DEPTH } from '../../src/extract/html/nesting-depth.js';
import { MAX_CITATIONS_PER_ARTICLE } from '../../src/extract/index.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../../src/inputs/index.js';
import { parseValidReport } from '../support/report-files.js';
import { runCli } from '../support/run-cli.js';
import { GOOD_STATUS_ID, smallHostileArticles, writeArticles, writeProse } from './article-files.js';

// Every hostile article goes through the real CLI in ONE run next to a good article: each must come back
// as a bounded result or an error entry naming it, and the good one must still be extracted.
// Timeouts are hang guards only, never speed claims.
const HANG_GUARD = 120_000;
const MB = 1_000_000;

let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'citecheck-hostile-'));
  const articles = join(root, 'articles');
  await mkdir(articles);
  await writeArticles(articles, smallHostileArticles({ nestingDepth: 100_000, signatureLines: 1_000_000 }));
  // Bigger than the 50 MB input cap: refused by size before it is read.
  await writeProse(join(articles, 'huge.html'), 100 * MB);
  // Under the cap: read and extracted whole (the only citation is at the very end).
  await writeProse(
    join(articles, 'prose-40mb.md'),
    40 * MB,
    `\nSee https://x.com/leobrandt/status/${GOOD_STATUS_ID}\n`,
  );
}, HANG_GUARD);

afterAll(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

const ARTICLE_NAMES = [
  'binary.html',
  'good.html',
  'huge.html',
  'invalid-utf8.md',
  'nested-embeds.html',
  'nested.html',
  'prose-40mb.md',
  'redos.md',
  'signatures.txt',
  'unterminated.html',
  'utf16be.html',
  'utf16le.html',
].map((name) => `articles/${name}`);

function bySource<T extends { source: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.source, entry]));
}

function withoutLocation(citation: Citation | undefined): Omit<Citation, 'location'> | undefined {
  if (citation === undefined) return undefined;
  const { location: _location, ...rest } = citation;
  return rest;
}

/** Checks what every hostile article must give, whichever command read it. */
function expectHostileOutcomes(
  articles: ReadonlyMap<string, Pick<ArticleExtraction, 'errors'> & { ids: string[] }>,
) {
  expect([...articles.keys()].sort()).toEqual(ARTICLE_NAMES);
  const errorsOf = (name: string) => articles.get(`articles/${name}`)?.errors ?? [];
  const idsOf = (name: string) => articles.get(`articles/${name}`)?.ids ?? [];

  expect(idsOf('good.html')).toEqual([GOOD_STATUS_ID]);
  expect(errorsOf('good.html')).toEqual([]);

  expect(idsOf('huge.html')).toEqual([]);
  expect(errorsOf('huge.html')).toEqual([
    {
      source: 'articles/huge.html',
      message: expect.stringContaining(`above the ${DEFAULT_MAX_INPUT_BYTES}-byte input limit`),
    },
  ]);
  expect(idsOf('prose-40mb.md')).toEqual([GOOD_STATUS_ID]);

  expect(errorsOf('binary.html')).toEqual([
    { source: 'articles/binary.html', message: expect.stringMatching(/binary|not valid UTF-8/) },
  ]);
  expect(errorsOf('invalid-utf8.md')).toEqual([
    { source: 'articles/invalid-utf8.md', message: expect.stringContaining('not valid UTF-8') },
  ]);
  expect(idsOf('invalid-utf8.md')).toEqual([]);

  expect(idsOf('utf16le.html')).toEqual([GOOD_STATUS_ID]);
  expect(idsOf('utf16be.html')).toEqual([GOOD_STATUS_ID]);

  // 100k levels would cost the HTML parser minutes (its work grows with the square of the depth): refused
  // by name before parsing; the plain-text forms in it are still read (the embed's permalink, as a link).
  expect(idsOf('nested.html')).toEqual([GOOD_STATUS_ID]);
  expect(errorsOf('nested.html')).toEqual([
    {
      source: 'articles/nested.html',
      line: 1,
      column: 1,
      message: expect.stringContaining(`nested more than ${MAX_NESTING_DEPTH} elements deep`),
    },
  ]);

  expect(idsOf('signatures.txt')).toHaveLength(MAX_CITATIONS_PER_ARTICLE);
  expect(errorsOf('signatures.txt')).toEqual([
    {
      source: 'articles/signatures.txt',
      line: 2 * MAX_CITATIONS_PER_ARTICLE + 1,
      column: 1,
      message: expect.stringContaining(`more than ${MAX_CITATIONS_PER_ARTICLE} citations`),
    },
  ]);

  // The embed before the unclosed comment counts; the one the comment swallows (to end of file) does not.
  expect(idsOf('unterminated.html')).toContain(GOOD_STATUS_ID);
  expect(idsOf('unterminated.html')).not.toContain('1921269057030176894');

  expect(idsOf('nested-embeds.html')[0]).toBe('1921269057030100000');
  expect(idsOf('nested-embeds.html').length).toBeLessThanOrEqual(MAX_CITATIONS_PER_ARTICLE);

  expect(idsOf('redos.md').length).toBeLessThanOrEqual(MAX_CITATIONS_PER_ARTICLE);
  for (const name of ['good.html', 'nested-embeds.html', 'unterminated.html', 'redos.md', 'prose-40mb.md']) {
    expect(errorsOf(name), name).toEqual([]);
  }
}

describe('hostile articles through `citecheck extract --json`', () => {
  it(
    'refuses the 100 MB file by name, bounds the rest, decodes UTF-16 and still extracts the good article',
    async () => {
      const run = await runCli(['extract', '--json', 'articles'], { cwd: root });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1); // the unreadable ones are findings about those files, after reporting
      const output = JSON.parse(run.stdout) as ExtractOutput;
      const articles = bySource(output.articles);
      expectHostileOutcomes(
        new Map(
          [...articles].map(([source, article]) => [
            source,
            { errors: article.errors, ids: article.citations.map((c) => c.statusId ?? '') },
          ]),
        ),
      );
      // A UTF-16 article is the same article: same citation, field for field.
      const good = articles.get('articles/good.html')?.citations[0];
      expect(withoutLocation(articles.get('articles/utf16le.html')?.citations[0])).toEqual(
        withoutLocation(good),
      );
      expect(withoutLocation(articles.get('articles/utf16be.html')?.citations[0])).toEqual(
        withoutLocation(good),
      );
      expect(good).toMatchObject({ handle: 'MbkRiverTrust', date: '2025-05-10' });
    },
    HANG_GUARD,
  );
});

describe('hostile articles through `citecheck verify --offline`', () => {
  it(
    'writes a valid report with an entry for every article and the good citation checked',
    async () => {
      const run = await runCli(
        [
          'verify',
          'articles',
          '--offline',
          '--cache-dir',
          'cache',
          '--out',
          'out',
          '--format',
          'json,html',
          '--no-progress',
          // Offline nothing can be checked: only the unreadable sources decide the exit code here.
          '--max-unverifiable',
          '100%',
        ],
        { cwd: root },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1); // unreadable sources (huge, binary, invalid UTF-8) fail the run, after reporting
      const report = parseValidReport(await readFile(join(root, 'out', 'citecheck.json'), 'utf8'));
      const articles = bySource(report.articles);
      expectHostileOutcomes(
        new Map(
          [...articles].map(([source, article]) => [
            source,
            { errors: article.errors, ids: article.results.map((r) => r.citation.statusId ?? '') },
          ]),
        ),
      );
      // Offline with an empty cache nothing can be looked up: unverifiable, never a verdict against the article.
      const good = articles.get('articles/good.html')?.results[0];
      expect(good?.lookup).toMatchObject({ status: 'unverifiable', reason: 'offline-miss' });
      expect(good?.severity).toBe('unverifiable');
    },
    HANG_GUARD,
  );
});
