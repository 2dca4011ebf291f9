import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repoRoot } from '../support/e2e-cli.js';
import { requirement } from '../support/requirements.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SUITE = 'test/e2e/packed-install.test.ts';

/**
 * The published package as a user gets it: `npm pack`, then an install of the tarball in an empty project,
 * from the npm cache only (no network). What the package lacks (a file outside `files`, a dependency only
 * declared as dev) shows up here and nowhere else.
 */
describe('the packed tarball installed in an empty project', () => {
  let dir: string | undefined;
  let project: string | undefined;
  let bin: string;

  beforeAll(async () => {
    // npm test builds before vitest; --ignore-scripts packs that build instead of rebuilding under other suites.
    assertBuilt();
    dir = await mkdtemp(path.join(tmpdir(), 'citecheck-pack-'));
    const packed = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: repoRoot,
    });
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    const target = path.join(dir, 'project');
    await mkdir(target);
    await writeFile(path.join(target, 'package.json'), '{ "name": "pack-probe", "private": true }\n');
    const installed = await run(
      npm,
      ['install', '--offline', '--prefer-offline', '--no-audit', '--no-fund', path.join(dir, filename)],
      { cwd: target },
    ).catch((error: { stderr?: string }) => ({ failed: error.stderr ?? String(error) }));
    if ('failed' in installed) {
      // Only a package missing from the cache is a reason to skip; any other failure is the package's.
      if (!/ENOTCACHED|offline/i.test(installed.failed))
        throw new Error(`npm install failed:\n${installed.failed}`);
      requirement('npm-cache', undefined, SUITE, 'npm cannot install the tarball offline from its cache');
      return;
    }
    project = target;
    bin = path.join(target, 'node_modules', '.bin', 'citecheck');
    await copyFile(
      path.join(repoRoot, 'examples', 'articles', 'route-9-notes.md'),
      path.join(target, 'a.md'),
    );
  }, 120_000);

  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('prints the version of package.json', async (context) => {
    if (project === undefined) return context.skip();
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    const { stdout } = await run(bin, ['--version'], { cwd: project });
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('runs an offline verify with neither msw nor @keyv/redis installed', async (context) => {
    if (project === undefined) return context.skip();
    const cwd = project;
    const result = await run(bin, ['verify', 'a.md', '--offline', '--format', 'json'], { cwd }).catch(
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    // Offline on an empty cache every citation is unverifiable: exit 1, with the report written.
    expect(result).toMatchObject({ code: 1 });
    expect(result.stdout).toMatch(/citecheck: 3 citations .* in 1 article: 3 unverifiable/);
    const report = JSON.parse(await readFile(path.join(cwd, 'reports', 'citecheck.json'), 'utf8')) as {
      summary: { citations: number };
    };
    expect(report.summary.citations).toBe(3);
    const modules = path.join(cwd, 'node_modules');
    const present = await Promise.all(
      ['msw', '@keyv/redis', 'playwright-core'].map((name) =>
        readFile(path.join(modules, name, 'package.json')).then(
          () => name,
          () => undefined,
        ),
      ),
    );
    expect(present.filter(Boolean)).toEqual([]);
  });
});
