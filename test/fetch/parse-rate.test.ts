import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit-code.js';
import { resolveVerifySettings } from '../../src/cli/resolve-options.js';
import { buildUserAgent, createFetcher, parseRate } from '../../src/fetch/index.js';

describe('parseRate', () => {
  it('reads requests per second', () => {
    expect(parseRate('t.co=5/s')).toEqual({ kind: 'rate', host: 't.co', perSecond: 5 });
  });

  it('reads requests per minute as a per-second rate', () => {
    expect(parseRate('Web.Archive.org=30/m')).toEqual({
      kind: 'rate',
      host: 'web.archive.org',
      perSecond: 0.5,
    });
    expect(parseRate('api.example=90/min')).toEqual({ kind: 'rate', host: 'api.example', perSecond: 1.5 });
  });

  it.each(['t.co', 't.co=5', 't.co=fast/s', '=5/s', 't.co=5/h', 't.co=0/s'])(
    'rejects %j with a message',
    (input) => {
      const parsed = parseRate(input);
      expect(parsed.kind).toBe('invalid');
      expect(parsed.kind === 'invalid' && parsed.message).toContain(input);
    },
  );
});

describe('buildUserAgent', () => {
  it('names the tool, its version and where to read about it', () => {
    expect(buildUserAgent('1.2.3')).toBe('citecheck/1.2.3 (+https://github.com/citecheck/citecheck)');
  });
});

describe('a rate of 0 (finding 9: it meant "no limit")', () => {
  it('is a usage error naming --rate on the command line', () => {
    const resolve = (rate: string[]) => resolveVerifySettings({ flags: { rate }, env: {} });
    expect(() => resolve(['t.co=0/s'])).toThrow(UsageError);
    expect(() => resolve(['t.co=0/s'])).toThrow(/--rate( \[0\])?: rate must be above 0/);
    expect(Object.fromEntries(resolve(['T.co=30/m']).rate)).toEqual({ 't.co': 0.5 });
  });

  it.each([0, -1, Number.NaN])('is refused by createFetcher (rates and defaultRate: %s)', async (rate) => {
    await expect(createFetcher({ env: {}, rates: { 't.co': rate } })).rejects.toThrow(
      /t\.co must be above 0/,
    );
    await expect(createFetcher({ env: {}, defaultRate: rate })).rejects.toThrow(
      /defaultRate must be above 0/,
    );
  });
});
