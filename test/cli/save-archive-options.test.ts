import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit-code.js';
import { resolveVerifySettings } from '../../src/cli/resolve-options.js';
import { spnCredentials } from '../../src/cli/save-tally.js';

const resolve = (flags: Record<string, unknown>) => resolveVerifySettings({ flags, env: {} });

describe('verify --save-archive options', () => {
  it('is off by default and on when asked', () => {
    expect(resolve({}).saveArchive).toBe(false);
    expect(resolve({ saveArchive: true }).saveArchive).toBe(true);
  });

  it('contradicts --offline and --no-archive (usage error naming the flag)', () => {
    expect(() => resolve({ saveArchive: true, offline: true })).toThrow(UsageError);
    expect(() => resolve({ saveArchive: true, archive: false })).toThrow(/--no-archive/);
  });

  it('takes the access key only from the environment, and only when both halves are set', () => {
    expect(spnCredentials({ CITECHECK_SPN_ACCESS_KEY: 'AK', CITECHECK_SPN_SECRET: 'SK' })).toEqual({
      credentials: { accessKey: 'AK', secret: 'SK' },
    });
    expect(spnCredentials({ CITECHECK_SPN_ACCESS_KEY: 'AK' })).toEqual({});
    expect(spnCredentials({ CITECHECK_SPN_ACCESS_KEY: ' ', CITECHECK_SPN_SECRET: 'SK' })).toEqual({});
  });
});
