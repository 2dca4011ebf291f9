import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { ids, testScenario } from './fixture-scenario.js';

const fake = createFakeX(testScenario());
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset());
afterAll(() => server.close());

const get = (url: string, userAgent = 'citecheck/0.1 (+https://example.org)') =>
  fetch(url, { redirect: 'manual', headers: { 'user-agent': userAgent } });

describe('fake t.co and pic links', () => {
  it('answers 301 with Location for a post link code, a media code and a listed short link', async () => {
    const cases: Array<[string, string]> = [
      ['https://t.co/Link111', 'https://example.org/cleanup'],
      ['https://t.co/Pic2222', `https://twitter.com/riverwatch/status/${ids.available}/photo/1`],
      ['https://t.co/Ext4444?amp=1', 'https://example.org/elsewhere'],
    ];
    for (const [url, location] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(301);
      expect(response.headers.get('location')).toBe(location);
    }
  });

  it('gives browsers the 200 meta-refresh page instead of a redirect', async () => {
    const response = await get(
      'https://t.co/Link111',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<META http-equiv="refresh" content="0;URL=https://example.org/cleanup">');
    expect(html).toContain('location.replace("https:\\/\\/example.org\\/cleanup")');
  });

  it('redirects pic.twitter.com and pic.x.com codes to the post’s photo or video URL', async () => {
    const photo = await get('https://pic.twitter.com/Pic2222');
    expect(photo.status).toBe(301);
    expect(photo.headers.get('location')).toBe(
      `https://twitter.com/riverwatch/status/${ids.available}/photo/1`,
    );
    const video = await get('https://pic.x.com/Vid3333');
    expect(video.headers.get('location')).toBe(`https://x.com/parksdept/status/${ids.edited0}/video/1`);
  });

  it('answers 404 without Location for unknown codes', async () => {
    for (const url of ['https://t.co/Nope999', 'https://pic.twitter.com/Nope999']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('location')).toBeNull();
    }
  });
});
