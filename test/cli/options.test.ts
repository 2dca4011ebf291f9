import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config-file.js';
import { VERIFY_OPTIONS } from '../../src/cli/options.js';
import { resolveVerifySettings } from '../../src/cli/resolve-options.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

async function withConfig(config: unknown, name = 'citecheck.config.json'): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, name), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

async function settings(flags: Record<string, unknown>, config?: unknown, env: NodeJS.ProcessEnv = {}) {
  const dir = config === undefined ? await tempDir() : await withConfig(config);
  return resolveVerifySettings({ flags, config: await loadConfig(undefined, dir), env });
}

async function configError(config: unknown, explicit?: string): Promise<string> {
  const dir = await withConfig(config);
  return loadConfig(explicit, dir).then(
    () => 'no error',
    (error: Error) => error.message,
  );
}

describe('option precedence: default < config file < environment < flag', () => {
  it('uses the defaults with neither flags nor a config file', async () => {
    const resolved = await settings({});
    expect(resolved).toMatchObject({
      out: 'reports',
      format: ['html', 'json'],
      failOn: 'error',
      cacheDir: 'cache',
      concurrency: 8,
      rate: [],
      archive: true,
      progress: true,
    });
    expect(resolved.upstream).toBeUndefined();
  });

  it('takes the config file over the defaults, and a flag over the config file', async () => {
    const config = {
      out: 'site-reports',
      format: ['md', 'sarif'],
      failOn: 'warning',
      concurrency: 2,
      archive: false,
    };
    expect(await settings({}, config)).toMatchObject({
      out: 'site-reports',
      format: ['md', 'sarif'],
      failOn: 'warning',
      concurrency: 2,
      archive: false,
    });
    expect(
      await settings(
        { out: 'mine', format: 'json', failOn: 'never', concurrency: '4', archive: true },
        config,
      ),
    ).toMatchObject({ out: 'mine', format: ['json'], failOn: 'never', concurrency: 4, archive: true });
  });

  it('reads CITECHECK_UPSTREAM between the config file and the flag', async () => {
    const env = { CITECHECK_UPSTREAM: 'http://127.0.0.1:9001' };
    expect((await settings({}, undefined, env)).upstream).toBe('http://127.0.0.1:9001');
    expect((await settings({}, { upstream: 'http://127.0.0.1:9002' }, env)).upstream).toBe(
      'http://127.0.0.1:9002',
    );
    expect(
      (await settings({ upstream: 'http://127.0.0.1:9003' }, { upstream: 'http://127.0.0.1:9002' }, env))
        .upstream,
    ).toBe('http://127.0.0.1:9003');
  });

  it('reads rates with parseRate: per minute, and host:port', async () => {
    const resolved = await settings({ rate: ['127.0.0.1:8787=120/min', 't.co=5/s'] });
    expect(resolved.rate).toEqual([
      ['127.0.0.1:8787', 2],
      ['t.co', 5],
    ]);
    expect((await settings({}, { rate: ['web.archive.org=30/m'] })).rate).toEqual([['web.archive.org', 0.5]]);
  });
});

describe('option errors name where the value came from', () => {
  it.each([
    [{ concurrency: 'lots' }, '--concurrency: expected a number, got "lots"'],
    [{ concurrency: '65' }, '--concurrency: expected a number ≤ 64, got "65"'],
    [{ maxRequests: 'abc' }, '--max-requests: expected a number, got "abc"'],
    [{ maxRequests: '1.5' }, '--max-requests: expected a whole number, got "1.5"'],
    [{ format: 'pdf' }, '--format: expected one of html, json, junit, md, sarif, got "pdf"'],
    [{ format: 'html,pdf' }, '--format: expected one of html, json, junit, md, sarif, got "html,pdf"'],
    [{ failOn: 'sometimes' }, '--fail-on: expected one of error, warning, never, got "sometimes"'],
    [{ rate: ['t.co=5/s', 't.co=fast'] }, '--rate: expected HOST=N/s or HOST=N/m, got "t.co=fast"'],
    [{ rate: ['t.co=0/s'] }, '--rate: rate must be above 0 in "t.co=0/s"'],
    [{ maxUnverifiable: '150%' }, '--max-unverifiable: a share is at most 100%, got "150%"'],
    [{ shard: '3/2' }, '--shard: expects I/N with 1 ≤ I ≤ N ≤ 10000, got "3/2"'],
    [{ cache: 'http://cache' }, '--cache: expected a redis:// or rediss:// URL, got "http://cache"'],
    [
      { upstream: 'ftp://127.0.0.1' },
      '--upstream: expected an http:// or https:// URL, got "ftp://127.0.0.1"',
    ],
    [
      { offline: true, refresh: true },
      '--offline and --refresh contradict each other (flags or config file)',
    ],
  ])('flags %j', async (flags, message) => {
    await expect(settings(flags)).rejects.toThrow(message);
  });

  it('names the config file and the key of an invalid value', async () => {
    await expect(settings({}, { concurrency: 0 })).rejects.toThrow(
      'citecheck.config.json: concurrency: expected a number ≥ 1, got 0',
    );
    await expect(settings({}, { format: 'html' })).rejects.toThrow(
      'citecheck.config.json: format: expected a list, got "html"',
    );
    await expect(settings({}, { format: ['html', 'pdf'] })).rejects.toThrow(
      'citecheck.config.json: format[1]: expected one of html, json, junit, md, sarif, got "pdf"',
    );
    await expect(settings({}, { maxUnverifiable: 10 })).rejects.toThrow(
      'citecheck.config.json: maxUnverifiable: a share is at most 100%, got 10',
    );
  });

  it.each([
    [
      { concurency: 4 },
      'citecheck.config.json: unknown key "concurency" (see schema/config.schema.json for the keys it takes)',
    ],
    [
      { ignore: [{ check: 'status-deleted', reason: 'x', becuase: 'y' }] },
      'citecheck.config.json: unknown key "becuase" in ignore[0] (see schema/config.schema.json',
    ],
    [
      { ignore: [{ check: 'status-deleted' }] },
      'citecheck.config.json: ignore[0].reason: a reason is required',
    ],
    ['{ "out": "reports", }', 'citecheck.config.json:1:21: not valid JSON:'],
    ['[]', 'citecheck.config.json: (root): expected an object, got []'],
  ])('config %j', async (config, message) => {
    expect(await configError(config)).toContain(message);
  });

  it('gives line:column, not a character offset, for a config file that is not JSON', async () => {
    const text = '{\n  "out": "reports",\n  "format": ["md"],\n}\n';
    expect(await configError(text)).toMatch(
      /^citecheck\.config\.json:4:1: not valid JSON: Expected double-quoted property name in JSON at position 42/,
    );
    expect(await configError('\uFEFF{\n  "out": "x",')).toMatch(
      /^citecheck\.config\.json:2:14: not valid JSON: Expected double-quoted property name/,
    );
    expect(await configError('')).toMatch(/^citecheck\.config\.json:1:1: not valid JSON: Unexpected end/);
  });

  it('requires a file named by --config to exist, but not the default one', async () => {
    expect(await configError({}, 'missing.json')).toMatch(/^--config missing\.json: ENOENT/);
    expect(await loadConfig(undefined, await tempDir())).toBeUndefined();
  });

  it('reads --config from another name and keeps only the keys given', async () => {
    const dir = await withConfig({ $schema: 'x', failOn: 'never', ignore: [] }, 'ci.json');
    expect(await loadConfig('ci.json', dir)).toEqual({
      file: 'ci.json',
      values: { failOn: 'never' },
      ignore: [],
    });
  });
});

describe('the CLI takes every option from the one table', () => {
  it('declares a flag in verify --help for every option, and nothing else besides --config', async () => {
    const help = (await runCli(['verify', '--help'])).stdout;
    const flags = [...help.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
    const expected = Object.entries(VERIFY_OPTIONS).map(([key, def]) => {
      const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      return def.default === true ? `--no-${name}` : `--${name}`;
    });
    expect(flags.sort()).toEqual(['--config', ...expected].sort());
  });

  it('answers a mistyped flag with the error, the suggestion and a one-line hint, not the whole help', async () => {
    const run = await runCli(['verify', 'a.md', '--concurency', '3']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      "error: unknown option '--concurency'",
      '(Did you mean --concurrency?)',
      '(run citecheck verify --help for the options)',
    ]);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the key and the file for an unknown config key, writing nothing', async () => {
    const dir = await withConfig({ formats: ['md'] });
    await writeFile(path.join(dir, 'a.md'), 'No posts cited here.\n');
    const run = await runCli(['verify', 'a.md', '--offline', '--no-progress'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('citecheck.config.json: unknown key "formats"');
    expect(await readdir(dir)).toEqual(['a.md', 'citecheck.config.json']);
  });

  it('writes what the config file asks for, unless a flag says otherwise', async () => {
    const dir = await withConfig({ out: 'from-config', format: ['md', 'sarif'], cacheDir: 'c' });
    await writeFile(path.join(dir, 'a.md'), 'No posts cited here.\n');
    const first = await runCli(['verify', 'a.md', '--offline', '--no-progress'], { cwd: dir });
    expect(first.code).toBe(0);
    expect((await readdir(path.join(dir, 'from-config'))).sort()).toEqual([
      'citecheck.md',
      'citecheck.sarif',
    ]);
    const second = await runCli(
      ['verify', 'a.md', '--offline', '--no-progress', '--out', 'from-flag', '--format', 'json'],
      {
        cwd: dir,
      },
    );
    expect(second.code).toBe(0);
    expect(await readdir(path.join(dir, 'from-flag'))).toEqual(['citecheck.json']);
  });
});
