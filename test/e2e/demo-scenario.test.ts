import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../dev/fake-x/index.js';
import { CHECKS, type CheckId } from '../../src/checks.js';
import type { VerificationResult } from '../../src/result.js';
import type { RunReport } from '../../src/run-report.js';
import { type CliRun, repoRoot, runCli, verifyFlags } from '../support/e2e-cli.js';
import { type E2eHarness, startE2eHarness } from '../support/e2e-fake.js';
import {
  allResults,
  checksOf,
  readJsonReport,
  resultForId,
  resultWithText,
  verdictDigest,
} from '../support/e2e-report.js';

const articlesDir = path.join(repoRoot, 'examples', 'articles');

function verdict(result: VerificationResult, check: CheckId) {
  const found = result.verdicts.find((candidate) => candidate.check === check);
  if (found === undefined) throw new Error(`no ${check} verdict; got ${checksOf(result).join(', ')}`);
  return found;
}

describe('citecheck verify on the demo (examples/articles + examples/scenario.json)', () => {
  let harness: E2eHarness;
  let cold: CliRun;
  let report: RunReport;
  let coldRequests: number;

  beforeAll(async () => {
    harness = await startE2eHarness(await loadScenario(path.join(repoRoot, 'examples', 'scenario.json')));
    cold = await runCli([
      'verify',
      articlesDir,
      ...verifyFlags(harness.server.url, harness.sub('cache'), harness.sub('cold')),
      '--format',
      'html,json,junit,md,sarif',
    ]);
    coldRequests = harness.fake.traffic.requests.length;
    report = await readJsonReport(harness.sub('cold'));
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe('each designed case (examples/README.md) gets its verdict', () => {
    it('finds the flattened, renamed post through its media link and reports the rename', () => {
      const result = resultWithText(report, 'First steps across the new deck');
      expect(result.resolution).toMatchObject({
        status: 'found',
        foundBy: 'media-link',
        statusId: '1911057969864175647',
      });
      const renamed = verdict(result, 'handle-renamed');
      expect([renamed.expected, renamed.actual]).toEqual(['danaokafor_news', 'danaokafor']);
      // Split around the signature line, the text still matches.
      expect(checksOf(result)).toContain('text-equivalent');
    });

    it('treats a date one day off across the UTC boundary as a date-timezone notice', () => {
      const result = resultWithText(report, 'The Harbor Footbridge is open again');
      const date = verdict(result, 'date-timezone');
      expect([date.severity, date.expected, date.actual]).toEqual(['notice', '2025-04-12', '2025-04-13']);
    });

    it('reports the protected account as status-protected', () => {
      const result = resultWithText(report, 'Counted 212 people');
      expect(result.lookup?.status).toBe('protected');
      expect(verdict(result, 'status-protected').severity).toBe('warning');
    });

    it('reports the unknown t.co link as unresolvable and the post ID as not found', () => {
      const result = resultWithText(report, 'Full inspection report');
      expect(result.resolution.status).toBe('not-found');
      expect(result.resolution).toHaveProperty('reason', expect.stringContaining('https://t.co/Zq8Lm3NoPe'));
      expect(verdict(result, 'link-unresolvable').severity).toBe('notice');
      expect(verdict(result, 'id-not-found').severity).toBe('unverifiable');
      expect(result.lookup).toBeNull();
    });

    it('finds the post of a byline with no ID and no link among the account\u2019s archived posts of that day', () => {
      const result = resultWithText(report, 'Route 9 buses now stop');
      expect(result.resolution).toMatchObject({
        status: 'found',
        statusId: '1911058058361085959',
        foundBy: 'archive',
        confidence: 'high',
        evidence: expect.stringContaining('lists 2 @MbkTransit posts from 2025-04-12 ±1 day'),
      });
      expect(checksOf(result)).toEqual(
        expect.arrayContaining(['status-available', 'text-exact', 'date-match']),
      );
      expect(result.severity).toBe('ok');
    });

    it('matches the identical #RiverDay post with no finding', () => {
      const result = resultForId(report, '1921269057030176892');
      expect(result.severity).toBe('ok');
      expect(checksOf(result)).toEqual(expect.arrayContaining(['status-available', 'text-equivalent']));
    });

    it('reads the emoji-heavy post with a photo right: no finding, its photo link is its own', () => {
      const result = resultWithText(report, 'Team Weir did it');
      expect(result.verdicts.filter((v) => v.severity !== 'ok')).toEqual([]);
      expect(checksOf(result)).toEqual(expect.arrayContaining(['status-available', 'link-match']));
      expect(result.lookup?.status === 'available' && result.lookup.post.text).toMatch(/#Millbrook$/);
    });

    it('reads the long post right: the whole text the article quotes, from oEmbed beside the preview', () => {
      const result = resultWithText(report, 'A few numbers from River Day');
      expect(result.verdicts.filter((v) => v.severity !== 'ok')).toEqual([]);
      expect(result.lookup?.status === 'available' && result.lookup.post.truncated).toBe(false);
    });

    it('flags the misquote ("in decades" for "in years") with a word diff', () => {
      const result = resultForId(report, '1921309511978934582');
      const text = result.verdicts.find((v) => v.field === 'text');
      expect(['text-similar', 'text-different']).toContain(text?.check);
      expect(text?.diff).toEqual(
        expect.arrayContaining([
          { op: 'removed', text: expect.stringContaining('decades') },
          { op: 'added', text: expect.stringContaining('years') },
        ]),
      );
    });

    it('reports the deleted post as status-deleted and compares its Wayback copy', () => {
      const result = resultForId(report, '1921290608606482649');
      expect(verdict(result, 'status-deleted').severity).toBe('error');
      expect(result.archiveUrl).toBe(
        'https://web.archive.org/web/20250510203114/https://twitter.com/leobrandt/status/1921290608606482649',
      );
      expect(verdict(result, 'text-exact').message).toContain('archived copy');
    });

    it('reports a date a week off as a date-mismatch error', () => {
      const result = resultForId(report, '1920811100475457784');
      const date = verdict(result, 'date-mismatch');
      expect([date.severity, date.expected, date.actual]).toEqual(['error', '2025-05-02', '2025-05-09']);
    });

    it('reports the suspended account as status-suspended', () => {
      const result = resultForId(report, '1920418414097494295');
      expect(result.lookup?.status).toBe('suspended');
      expect(verdict(result, 'status-suspended').severity).toBe('warning');
    });

    it('reports the edited post: the cited ID is an older version, and readers now see different text', () => {
      const result = resultForId(report, '1921581068933836955');
      expect(verdict(result, 'id-stale-edit').actual).toBe('1921584241411989690');
      const edited = verdict(result, 'text-edited');
      expect(edited.severity).toBe('warning');
      expect([edited.expected, edited.actual]).toEqual([
        expect.stringContaining('on May 20.'),
        expect.stringContaining('on May 27.'),
      ]);
    });

    it('checks the Markdown status link, the renamed Hugo shortcode and the <Tweet> component', () => {
      const link = resultForId(report, '1928119175631483283');
      expect([link.citation.kind, link.severity]).toEqual(['link', 'ok']);
      expect(checksOf(resultForId(report, '1929885861831528789'))).toContain('handle-renamed');
      expect(resultForId(report, '1929923679390744948').severity).toBe('ok');
    });

    it('gives every verdict the severity its check id defines and exits 1 for the errors', () => {
      for (const { check, severity } of allResults(report).flatMap((r) => r.verdicts)) {
        expect(severity).toBe(CHECKS[check as CheckId].severity);
      }
      expect(report.summary.bySeverity.error).toBeGreaterThan(0);
      expect(cold.code).toBe(1);
      expect(harness.fake.traffic.unexpected).toEqual([]);
    });
  });

  describe('reports', () => {
    it('writes every requested format', async () => {
      for (const file of ['citecheck.html', 'citecheck.json', 'citecheck.junit.xml', 'citecheck.md']) {
        expect((await readFile(path.join(harness.sub('cold'), file), 'utf8')).length).toBeGreaterThan(0);
      }
      for (const file of ['citecheck.html', 'citecheck.json', 'citecheck.junit.xml', 'citecheck.md']) {
        expect(cold.stdout).toContain(file);
      }
    });

    it('shows the deliberately ignored finding (an inline marker) as suppressed in every format', async () => {
      const ferry = resultForId(report, '1920418414097494295');
      const reason = "the ferry company's account was suspended after the event";
      expect(verdict(ferry, 'status-suspended').suppressed).toMatchObject({
        kind: 'inline',
        where: 'examples/articles/river-cleanup.html:36',
      });
      expect(ferry.severity).not.toBe('warning');
      expect(report.summary.suppressed).toBe(1);
      expect(report.exceptions).toEqual([]);
      for (const file of ['citecheck.html', 'citecheck.junit.xml', 'citecheck.md', 'citecheck.sarif']) {
        const text = (await readFile(path.join(harness.sub('cold'), file), 'utf8'))
          .replace(/\\(.)/g, '$1')
          .replace(/&#39;|&apos;/g, "'");
        expect(text, file).toContain(reason);
        expect(text, file).toContain('river-cleanup.html:36');
      }
      const sarif = JSON.parse(await readFile(path.join(harness.sub('cold'), 'citecheck.sarif'), 'utf8'));
      const suppressed = sarif.runs[0].results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
      expect(suppressed.map((r: { ruleId: string }) => r.ruleId)).toEqual(['status-suspended']);
    });

    it('writes JSON that validates against schema/report.schema.json', async () => {
      const schema = JSON.parse(await readFile(path.join(repoRoot, 'schema', 'report.schema.json'), 'utf8'));
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      const json: unknown = JSON.parse(
        await readFile(path.join(harness.sub('cold'), 'citecheck.json'), 'utf8'),
      );
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    });

    it('writes JUnit XML with one testcase per citation, counts agreeing with the JSON', async () => {
      const $ = load(await readFile(path.join(harness.sub('cold'), 'citecheck.junit.xml'), 'utf8'), {
        xml: true,
      });
      const { summary } = report;
      expect($('testcase')).toHaveLength(summary.citations);
      expect($('testsuite')).toHaveLength(summary.articles);
      const root = $('testsuites');
      expect(Number(root.attr('tests'))).toBe(summary.citations);
      expect(Number(root.attr('failures'))).toBe(summary.bySeverity.error);
      expect(Number(root.attr('skipped'))).toBe(summary.bySeverity.unverifiable);
      expect($('testcase > failure')).toHaveLength(summary.bySeverity.error);
    });

    it('writes Markdown whose summary table agrees with the JSON counts', async () => {
      const markdown = await readFile(path.join(harness.sub('cold'), 'citecheck.md'), 'utf8');
      const row = (label: string) => {
        const match = new RegExp(`^\\|[^|]*${label} \\| (\\d+)`, 'm').exec(markdown);
        if (!match) throw new Error(`no "${label}" row in the Markdown summary`);
        return Number(match[1]);
      };
      const { summary } = report;
      expect({
        articles: row('Articles'),
        citations: row('Citations'),
        error: row('Errors'),
        warning: row('Warnings'),
        notice: row('Notices'),
        ok: row('OK'),
        unverifiable: row('Could not check'),
        sourceErrors: row('Source errors'),
      }).toEqual({
        articles: summary.articles,
        citations: summary.citations,
        ...summary.bySeverity,
        sourceErrors: summary.sourceErrors,
      });
    });
  });

  describe('warm cache', () => {
    it('re-runs from the cache without a single request and reaches the same verdicts', async () => {
      expect(coldRequests).toBeGreaterThan(0);
      const warm = await runCli([
        'verify',
        articlesDir,
        ...verifyFlags(harness.server.url, harness.sub('cache'), harness.sub('warm')),
        '--format',
        'json',
      ]);
      expect(harness.fake.traffic.requests.length).toBe(coldRequests);
      expect(warm.code).toBe(cold.code);
      expect(verdictDigest(await readJsonReport(harness.sub('warm')))).toEqual(verdictDigest(report));
    });

    it('gives the same verdicts offline after a warm run, sending nothing', async () => {
      const offline = await runCli([
        'verify',
        articlesDir,
        ...verifyFlags(harness.server.url, harness.sub('cache'), harness.sub('offline')),
        '--format',
        'json',
        '--offline',
      ]);
      expect(harness.fake.traffic.requests.length).toBe(coldRequests);
      expect(offline.code).toBe(cold.code);
      expect(verdictDigest(await readJsonReport(harness.sub('offline')))).toEqual(verdictDigest(report));
    });
  });

  describe('prose quotes', () => {
    // Written here, not in examples/: the article quotes two of the scenario's invented posts in its prose.
    const article = [
      '# Cleanup follow-up',
      '',
      'The city thanked volunteers and said "the river looks better than it has in decades"',
      '([post](https://x.com/MillbrookCity/status/1921309511978934582)). The transit agency had warned that',
      '"Route 4 buses will detour around Mill Street" ([announcement](https://x.com/MbkTransit/status/1920811100475457784)).',
      '',
    ].join('\n');

    it("checks quotes in the article's own prose against the cited posts' words", async () => {
      const file = harness.sub('prose-quotes.md');
      await writeFile(file, article);
      const run = await runCli([
        'verify',
        file,
        ...verifyFlags(harness.server.url, harness.sub('cache'), harness.sub('prose')),
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      const prose = await readJsonReport(harness.sub('prose'));
      const altered = verdict(resultForId(prose, '1921309511978934582'), 'quote-altered');
      expect([altered.severity, altered.expected, altered.actual]).toEqual([
        'warning',
        'the river looks better than it has in decades',
        'The river looks better than it has in years',
      ]);
      expect(verdict(resultForId(prose, '1920811100475457784'), 'quote-exact').severity).toBe('ok');
    });
  });
});
