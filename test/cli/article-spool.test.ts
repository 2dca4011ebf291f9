import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createArticleSpool, splitLines } from '../../src/cli/article-spool.js';
import type { ArticleReport } from '../../src/run-report.js';
import { demoReport } from '../report/fixture-report.js';
import { tempDir } from '../support/temp-dir.js';

async function readAll(iterable: AsyncIterable<ArticleReport>): Promise<ArticleReport[]> {
  const articles: ArticleReport[] = [];
  for await (const article of iterable) articles.push(article);
  return articles;
}

/** The demo articles with a line separator and other line breaks in their text, as a hostile article might. */
function articles(): ArticleReport[] {
  return demoReport().articles.map((article, i) => ({
    ...article,
    source: `content/${i}\u2028post\r\n.md`,
  }));
}

describe('the article spool', () => {
  it('keeps a small run in memory, making no file, and gives the articles back in order', async () => {
    const dir = await tempDir();
    const spool = createArticleSpool(dir);
    for (const article of articles()) await spool.append(article);
    await spool.close();
    expect(spool.file).toBeNull();
    expect(await readAll(spool.read())).toEqual(articles());
    expect(await readdir(dir)).toEqual([]);
  });

  it('spills past its memory limit to a hidden file in the output directory, readable any number of times', async () => {
    const dir = await tempDir();
    const spool = createArticleSpool(dir, { memoryLimitBytes: 1 });
    for (const article of articles()) await spool.append(article);
    await spool.close();
    expect(await readdir(dir)).toEqual([expect.stringMatching(/^\.citecheck-spool-\d+-[0-9a-f]+\.ndjson$/)]);
    expect(await readAll(spool.read())).toEqual(articles());
    expect(await readAll(spool.read())).toEqual(articles());
    await spool.remove();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is removed even when the run stops before the spool is closed', async () => {
    const dir = await tempDir();
    const spool = createArticleSpool(dir, { memoryLimitBytes: 1 });
    await spool.append(articles()[0] as ArticleReport);
    expect(spool.file).not.toBeNull();
    await spool.remove();
    await spool.remove();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('splitLines (reading the spool back)', () => {
  async function* chunked(line: string, size: number, count: number): AsyncGenerator<string> {
    yield 'first\n';
    for (let i = 0; i < count; i++) yield line.slice(0, size);
    yield '\nlast';
  }

  it('joins a line that spans thousands of chunks once: linear, not quadratic (one 32 MB article)', async () => {
    // 8,192 chunks of 4 KB: re-joining the growing line at every chunk copies ~137 GB and never finishes here.
    const piece = 'a'.repeat(4096);
    const lines: number[] = [];
    for await (const line of splitLines(chunked(piece, 4096, 8192))) lines.push(line.length);
    expect(lines).toEqual([5, 4096 * 8192, 4]);
  }, 5_000);

  it('splits on \\n only, across chunk boundaries, keeping empty lines', async () => {
    async function* parts() {
      yield* ['a\u2028b\r', '\nc', '', 'd\n\ne', 'f'];
    }
    const lines: string[] = [];
    for await (const line of splitLines(parts())) lines.push(line);
    expect(lines).toEqual(['a\u2028b\r', 'cd', '', 'ef']);
  });
});
