import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticleSpool } from '../../src/cli/article-spool.js';
import { writeReportStreams, writeReports } from '../../src/cli/commands/write-reports.js';
import { OutputError } from '../../src/cli/exit-code.js';
import { writeReportFiles } from '../../src/cli/write-report-files.js';
import { headOf, type ReportFormat, renderReport } from '../../src/report/index.js';
import { ReportError } from '../../src/run/report-error.js';
import type { RunReport } from '../../src/run-report.js';
import { demoReport } from '../report/fixture-report.js';
import { tempDir } from '../support/temp-dir.js';

const FORMATS: readonly ReportFormat[] = ['html', 'json', 'junit', 'md'];
const NAMES = ['citecheck.html', 'citecheck.json', 'citecheck.junit.xml', 'citecheck.md'];

/** An output directory holding a previous run's reports. */
async function previousReports(): Promise<{ out: string; before: Map<string, string> }> {
  const out = await tempDir();
  const before = new Map(NAMES.map((name) => [name, `previous ${name}\n`]));
  for (const [name, text] of before) await writeFile(join(out, name), text);
  return { out, before };
}

async function contents(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)),
  );
}

/** The demo run with a severity the schema does not know in its last checked article: the JSON renderer must refuse it. */
function brokenReport(): RunReport {
  const report = structuredClone(demoReport());
  const last = report.articles.findLast((article) => article.results.length > 0)?.results[0];
  if (last === undefined) throw new Error('demo report changed: no article has a result');
  (last as { severity: string }).severity = 'catastrophic';
  return report;
}

describe('writing reports as streams', () => {
  it('writes from a spool file exactly what the whole-string renderers give, leaving nothing else behind', async () => {
    const { out } = await previousReports();
    const report = demoReport();
    const spool = createArticleSpool(out, { memoryLimitBytes: 1 });
    for (const article of report.articles) await spool.append(article);
    await spool.close();
    const written = await writeReportStreams(headOf(report), () => spool.read(), FORMATS, out);
    await spool.remove();
    expect(written).toEqual(NAMES.map((name) => join(out, name)));
    expect(await contents(out)).toEqual(
      new Map(FORMATS.map((format, i) => [NAMES[i] as string, renderReport(report, format)])),
    );
  });

  it('leaves every previous report untouched and no spool or temp file when a renderer fails part way', async () => {
    const { out, before } = await previousReports();
    const report = brokenReport();
    const spool = createArticleSpool(out, { memoryLimitBytes: 1 });
    for (const article of report.articles) await spool.append(article);
    await spool.close();
    // junit and md are rendered whole before json fails on its last article: neither may be renamed into place.
    const failure = await writeReportStreams(headOf(report), () => spool.read(), ['junit', 'md', 'json'], out)
      .catch((error: unknown) => error)
      .finally(() => spool.remove());
    expect(failure).toBeInstanceOf(ReportError);
    expect((failure as ReportError).message).toMatch(/articles\.\d+\.results\.0\.severity/);
    expect(await contents(out)).toEqual(before);
  });

  it('writes a merged report already in memory through the same writer', async () => {
    const out = join(await tempDir(), 'new', 'dir');
    const report = demoReport();
    await writeReports(report, ['json'], out);
    expect(await readFile(join(out, 'citecheck.json'), 'utf8')).toBe(renderReport(report, 'json'));
  });
});

describe('writeReportFiles', () => {
  it('fails with an OutputError naming the report when its rename fails, renaming none after it and leaving no temp file', async () => {
    const { out, before } = await previousReports();
    await mkdir(join(out, 'blocked.txt')); // a directory where a report goes: written in full, never renamed
    const failure = await writeReportFiles([
      { file: join(out, 'blocked.txt'), chunks: () => oneChunk('new blocked') },
      { file: join(out, 'citecheck.md'), chunks: () => oneChunk('new md') },
    ]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutputError);
    expect((failure as OutputError).message).toContain(`cannot write ${join(out, 'blocked.txt')}`);
    expect((await readdir(out)).sort()).toEqual([...NAMES, 'blocked.txt'].sort());
    expect(await readFile(join(out, 'citecheck.md'), 'utf8')).toBe(before.get('citecheck.md'));
  });
});

async function* oneChunk(text: string): AsyncGenerator<string> {
  yield text;
}
