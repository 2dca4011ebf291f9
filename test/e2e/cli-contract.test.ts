import { execFile } from 'node:child_process';
import { appendFile, copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../dev/fake-x/index.js';
import type { RunReport } from '../../src/run-report.js';
import { type CliRun, repoRoot, runCli, verifyFlags } from '../support/e2e-cli.js';
import { type E2eHarness, startE2eHarness } from '../support/e2e-fake.js';
import { allResults, readJsonReport, verdictDigest } from '../support/e2e-report.js';

const git = promisify(execFile);
const articlesDir = path.join('examples', 'articles');
const warningOnly = path.join(articlesDir, 'route-9-notes.md');
const withErrors = path.join(articlesDir, 'river-cleanup.html');

describe('the citecheck CLI contract (shared/design/cli-contract.md)', () => {
  let harness: E2eHarness;
  let full: CliRun;
  let fullReport: RunReport;
  let fullOut: string;
  /** route-9-notes.md alone: a renamed handle (warning) and nothing worse. */
  let partial: { run: CliRun; out: string };
  let runs = 0;

  /** `verify` against the shared fake and warm cache, JSON only, into a fresh directory. */
  async function verify(
    args: string[],
    options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {},
  ) {
    runs += 1;
    const out = harness.sub(`out-${runs}`);
    const run = await runCli(
      [
        'verify',
        ...args,
        ...verifyFlags(harness.server.url, harness.sub('cache'), out),
        ...(args.includes('--format') ? [] : ['--format', 'json']),
      ],
      options,
    );
    return { run, out };
  }

  beforeAll(async () => {
    harness = await startE2eHarness(await loadScenario(path.join(repoRoot, 'examples', 'scenario.json')));
    const [first, second] = await Promise.all([verify([articlesDir]), verify([warningOnly])]);
    full = first.run;
    fullOut = first.out;
    fullReport = await readJsonReport(first.out);
    partial = second;
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe('exit codes', () => {
    it('exits 1 at or above --fail-on and 0 below it', async () => {
      expect(full.code).toBe(1);
      expect(partial.run.code).toBe(0);
      expect((await verify([warningOnly, '--fail-on', 'warning'])).run.code).toBe(1);
      // --fail-on never is asserted on the founding article (founding-article.test.ts).
    });

    it.each([
      ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
      ['an unknown --format', ['--format', 'html,pdf'], /--format/],
      ['a --shard outside 1..N', ['--shard', '3/2'], /--shard: expects I\/N/],
      ['--offline with --refresh', ['--offline', '--refresh'], /--offline and --refresh contradict/],
    ])('exits 2 with a message on stderr for %s', async (_name, flags, message) => {
      const run = await runCli(['verify', warningOnly, ...flags, '--out', harness.sub('never-written')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    });

    it('prints the package version for --version and the commands for --help, exiting 0', async () => {
      const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
        version: string;
      };
      const [version, help] = await Promise.all([runCli(['--version']), runCli(['--help'])]);
      expect([version.code, version.stdout.trim()]).toEqual([0, pkg.version]);
      expect(help.code).toBe(0);
      for (const command of ['extract', 'verify', 'merge']) expect(help.stdout).toContain(command);
      // The fake X is a development tool (`npm run fake-x` in a clone), not part of the published CLI.
      expect(help.stdout).not.toContain('fake-x');
    });
  });

  describe('inputs', () => {
    it('prints extract --json in the documented shape, valid against schema/extract.schema.json', async () => {
      const run = await runCli(['extract', '--json', articlesDir]);
      expect(run.code).toBe(0);
      const output = JSON.parse(run.stdout) as {
        schemaVersion: number;
        articles: Array<{ source: string; citations: unknown[]; errors: unknown[] }>;
      };
      expect(output.schemaVersion).toBe(1);
      expect(
        output.articles.map((article) => [path.basename(article.source), article.citations.length]),
      ).toEqual([
        ['harbor-footbridge.txt', 5],
        ['river-cleanup.html', 8],
        ['route-9-notes.md', 3],
      ]);
      const schema = JSON.parse(await readFile(path.join(repoRoot, 'schema', 'extract.schema.json'), 'utf8'));
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      expect(validate(output), ajv.errorsText(validate.errors)).toBe(true);
    });

    it('reads an article from stdin as "-" and reports a missing file as its error while the run goes on', async () => {
      const markdown = await readFile(path.join(repoRoot, warningOnly), 'utf8');
      const missing = harness.sub('gone.md');
      const { run, out } = await verify(['-', missing], { stdin: markdown });
      expect(run.code).not.toBe(2);
      const report = await readJsonReport(out);
      const stdin = report.articles.find((article) => article.source === '-');
      expect(stdin?.results.map((result) => result.citation.statusId)).toEqual([
        '1928119175631483283',
        '1929885861831528789',
        '1929923679390744948',
      ]);
      const gone = report.articles.find((article) => article.source.endsWith('gone.md'));
      expect(gone?.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/no such file/) }),
      ]);
      expect(gone?.results).toEqual([]);
    });

    it('fails every shard on an input that matches nothing, so a typo cannot pass a sharded job', async () => {
      for (const shard of ['1/2', '2/2']) {
        const { run, out } = await verify([warningOnly, harness.sub('typo.md'), '--shard', shard]);
        expect(run.code, run.stderr).toBe(1);
        const report = await readJsonReport(out);
        const typo = report.articles.find((article) => article.source.endsWith('typo.md'));
        expect(typo?.errors).toEqual([
          expect.objectContaining({ message: expect.stringMatching(/no such file/) }),
        ]);
      }
    });

    it('checks only the files changed since a git ref with --changed-since', async () => {
      const repo = harness.sub('git-repo');
      await mkdir(repo);
      await copyFile(path.join(repoRoot, warningOnly), path.join(repo, 'route-9-notes.md'));
      await copyFile(path.join(repoRoot, withErrors), path.join(repo, 'river-cleanup.html'));
      const inRepo = (...args: string[]) => git('git', args, { cwd: repo });
      await inRepo('init', '-q');
      await inRepo('add', '.');
      await inRepo(
        '-c',
        'user.name=e2e',
        '-c',
        'user.email=e2e@example.invalid',
        'commit',
        '-q',
        '-m',
        'articles',
      );
      await appendFile(path.join(repo, 'route-9-notes.md'), '\nUpdated after publication.\n');
      const { run, out } = await verify(['.', '--changed-since', 'HEAD'], { cwd: repo });
      expect(run.stderr).toBe('');
      const report = await readJsonReport(out);
      expect(report.articles.map((article) => path.basename(article.source))).toEqual(['route-9-notes.md']);
    });
  });

  describe('sharding, merging and baselines', () => {
    it('splits the inputs between --shard 1/2 and 2/2, and merging both equals the unsharded run', async () => {
      const [one, two] = await Promise.all([
        verify([articlesDir, '--shard', '1/2']),
        verify([articlesDir, '--shard', '2/2']),
      ]);
      const sources = async (out: string) =>
        (await readJsonReport(out)).articles.map((article) => article.source);
      const [first, second] = [await sources(one?.out ?? ''), await sources(two?.out ?? '')];
      expect(first.filter((source) => second.includes(source))).toEqual([]);
      expect([...first, ...second].sort()).toEqual(
        fullReport.articles.map((article) => article.source).sort(),
      );

      const mergedOut = harness.sub('merged');
      const merge = await runCli([
        'merge',
        path.join(one?.out ?? '', 'citecheck.json'),
        path.join(two?.out ?? '', 'citecheck.json'),
        '--out',
        mergedOut,
        '--format',
        'json',
      ]);
      expect(merge.code).toBe(full.code);
      const merged = await readJsonReport(mergedOut);
      expect(merged.summary).toEqual(fullReport.summary);
      expect(verdictDigest(merged).sort()).toEqual(verdictDigest(fullReport).sort());
    });

    it('with --baseline of the previous report marks every finding known and exits 0', async () => {
      const { run, out } = await verify([articlesDir, '--baseline', path.join(fullOut, 'citecheck.json')]);
      expect(run.code).toBe(0);
      const report = await readJsonReport(out);
      expect(report.baseline).toMatchObject({ newFindings: 0, resolvedFindings: 0 });
      const findings = allResults(report).flatMap((result) =>
        result.verdicts.filter((v) => v.severity !== 'ok'),
      );
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((verdict) => verdict.baseline === 'known')).toBe(true);
    });

    it('with a baseline that lacks an article, counts its errors as new and exits 1', async () => {
      const { run, out } = await verify([
        articlesDir,
        '--baseline',
        path.join(partial.out, 'citecheck.json'),
      ]);
      expect(run.code).toBe(1);
      expect((await readJsonReport(out)).baseline?.newFindings).toBeGreaterThan(0);
    });
  });

  describe('GitHub Actions', () => {
    it('prints one workflow annotation per finding at its line when GITHUB_ACTIONS=true, none otherwise', async () => {
      const actions = await verify([withErrors], { env: { GITHUB_ACTIONS: 'true' } });
      expect(actions.run.stdout).toMatch(
        /^::error file=examples\/articles\/river-cleanup\.html,line=34,col=1,title=citecheck date-mismatch::/m,
      );
      expect(actions.run.stdout).toMatch(
        /^::error file=[^,]+,line=22,col=1,title=citecheck status-deleted::/m,
      );
      expect(full.stdout).not.toContain('::');
    });
  });
});
