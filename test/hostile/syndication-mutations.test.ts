import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import { verifyDocument } from '../../src/pipeline/verify-document.js';
import type { VerificationResult } from '../../src/result.js';
import { createJumpClock } from '../support/jump-clock.js';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-server.js';
import { tempDir } from '../support/temp-dir.js';
import { GOOD_HTML, GOOD_STATUS_ID } from './article-files.js';
import { goodPayload } from './syndication-payload.js';

// Generated mutations of a valid syndication post, served on loopback and read through the whole pipeline.
// oEmbed answers 404, so syndication is the only source: a mutated post it should not trust must leave the
// citation unverifiable, never "available" and never severity ok.

/** Fields the syndication schema reads and types, with the JSON type each must have. */
const TYPED_FIELDS: Record<string, 'string' | 'boolean' | 'object' | 'id'> = {
  id_str: 'id',
  text: 'string',
  created_at: 'string',
  lang: 'string',
  user: 'object',
  'user.id_str': 'string',
  'user.name': 'string',
  'user.screen_name': 'string',
  quoted_tweet: 'object',
  parent: 'object',
  in_reply_to_screen_name: 'string',
  in_reply_to_status_id_str: 'string',
  edit_control: 'object',
  isEdited: 'boolean',
  isStaleEdit: 'boolean',
  possibly_sensitive: 'boolean',
};
const REQUIRED_FIELDS = ['id_str', 'text', 'created_at'];

const anyJson = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

function isRightType(kind: (typeof TYPED_FIELDS)[string], value: unknown): boolean {
  switch (kind) {
    case 'id':
      return typeof value === 'string' && /^\d{1,20}$/.test(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return typeof value === kind;
  }
}

/** A wrong-typed value at one typed field, or a required field removed. */
const mutation = fc.oneof(
  fc
    .constantFrom(...Object.keys(TYPED_FIELDS))
    .chain((path) =>
      anyJson
        .filter((value) => !isRightType(TYPED_FIELDS[path] ?? 'string', value))
        .map((value) => ({ path, value, remove: false })),
    ),
  fc.constantFrom(...REQUIRED_FIELDS).map((path) => ({ path, value: undefined as unknown, remove: true })),
);

function mutate(payload: Record<string, unknown>, path: string, value: unknown, remove: boolean) {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = payload;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (remove) delete target[last];
  else target[last] = value;
  return payload;
}

let server: LoopbackServer;
let body = '';

beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    if (request.headers['x-forwarded-host'] === 'cdn.syndication.twimg.com') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<html>not found</html>');
    }
  });
});
afterAll(() => server.close());

async function verifyWith(payload: unknown): Promise<VerificationResult> {
  body = JSON.stringify(payload);
  const fetcher = await createFetcher({
    cacheDir: await tempDir(),
    env: {},
    upstream: server.origin,
    maxRetries: 0,
    defaultRate: 1_000,
    rates: { 'cdn.syndication.twimg.com': 1_000, 'publish.x.com': 1_000 },
    ...createJumpClock(),
  });
  try {
    const report = await verifyDocument(
      { source: 'good.html', text: GOOD_HTML },
      { fetcher, archive: false },
    );
    return report.results[0] as VerificationResult;
  } finally {
    await fetcher.close();
  }
}

describe('a syndication post with a wrong-typed field, through verifyDocument', () => {
  it('the unmutated post verifies as ok (so the property below can fail)', async () => {
    const result = await verifyWith(goodPayload());
    expect(result.lookup).toMatchObject({ status: 'available', source: 'syndication' });
    expect(result.severity).toBe('ok');
  });

  it('never turns a wrong type in any field the schema reads into "available"', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ path, value, remove }) => {
        const result = await verifyWith(mutate(goodPayload(), path, value, remove));
        expect(result.lookup).toMatchObject({ status: 'unverifiable', reason: 'unexpected-response' });
        expect(result.severity).toBe('unverifiable');
      }),
      { numRuns: 60, seed: 8 },
    );
  }, 60_000);

  it('reads garbage in the tolerated entity lists as "no entities", never as links or a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'entities',
          'entities.urls',
          'entities.media',
          'mediaDetails',
          'edit_control.edit_tweet_ids',
        ),
        anyJson.filter((value) => !Array.isArray(value) && !(value !== null && typeof value === 'object')),
        async (path, value) => {
          const result = await verifyWith(mutate(goodPayload(), path, value, false));
          expect(result.lookup?.status).toBe('available');
          if (result.lookup?.status !== 'available') return;
          expect(result.lookup.post).toMatchObject({
            id: GOOD_STATUS_ID,
            handle: 'MbkRiverTrust',
            links: [],
          });
        },
      ),
      { numRuns: 25, seed: 8 },
    );
  }, 60_000);
});
