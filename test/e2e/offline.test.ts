import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../dev/fake-x/index.js';
import type { RunReport } from '../../src/run-report.js';
import { type CliRun, repoRoot, runCli, verifyFlags } from '../support/e2e-cli.js';
import { type E2eHarness, startE2eHarness } from '../support/e2e-fake.js';
import { allResults, checksOf, readJsonReport, resultForId } from '../support/e2e-report.js';

const articlesDir = path.join(repoRoot, 'examples', 'articles');

describe('citecheck verify --offline with an empty cache', () => {
  let harness: E2eHarness;
  let run: CliRun;
  let report: RunReport;
  let binary: string;
  let missing: string;

  beforeAll(async () => {
    harness = await startE2eHarness(await loadScenario(path.join(repoRoot, 'examples', 'scenario.json')));
    binary = harness.sub('scan.txt');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    missing = harness.sub('no-such-article.md');
    run = await runCli([
      'verify',
      articlesDir,
      binary,
      missing,
      ...verifyFlags(harness.server.url, harness.sub('empty-cache'), harness.sub('out')),
      '--format',
      'json',
      '--offline',
    ]);
    report = await readJsonReport(harness.sub('out'));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('finishes and writes its report without sending a single request', () => {
    expect(run.stderr).not.toMatch(/Error|at .+\.js:\d+/);
    expect(run.code).not.toBe(2);
    expect(harness.fake.traffic.requests).toEqual([]);
    expect(report.summary.citations).toBe(16);
  });

  it('marks every lookup of a cited ID unverifiable as an offline miss, never as a pass or a failure', () => {
    const looked = allResults(report).filter((result) => result.lookup !== null);
    expect(looked.length).toBeGreaterThan(0);
    for (const result of looked) {
      expect(result.lookup).toMatchObject({ status: 'unverifiable', reason: 'offline-miss' });
      expect(checksOf(result)).not.toContain('status-available');
      expect(checksOf(result)).not.toContain('status-deleted');
    }
  });

  it('cannot follow media links offline, so flattened embeds end without an ID rather than a verdict', () => {
    for (const result of allResults(report).filter((r) => r.citation.statusId === null)) {
      expect(result.resolution.status).toBe('not-found');
      // Nor search the archive for the account's posts of that day: that needs the network too.
      expect(result.resolution).toHaveProperty('reason', expect.stringMatching(/archive search: failed \(/));
      const links = result.citation.links.length > 0 ? ['link-not-checked'] : [];
      expect(checksOf(result)).toEqual(['id-not-found', ...links]);
      expect(result.severity).toBe('unverifiable');
    }
  });

  it("still reports a cited date a week off its own status ID's time as a date-mismatch error", () => {
    const result = resultForId(report, '1920811100475457784');
    const date = result.verdicts.find((verdict) => verdict.field === 'date');
    expect(date).toMatchObject({ check: 'date-mismatch', severity: 'error', expected: '2025-05-02' });
    expect(run.code).toBe(1);
  });

  it('still matches the dates the IDs confirm', () => {
    const result = resultForId(report, '1921269057030176892');
    expect(checksOf(result)).toContain('date-match');
  });

  it('reports the unreadable and the missing input as source errors naming each file', () => {
    const errorsBySource = new Map(report.articles.map((article) => [article.source, article.errors]));
    const sourceOf = (file: string) =>
      [...errorsBySource.keys()].find((source) => source.endsWith(path.basename(file)));
    const binaryErrors = errorsBySource.get(sourceOf(binary) ?? '');
    const missingErrors = errorsBySource.get(sourceOf(missing) ?? '');
    expect(binaryErrors?.[0]?.message).toMatch(/binary/);
    expect(missingErrors?.[0]?.message).toMatch(/no such file/);
    expect(report.summary.sourceErrors).toBe(2);
  });
});
