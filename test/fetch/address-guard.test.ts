import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAddress, classifyUrlHost } from '../../src/fetch/address-guard.js';
import { createFetcher, type FetcherOptions } from '../../src/fetch/index.js';
import { fetchErrorCode, tableLookup } from '../support/table-lookup.js';
import { tempDir } from '../support/temp-dir.js';

describe('classifyUrlHost', () => {
  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://10.1.2.3/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://100.64.0.1/', 'cgnat'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://169.254.10.10/', 'link-local'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://255.255.255.255/', 'reserved'],
    ['http://[::1]/', 'loopback'],
    ['http://[::]/', 'unspecified'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:a9fe:a9fe]/', 'metadata'],
    ['http://[64:ff9b::10.0.0.1]/', 'private'],
    ['http://[2002:7f00:1::]/', 'loopback'],
    ['http://[fc00::1]/', 'private'],
    ['http://[fd00:ec2::254]/', 'metadata'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://[ff02::1]/', 'multicast'],
    ['http://2130706433/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
    ['http://localhost:3000/', 'loopback'],
    ['http://api.localhost/', 'loopback'],
    ['http://8.8.8.8/', 'public'],
    ['http://[2606:4700::1111]/', 'public'],
    ['http://[64:ff9b::8.8.8.8]/', 'public'], // DNS64 networks reach public IPv4 hosts this way
    ['http://[::ffff:8.8.8.8]/', 'public'],
    // Finding 13: ranges a hand-written table did not know read as public. Only unicast public space passes.
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'reserved'], // Teredo
    ['http://[::ffff:0:127.0.0.1]/', 'reserved'], // IPv4-translated (RFC 6145)
    ['http://[::ffff:0:8.8.8.8]/', 'reserved'],
    ['http://[64:ff9b:1::10.0.0.1]/', 'reserved'], // local-use NAT64 (RFC 8215)
    ['http://[64:ff9b:1::8.8.8.8]/', 'reserved'],
    ['http://192.88.99.1/', 'reserved'], // 6to4 relay anycast
    ['http://[2002:c058:6301::1]/', 'reserved'], // 6to4 of the relay anycast
    ['http://[2002:808:808::1]/', 'reserved'], // any 6to4: deprecated, reached through anycast relays
    ['http://[::127.0.0.1]/', 'reserved'], // deprecated IPv4-compatible
    ['http://[::8.8.8.8]/', 'reserved'],
    ['http://[2001:2::1]/', 'reserved'], // benchmarking
    ['http://[2001:20::1]/', 'reserved'], // ORCHIDv2
    ['http://[3fff::1]/', 'reserved'], // documentation (RFC 9637)
    ['http://[5f00::1]/', 'reserved'], // SRv6 SIDs
    ['http://[4000::1]/', 'reserved'], // unassigned, outside global unicast 2000::/3
    ['http://192.31.196.1/', 'reserved'], // AS112
    ['http://192.52.193.1/', 'reserved'], // AMT
    ['http://168.63.129.16/', 'metadata'],
  ])('classifies the host of %s as %s', (url, expected) => {
    const host = classifyUrlHost(new URL(url));
    expect(host.kind === 'ip' && host.class).toBe(expected);
  });

  it('leaves ordinary host names to be resolved', () => {
    expect(classifyUrlHost(new URL('https://t.co/abc'))).toEqual({ kind: 'name', name: 't.co' });
  });

  it('returns undefined for strings that are not IP addresses', () => {
    expect(classifyAddress('example.com')).toBeUndefined();
    expect(classifyAddress('1.2.3')).toBeUndefined();
  });
});

async function guardedFetcher(options: FetcherOptions) {
  return createFetcher({ cacheDir: await tempDir(), maxRetries: 0, env: {}, ...options });
}

describe('address guard in the fetcher (no msw: requests reach the real dispatcher)', () => {
  it.each([
    'http://127.0.0.1/',
    'http://10.0.0.8/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0x7f000001/',
    'http://localhost/',
    'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/',
    'http://[::ffff:0:7f00:1]/',
    'http://[64:ff9b:1::a00:1]/',
    'http://192.88.99.1/',
  ])('refuses %s before connecting', async (url) => {
    const lookup = tableLookup({});
    const fetcher = await guardedFetcher({ lookup });
    expect(await fetchErrorCode(fetcher.fetch({ url, cacheClass: 'none' }))).toBe('refused-by-guard');
    expect(lookup.calls).toEqual([]);
    await fetcher.close();
  });

  it.each([
    ['a private IPv4 address', ['10.0.0.5']],
    ['the metadata address', ['169.254.169.254']],
    ['an IPv6 loopback', ['::1']],
    ['an IPv4-mapped loopback', ['::ffff:127.0.0.1']],
    ['a Teredo address', ['2001:0:4136:e378:8000:63bf:3fff:fdd2']],
    ['an IPv4-translated loopback', ['::ffff:0:7f00:1']],
    ['a local-use NAT64 address', ['64:ff9b:1::a00:1']],
    ['the 6to4 relay anycast', ['192.88.99.1']],
    ['an address outside global unicast', ['4000::1']],
    ['a public and a private address (rebinding-style answer)', ['93.184.216.34', '192.168.0.10']],
  ])('refuses a name that resolves to %s, at connect time', async (_label, addresses) => {
    const lookup = tableLookup({ 'internal.example': addresses });
    const fetcher = await guardedFetcher({ lookup });
    const code = await fetchErrorCode(
      fetcher.fetch({ url: 'http://internal.example/admin', cacheClass: 'none' }),
    );
    const stats = fetcher.stats();
    await fetcher.close();
    expect(code).toBe('refused-by-guard');
    // resolved exactly once: the socket would connect to the very addresses that were checked
    expect(lookup.calls).toEqual(['internal.example']);
    expect(stats['internal.example']).toMatchObject({ requests: 1, errors: 1 });
  });

  it('reports a name that does not resolve as a dns failure', async () => {
    const fetcher = await guardedFetcher({ lookup: tableLookup({}) });
    expect(await fetchErrorCode(fetcher.fetch({ url: 'https://nowhere.example/', cacheClass: 'none' }))).toBe(
      'dns',
    );
    await fetcher.close();
  });

  it('refuses schemes other than http and https', async () => {
    const fetcher = await guardedFetcher({});
    expect(await fetchErrorCode(fetcher.fetch({ url: 'file:///etc/passwd', cacheClass: 'none' }))).toBe(
      'unsupported-scheme',
    );
    expect(await fetchErrorCode(fetcher.fetch({ url: 'not a url', cacheClass: 'none' }))).toBe('bad-url');
    await fetcher.close();
  });
});

describe('address guard on redirect hops', () => {
  const server = setupServer(
    http.get('https://news.example/to-metadata', () =>
      HttpResponse.text('', { status: 302, headers: { location: 'http://169.254.169.254/latest/' } }),
    ),
    http.get('https://news.example/to-internal', () =>
      HttpResponse.text('', { status: 302, headers: { location: 'http://internal.example/secret' } }),
    ),
  );
  beforeAll(() =>
    // Only internal.example may bypass msw, so that hop meets the real dispatcher and its guard
    server.listen({
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).hostname !== 'internal.example') print.error();
      },
    }),
  );
  afterAll(() => server.close());

  it('refuses a redirect into a private IP literal', async () => {
    const fetcher = await guardedFetcher({});
    const code = await fetchErrorCode(
      fetcher.fetch({ url: 'https://news.example/to-metadata', cacheClass: 'none' }),
    );
    await fetcher.close();
    expect(code).toBe('refused-by-guard');
  });

  it('refuses a redirect to a name that resolves into private space', async () => {
    const lookup = tableLookup({ 'internal.example': ['10.1.1.1'] });
    const fetcher = await guardedFetcher({ lookup });
    const code = await fetchErrorCode(
      fetcher.fetch({ url: 'https://news.example/to-internal', cacheClass: 'none' }),
    );
    await fetcher.close();
    expect(code).toBe('refused-by-guard');
    expect(lookup.calls).toEqual(['internal.example']);
  });
});
