import { readFile, writeFile } from 'node:fs/promises';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TTL } from '../../src/fetch/fetcher-options.js';
import { FileStore } from '../../src/fetch/file-store.js';
import { ResponseCache, type StoredResponse } from '../../src/fetch/response-cache.js';
import { tempDir } from '../support/temp-dir.js';

const KEY = 'GET https://cdn.syndication.twimg.com/tweet-result?id=1&token=a';
const NAMESPACE = 'citecheck-fetch-v1';
const NOW = Date.parse('2026-11-20T10:00:00Z');

const response: StoredResponse = {
  requestedUrl: 'https://cdn.syndication.twimg.com/tweet-result?id=1&token=a',
  url: 'https://cdn.syndication.twimg.com/tweet-result?id=1&token=a',
  status: 200,
  headers: { 'content-type': 'application/json' },
  // A body starting with ':' is one keyv's string serializer escapes: it must come back unchanged.
  body: ':{"id_str":"1"}',
  redirects: [],
  stopped: false,
  fetchedAt: new Date(NOW - 60_000).toISOString(),
};

function cacheOn(store: FileStore): ResponseCache {
  return new ResponseCache(store as unknown as KeyvStoreAdapter, DEFAULT_TTL, () => NOW);
}

describe('cache entries on disk', () => {
  it('are stored as a plain JSON object, not as a JSON string inside the JSON', async () => {
    const store = new FileStore(await tempDir());
    expect(await cacheOn(store).write(KEY, 'post', response)).toBe(true);
    const file = JSON.parse(await readFile(store.pathFor(`${NAMESPACE}:${KEY}`), 'utf8')) as {
      value: unknown;
    };
    expect(file.value).toEqual({ value: { response, freshUntil: NOW - 60_000 + DEFAULT_TTL.post } });
    expect(await cacheOn(store).read(KEY)).toEqual({
      response,
      fresh: true,
      freshUntil: NOW - 60_000 + DEFAULT_TTL.post,
    });
  });

  it('still reads an entry written the old way (keyv serialising it to a string)', async () => {
    const store = new FileStore(await tempDir());
    // What citecheck wrote before: keyv with its default serializer over the same file store.
    const old = new Keyv({ store: store as unknown as KeyvStoreAdapter, namespace: NAMESPACE });
    await old.set(KEY, { response, freshUntil: null });
    const file = JSON.parse(await readFile(store.pathFor(`${NAMESPACE}:${KEY}`), 'utf8')) as {
      value: unknown;
    };
    expect(typeof file.value).toBe('string');
    expect(await cacheOn(store).read(KEY)).toEqual({ response, fresh: true, freshUntil: null });
  });

  it('reads an old entry whose string is not JSON, or not an entry, as a miss', async () => {
    const store = new FileStore(await tempDir());
    const cache = cacheOn(store);
    await cache.write(KEY, 'post', response);
    const path = store.pathFor(`${NAMESPACE}:${KEY}`);
    await writeFile(path, JSON.stringify({ key: `${NAMESPACE}:${KEY}`, value: '{"value":{"respo' }));
    expect(await cache.read(KEY)).toBeUndefined();
    await writeFile(path, JSON.stringify({ key: `${NAMESPACE}:${KEY}`, value: '"just a string"' }));
    expect(await cache.read(KEY)).toBeUndefined();
  });
});
