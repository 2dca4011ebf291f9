import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findChromium, requirement } from './requirements.js';
import { tempDir } from './temp-dir.js';

describe('test requirements (what a clone may lack)', () => {
  it('skips with one line saying what is missing and how to get it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(requirement('chromium', undefined, 'x.test.ts', 'no Chromium on PATH', {})).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^x\.test\.ts: skipped, no Chromium on PATH; to run it, set CHROMIUM_PATH/,
    );
    warn.mockRestore();
  });

  it('fails instead when CITECHECK_TEST_REQUIRE=all or names the requirement', () => {
    expect(() =>
      requirement('shared', undefined, 'a.test.ts', 'x missing', { CITECHECK_TEST_REQUIRE: 'all' }),
    ).toThrow(/^a\.test\.ts: x missing, and CITECHECK_TEST_REQUIRE demands shared; to run it, put/);
    expect(() =>
      requirement('redis-server', undefined, 'a.test.ts', 'none', {
        CITECHECK_TEST_REQUIRE: 'chromium,redis-server',
      }),
    ).toThrow(/redis-server/);
    expect(requirement('shared', '/found', 'a.test.ts', 'x', { CITECHECK_TEST_REQUIRE: 'all' })).toBe(
      '/found',
    );
  });

  it('finds Chromium under its usual names on PATH, or only at CHROMIUM_PATH when that is set', async () => {
    const dir = await tempDir();
    const browser = path.join(dir, 'chromium-browser');
    await writeFile(browser, '#!/bin/sh\n');
    await chmod(browser, 0o755);
    await writeFile(path.join(dir, 'chromium'), 'not executable');
    expect(findChromium({ PATH: dir })).toBe(browser);
    expect(findChromium({ PATH: '/nonexistent' })).toBeUndefined();
    expect(findChromium({ PATH: dir, CHROMIUM_PATH: path.join(dir, 'nope') })).toBeUndefined();
    expect(findChromium({ PATH: '', CHROMIUM_PATH: browser })).toBe(browser);
  });
});
