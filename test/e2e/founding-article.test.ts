import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS, type CheckId } from '../../src/checks.js';
import type { VerificationResult } from '../../src/result.js';
import type { RunReport } from '../../src/run-report.js';
import { type CliRun, runCli, verifyFlags } from '../support/e2e-cli.js';
import { type E2eHarness, startE2eHarness } from '../support/e2e-fake.js';
import { allResults, checksOf, readJsonReport, resultWithText } from '../support/e2e-report.js';
import { buildSeedScenario, type SeedScenario, seedArticlePath } from '../support/e2e-seed-scenario.js';
import { needShared } from '../support/requirements.js';

const seedArticle = needShared('test/e2e/founding-article.test.ts', 'articles/00-seed-pjmedia.txt');

function verdict(result: VerificationResult, check: CheckId) {
  const found = result.verdicts.find((candidate) => candidate.check === check);
  if (found === undefined) throw new Error(`no ${check} verdict; got ${checksOf(result).join(', ')}`);
  return found;
}

describe.skipIf(seedArticle === undefined)(
  'citecheck verify on the founding article (00-seed-pjmedia.txt)',
  () => {
    let seed: SeedScenario;
    let harness: E2eHarness;
    let cold: CliRun;
    let report: RunReport;

    beforeAll(async () => {
      seed = await buildSeedScenario();
      harness = await startE2eHarness(seed.scenario);
      cold = await runCli([
        'verify',
        seedArticlePath,
        ...verifyFlags(harness.server.url, harness.sub('cache'), harness.sub('out')),
        '--format',
        'json',
      ]);
      report = await readJsonReport(harness.sub('out'));
    });
    afterAll(async () => {
      await harness?.close();
    });

    it('checks all five flattened embeds and nothing else', () => {
      expect(allResults(report).map((result) => result.citation.handle)).toEqual([
        'nicksortor',
        'nayibbukele',
        'nayibbukele',
        'nayibbukele',
        'SecRubio',
      ]);
      expect(report.articles[0]?.errors).toEqual([]);
      expect(harness.fake.traffic.unexpected).toEqual([]);
    });

    it('finds the post of each embed with a pic.twitter.com link through that media link', () => {
      const byPic = [
        ['pic.twitter.com/kRXbKoLBIk', seed.ids.sortor],
        ['pic.twitter.com/IBHielgYvI', seed.ids.flags],
        ['pic.twitter.com/nDHL6deLJq', seed.ids.oopsie],
      ] as const;
      for (const [pic, statusId] of byPic) {
        const result = resultWithText(report, pic);
        expect(result.resolution).toMatchObject({ status: 'found', foundBy: 'media-link', statusId });
        expect(result.resolution).toHaveProperty('evidence', expect.stringContaining(pic));
      }
    });

    it("reports Bukele's Diet Coke post, whose only link leads to the post it quotes, as id-not-found with the reason", () => {
      const result = resultWithText(report, 'Diet Coke');
      expect(result.resolution.status).toBe('not-found');
      expect(result.resolution).toHaveProperty(
        'reason',
        expect.stringContaining(`nicksortor/status/${seed.ids.sortor} (another post: a quote or reference)`),
      );
      // The last way to the post, the account's archived posts of that day, was tried too.
      expect(result.resolution).toHaveProperty(
        'reason',
        expect.stringContaining(
          'archive search: the Wayback Machine lists no @nayibbukele posts from 2025-03-28 ±1 day',
        ),
      );
      expect(result.lookup).toBeNull();
      expect(verdict(result, 'id-not-found').severity).toBe('unverifiable');
      // The link itself could still be followed: that much is checked.
      expect(verdict(result, 'link-resolved').actual).toBe(
        `https://twitter.com/nicksortor/status/${seed.ids.sortor}`,
      );
      expect(result.severity).toBe('unverifiable');
      // Without the post, the article's prose quote of it ("I'll be bringing several cans of Diet Coke")
      // has nothing to be checked against; no other post's words match it.
      expect(
        allResults(report)
          .flatMap((r) => r.verdicts)
          .filter((v) => v.field === 'quote'),
      ).toEqual([]);
    });

    it("finds Rubio's post through the t.co link to his own status and reports its text as edited since", () => {
      const result = resultWithText(report, 'Thank you for your assistance');
      expect(result.resolution).toMatchObject({
        status: 'found',
        foundBy: 'short-link',
        statusId: seed.ids.rubioEdited,
      });
      const edited = verdict(result, 'text-edited');
      expect(edited.severity).toBe('warning');
      expect(edited.actual).toContain('President @nayibbukele!');
      expect(edited.diff?.some((part) => part.op === 'added' && part.text.includes('@nayibbukele'))).toBe(
        true,
      );
    });

    it('reports the deleted flags post as status-deleted, linking and comparing its Wayback copy', () => {
      const result = resultWithText(report, 'pic.twitter.com/IBHielgYvI');
      expect(result.lookup?.status).toBe('deleted');
      expect(verdict(result, 'status-deleted').severity).toBe('error');
      expect(result.archiveUrl).toBe(
        `https://web.archive.org/web/${seed.archiveTimestamp}/https://twitter.com/nayibbukele/status/${seed.ids.flags}`,
      );
      // The emoji-flag text is checked against the archived copy, not skipped.
      expect(verdict(result, 'text-equivalent').message).toContain('archived copy');
    });

    it('accepts the long post the embed cut at "more…" as a consistent truncated prefix (notice)', () => {
      const result = resultWithText(report, 'JUST IN');
      expect(result.lookup?.status).toBe('available');
      expect(verdict(result, 'text-truncated').severity).toBe('notice');
      expect(checksOf(result)).toEqual(expect.arrayContaining(['handle-match', 'date-match', 'link-match']));
    });

    it('matches the "Oopsie… Too late" text split around its signature line', () => {
      const result = resultWithText(report, 'Oopsie');
      expect(checksOf(result)).toEqual(
        expect.arrayContaining(['status-available', 'date-match', 'text-equivalent', 'link-match']),
      );
      expect(result.severity).toBe('ok');
    });

    it('gives every verdict the severity its check id defines', () => {
      for (const result of allResults(report)) {
        for (const { check, severity } of result.verdicts) {
          expect(CHECKS).toHaveProperty(check);
          expect(severity).toBe(CHECKS[check as CheckId].severity);
        }
      }
    });

    it('exits 1 because of the deleted post, and 0 with --fail-on never', async () => {
      expect(cold.stderr).toBe('');
      expect(cold.code).toBe(1);
      expect(report.summary.bySeverity).toEqual({ ok: 1, notice: 1, warning: 1, error: 1, unverifiable: 1 });
      const lenient = await runCli([
        'verify',
        seedArticlePath,
        ...verifyFlags(harness.server.url, harness.sub('cache'), harness.sub('out-never')),
        '--format',
        'json',
        '--fail-on',
        'never',
      ]);
      expect(lenient.code).toBe(0);
    });
  },
);
