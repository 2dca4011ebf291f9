import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { ids, testScenario, tweetResultUrl } from './fixture-scenario.js';

const fake = createFakeX(testScenario());
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.useRealTimers();
  fake.setOptions({ latencyMs: 0 });
  fake.reset();
});
afterAll(() => server.close());

/** Advances fake time until the fetch settles; returns how much time that took. */
async function elapsedUntilAnswered(url: string): Promise<number> {
  let settled = false;
  const pending = fetch(url).then(() => {
    settled = true;
  });
  let elapsed = 0;
  while (!settled && elapsed < 5_000) {
    await vi.advanceTimersByTimeAsync(10);
    elapsed += 10;
  }
  await pending;
  return elapsed;
}

describe('fake X latency', () => {
  it('holds each answer for the fixed latency', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    fake.setOptions({ latencyMs: 300 });
    const elapsed = await elapsedUntilAnswered(tweetResultUrl(ids.plain));
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(elapsed).toBeLessThan(400);
  });

  it('draws jitter from the seeded RNG, so the same seed repeats the same delays', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const delays = async () => {
      fake.setOptions({ latencyMs: [50, 1_000], seed: 7 });
      fake.reset();
      const out = [];
      for (let i = 0; i < 4; i += 1) out.push(await elapsedUntilAnswered(tweetResultUrl(ids.plain)));
      return out;
    };
    const first = await delays();
    expect(new Set(first).size).toBeGreaterThan(1);
    for (const delay of first) expect(delay).toBeGreaterThanOrEqual(50);
    expect(await delays()).toEqual(first);
  });
});
