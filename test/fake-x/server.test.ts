import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { type FakeXServer, startFakeXServer } from '../../dev/fake-x/server.js';
import { ids, testScenario } from './fixture-scenario.js';

const fake = createFakeX(testScenario());
let server: FakeXServer;

beforeAll(async () => {
  server = await startFakeXServer(fake);
});
afterEach(() => {
  fake.setOptions({ faults: [] });
  fake.reset();
});
afterAll(async () => {
  await server.close();
});

const forwarded = (host: string) => ({ 'x-forwarded-host': host, 'x-forwarded-proto': 'https' });

describe('startFakeXServer', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('answers a real HTTP request the same way the msw handlers do', async () => {
    const response = await fetch(`${server.url}/tweet-result?id=${ids.available}&token=x`, {
      headers: forwarded('cdn.syndication.twimg.com'),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id_str: ids.available,
      user: { screen_name: 'riverwatch' },
    });
    const tombstone = await fetch(`${server.url}/tweet-result?id=${ids.deleted}&token=x`, {
      headers: forwarded('cdn.syndication.twimg.com'),
    });
    expect((await tombstone.json()).tombstone.text.text).toBe(
      'This Post was deleted by the Post author. Learn more',
    );
  });

  it('passes redirects through with their Location', async () => {
    const response = await fetch(`${server.url}/Pic2222`, { headers: forwarded('t.co'), redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(
      `https://twitter.com/riverwatch/status/${ids.available}/photo/1`,
    );
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${server.url}/Link111`, {
      method: 'HEAD',
      headers: forwarded('t.co'),
      redirect: 'manual',
    });
    expect(response.status).toBe(301);
    expect(await response.text()).toBe('');
  });

  it('destroys the socket for a reset fault', async () => {
    fake.setOptions({ faults: [{ host: 't.co', fault: { kind: 'reset' }, first: 1 }] });
    const error = await new Promise<NodeJS.ErrnoException>((resolve, reject) => {
      const req = httpRequest(`${server.url}/Link111`, { headers: forwarded('t.co') }, () =>
        reject(new Error('answered')),
      );
      req.on('error', resolve);
      req.end();
    });
    expect(error.code).toMatch(/ECONNRESET|socket hang up/);
    expect(fake.traffic.requests[0]).toMatchObject({ fault: 'reset', status: 0 });
  });

  it('holds a timeout until the client gives up, then keeps serving', async () => {
    fake.setOptions({ faults: [{ host: 't.co', fault: { kind: 'timeout' }, first: 1 }] });
    await expect(
      fetch(`${server.url}/Link111`, { headers: forwarded('t.co'), signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    const after = await fetch(`${server.url}/Link111`, { headers: forwarded('t.co'), redirect: 'manual' });
    expect(after.status).toBe(301);
  });

  it('closes cleanly while a timeout is being held', async () => {
    const own = await startFakeXServer(
      createFakeX(testScenario(), {
        faults: [{ fault: { kind: 'timeout' }, first: 1 }],
      }),
    );
    const pending = fetch(`${own.url}/Link111`, { headers: forwarded('t.co') }).catch(
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await own.close();
    expect(await pending).toBeInstanceOf(Error);
    await expect(fetch(`${own.url}/Link111`, { headers: forwarded('t.co') })).rejects.toThrow();
  });
});
