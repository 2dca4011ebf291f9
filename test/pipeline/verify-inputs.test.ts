import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fetcher, FetchRequest, FetchResponse } from '../../src/fetch/types.js';
import { streamVerifiedArticles, verifyInputs } from '../../src/pipeline/verify-inputs.js';
import { tempDir } from '../support/temp-dir.js';

const ARTICLES = 12;

/** A site where article i cites status 17000000000000000i (one lookup per article). */
async function site(): Promise<string> {
  const dir = await tempDir();
  for (let i = 0; i < ARTICLES; i++) {
    const id = String(1700000000000000000n + BigInt(i));
    await writeFile(
      join(dir, `post-${String(i).padStart(2, '0')}.md`),
      `# Post ${i}\n\nAs reported in https://x.com/someone/status/${id} yesterday.\n`,
    );
  }
  return dir;
}

/**
 * A fetcher that holds every request until the test releases it, answering 404: the test decides which
 * article finishes first and sees how many articles are being looked up at once.
 */
function heldFetcher() {
  const held: { url: string; release: () => void }[] = [];
  let waiting: (() => void) | undefined;
  const fetcher: Fetcher = {
    fetch: (request: FetchRequest) =>
      new Promise<FetchResponse>((resolve) => {
        held.push({
          url: request.url,
          release: () =>
            resolve({
              requestedUrl: request.url,
              url: request.url,
              status: 404,
              headers: {},
              body: '',
              redirects: [],
              stopped: false,
              fromCache: false,
              fetchedAt: '2025-01-01T00:00:00.000Z',
            }),
        });
        waiting?.();
      }),
    stats: () => ({}),
    close: async () => undefined,
  };
  /** Resolves once `count` requests are being held. */
  const until = async (count: number) => {
    while (held.length < count) await new Promise<void>((resolve) => (waiting = resolve));
  };
  return { fetcher, held, until };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('streamVerifiedArticles', () => {
  it('yields articles in input order even when later ones finish first, with at most articleConcurrency in flight', async () => {
    const cwd = await site();
    const { fetcher, held, until } = heldFetcher();
    const seen: string[] = [];
    const run = (async () => {
      for await (const article of streamVerifiedArticles(['.'], { cwd, fetcher, articleConcurrency: 3 })) {
        seen.push(article.source);
      }
    })();
    let finished = false;
    void run.then(() => {
      finished = true;
    });
    // Release held requests newest first, so every article but the oldest in flight is done before it.
    let released = 0;
    let mostInFlight = 0;
    while (!finished) {
      await Promise.race([until(released + 1), run]);
      await settle();
      const pending = held.slice(released);
      mostInFlight = Math.max(
        mostInFlight,
        new Set(pending.map((r) => /1700000000000000\d{3}/.exec(r.url)?.[0])).size,
      );
      for (const request of pending.reverse()) request.release();
      released += pending.length;
    }
    await run;
    expect(mostInFlight).toBe(3);
    expect(seen).toEqual(Array.from({ length: ARTICLES }, (_, i) => `post-${String(i).padStart(2, '0')}.md`));
  });

  it('gives verifyInputs the same articles as an array', async () => {
    const cwd = await site();
    const { fetcher, held } = heldFetcher();
    const release = setInterval(() => {
      for (const request of held.splice(0)) request.release();
    }, 1);
    try {
      const articles = await verifyInputs(['.'], { cwd, fetcher });
      expect(articles.map((a) => a.source)).toHaveLength(ARTICLES);
      expect(articles.every((a) => a.results.length === 1)).toBe(true);
    } finally {
      clearInterval(release);
    }
  });
});
