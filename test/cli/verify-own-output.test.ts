import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run-report.js';
import { readJsonReport } from '../support/e2e-report.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

// Offline with an empty cache nothing can be checked: the situation of a nightly job while X is down.
const ARTICLE = [
  '# Notes',
  'See https://x.com/danaokafor_news/status/1911000000000000001 and',
  'https://x.com/MbkTransit/status/1911000000000000002 for the details.',
].join('\n');

async function verify(dir: string, extra: string[] = []) {
  const run = await runCli(
    ['verify', '.', '--offline', '--format', 'json,md,html', '--no-progress', ...extra],
    {
      cwd: dir,
    },
  );
  return { run, report: (await readJsonReport(path.join(dir, 'reports'))) as RunReport };
}

describe('verify in a folder that holds its own reports and cache', () => {
  it('never reads them back as articles: the third run checks what the first did', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), ARTICLE);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push((await verify(dir, ['--max-unverifiable', '100%'])).report);
    expect(runs.map((report) => [report.summary.articles, report.summary.citations])).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(runs[2]?.articles.map((article) => article.source)).toEqual(['post.md']);
  });
});

describe('when nothing could be checked', () => {
  it('exits 1 by default, saying why on stderr', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), ARTICLE);
    const { run, report } = await verify(dir);
    expect(report.summary.bySeverity.unverifiable).toBe(2);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'citecheck: exit 1: none of the 2 citations could be checked, more than --max-unverifiable 50%',
    );
  });

  it('exits 0 when --max-unverifiable allows it, and merge applies the same rule', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), ARTICLE);
    const { run } = await verify(dir, ['--max-unverifiable', '100%']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = path.join(dir, 'reports', 'citecheck.json');
    const out = path.join(dir, 'merged');
    expect((await runCli(['merge', json, '--out', out], { cwd: dir })).code).toBe(1);
    expect((await runCli(['merge', json, '--out', out, '--max-unverifiable', '1'], { cwd: dir })).code).toBe(
      0,
    );
  });
});
