import { describe, expect, it } from 'vitest';
import { routeRequest } from '../../src/fetch/upstream.js';

describe('routeRequest', () => {
  const upstream = new URL('http://127.0.0.1:4010');

  it('keeps path and query on the upstream origin and names the original host and scheme', () => {
    const { target, headers } = routeRequest(new URL('https://t.co/abc?amp=1'), upstream);
    expect(target.href).toBe('http://127.0.0.1:4010/abc?amp=1');
    expect(headers).toEqual({ 'x-forwarded-host': 't.co', 'x-forwarded-proto': 'https' });
  });

  it('never leaves the upstream origin for a path that looks protocol-relative', () => {
    const { target } = routeRequest(new URL('https://t.co//evil.example/x?y=1'), upstream);
    expect(target.origin).toBe('http://127.0.0.1:4010');
    expect(target.pathname).toBe('//evil.example/x');
  });
});
