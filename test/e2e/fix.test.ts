import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../dev/fake-x/index.js';
import type { RunReport } from '../../src/run-report.js';
import { repoRoot, runCli, verifyFlags } from '../support/e2e-cli.js';
import { type E2eHarness, startE2eHarness } from '../support/e2e-fake.js';
import { allResults, checksOf, readJsonReport, resultForId } from '../support/e2e-report.js';

const DEMO = path.join(repoRoot, 'examples', 'articles');

let harness: E2eHarness;
let step = 0;

/** A fresh copy of the demo articles in the scratch directory (the run's cwd), and its name there. */
async function copyDemo(): Promise<string> {
  const name = `articles-${++step}`;
  await cp(DEMO, harness.sub(name), { recursive: true });
  return name;
}

async function verifyIn(dir: string): Promise<{ report: RunReport; out: string }> {
  const out = `out-${++step}`;
  const run = await runCli(['verify', dir, ...verifyFlags(harness.server.url, 'cache', out)], {
    cwd: harness.dir,
  });
  expect(run.code, run.stderr).not.toBe(2);
  return { report: await readJsonReport(harness.sub(out)), out };
}

/** verify's flags that fix shares (the fake's origin, the cache, fast budgets): no --out, no progress. */
function fetchFlags(): string[] {
  const flags = verifyFlags(harness.server.url, 'cache', 'unused');
  const out = flags.indexOf('--out');
  return flags.filter((flag, index) => index !== out && index !== out + 1 && flag !== '--no-progress');
}

/** Applies a multi-file unified diff with jsdiff (independent of citecheck's own edit code). */
async function applyDiff(diff: string): Promise<void> {
  for (const patch of parsePatch(diff)) {
    const file = harness.sub((patch.newFileName ?? '').replace(/^b\//, ''));
    const patched = applyPatch(await readFile(file, 'utf8'), patch);
    if (patched === false) throw new Error(`the diff does not apply to ${file}`);
    await writeFile(file, patched);
  }
}

beforeAll(async () => {
  harness = await startE2eHarness(await loadScenario(path.join(repoRoot, 'examples', 'scenario.json')));
});
afterAll(async () => {
  await harness?.close();
});

describe('citecheck fix on the demo articles', () => {
  it('prints a diff that, applied, makes the next verify report those findings fixed', async () => {
    const dir = await copyDemo();
    const before = await verifyIn(dir);
    const fix = await runCli(['fix', dir, '--report', path.join(before.out, 'citecheck.json')], {
      cwd: harness.dir,
    });
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.stdout).toMatch(/^--- a\/articles-\d+\/harbor-footbridge\.txt/m);
    // The medium-confidence ID is named as refused, not edited.
    expect(fix.stderr).toMatch(
      /harbor-footbridge\.txt:3: no add-permalink edit \(id-recovered\).*medium confidence/,
    );
    const planned = allResults(before.report).filter((r) => (r.suggestedEdits ?? []).length > 0);
    expect(planned.length).toBe(6);

    await applyDiff(fix.stdout);
    const after = await verifyIn(dir);
    // date-mismatch: corrected from the ID's time.
    expect(checksOf(resultForId(after.report, '1920811100475457784'))).toContain('date-match');
    // handle-renamed: the shortcode names the current handle.
    expect(checksOf(resultForId(after.report, '1929885861831528789'))).toContain('handle-match');
    // Recovered IDs are now cited by the article itself.
    for (const id of ['1911240453414314046', '1911094647699853405', '1911058058361085959']) {
      expect(resultForId(after.report, id).resolution).toMatchObject({
        foundBy: 'cited',
        confidence: 'high',
      });
    }
    // The deleted post keeps its finding (it is still deleted) but now has its archived copy linked.
    const deleted = resultForId(after.report, '1921290608606482649');
    expect(checksOf(deleted)).toContain('status-deleted');
    expect(await readFile(harness.sub(`${dir}/river-cleanup.html`), 'utf8')).toContain(
      `<a href="${deleted.archiveUrl}">Archived copy of this post</a>`,
    );
    // Nothing is left to suggest: the fix is complete.
    expect(allResults(after.report).flatMap((r) => r.suggestedEdits ?? [])).toEqual([]);
    const again = await runCli(['fix', dir, '--report', path.join(after.out, 'citecheck.json')], {
      cwd: harness.dir,
    });
    expect([again.code, again.stdout]).toEqual([0, '']);
  });

  it('--write gives the same files as the diff, from a fresh run', async () => {
    const viaDiff = await copyDemo();
    const first = await verifyIn(viaDiff);
    const diff = await runCli(['fix', viaDiff, '--report', path.join(first.out, 'citecheck.json')], {
      cwd: harness.dir,
    });
    await applyDiff(diff.stdout);
    const inPlace = await copyDemo();
    const write = await runCli(['fix', inPlace, '--write', ...fetchFlags()], { cwd: harness.dir });
    expect(write.code, write.stderr).toBe(0);
    expect(write.stdout).toBe('');
    expect(write.stderr).toMatch(/river-cleanup\.html: 2 edits written/);
    for (const name of ['harbor-footbridge.txt', 'river-cleanup.html', 'route-9-notes.md']) {
      expect(await readFile(harness.sub(`${inPlace}/${name}`), 'utf8')).toBe(
        await readFile(harness.sub(`${viaDiff}/${name}`), 'utf8'),
      );
    }
  });

  it('refuses a file changed since the check and leaves it as it is (exit 1)', async () => {
    const dir = await copyDemo();
    const { out } = await verifyIn(dir);
    const file = harness.sub(`${dir}/river-cleanup.html`);
    const edited = `${await readFile(file, 'utf8')}<!-- edited after the check -->\n`;
    await writeFile(file, edited);
    const fix = await runCli(['fix', dir, '--write', '--report', path.join(out, 'citecheck.json')], {
      cwd: harness.dir,
    });
    expect(fix.code).toBe(1);
    expect(fix.stderr).toMatch(/river-cleanup\.html: changed since it was checked; left unchanged/);
    expect(await readFile(file, 'utf8')).toBe(edited);
    // The other files were still fixed.
    expect(fix.stderr).toMatch(/route-9-notes\.md: 1 edit written/);
  });

  it('refuses a file whose format it cannot tell from its name', async () => {
    const dir = await copyDemo();
    await cp(harness.sub(`${dir}/river-cleanup.html`), harness.sub(`${dir}/river-cleanup.page`));
    const { out } = await verifyIn(`${dir}/river-cleanup.page`);
    const fix = await runCli(
      ['fix', `${dir}/river-cleanup.page`, '--report', path.join(out, 'citecheck.json')],
      {
        cwd: harness.dir,
      },
    );
    expect(fix.code).toBe(1);
    expect(fix.stdout).toBe('');
    expect(fix.stderr).toMatch(/river-cleanup\.page: unknown format/);
  });

  it('names a report that is not one (exit 2)', async () => {
    await writeFile(harness.sub('not-a-report.json'), '{"schemaVersion": 1}');
    const fix = await runCli(['fix', 'x.html', '--report', 'not-a-report.json'], { cwd: harness.dir });
    expect(fix.code).toBe(2);
    expect(fix.stderr).toMatch(/--report not-a-report\.json/);
  });
});
