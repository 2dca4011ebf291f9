import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario, ScenarioError } from '../../dev/fake-x/scenario.js';
import { scenarioInput } from './fixture-scenario.js';

const author = { userId: '1', handle: 'a', name: 'A' };

describe('parseScenario', () => {
  it('fills defaults and normalizes bare-string states into objects', () => {
    const scenario = parseScenario(scenarioInput);
    expect(scenario.posts[0]?.state).toEqual({ status: 'available' });
    expect(scenario.posts.find((post) => post.text === 'Adult.')?.state).toEqual({
      status: 'age-restricted',
      response: 'tombstone',
    });
    expect(scenario.posts[1]?.lang).toBe('en');
  });

  it('names the path of each problem in one readable error', () => {
    const bad = {
      label: 'x',
      posts: [{ id: '12a', author: { ...author, handle: '@a' }, createdAt: 'yesterday', text: '' }],
    };
    expect(() => parseScenario(bad, 'bad.json')).toThrow(ScenarioError);
    try {
      parseScenario(bad, 'bad.json');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^bad\.json is not a valid scenario:/);
      expect(message).toContain('posts.0.id: a status ID is 1–20 decimal digits');
      expect(message).toContain('posts.0.author.handle: a handle is 1–20');
      expect(message).toContain('posts.0.createdAt:');
    }
  });

  it('rejects entities missing from the text, dangling references and inconsistent accounts', () => {
    const bad = {
      label: 'x',
      posts: [
        {
          id: '1',
          author,
          createdAt: '2025-01-01T00:00:00Z',
          text: 'no link',
          urls: [{ tco: 'https://t.co/abc', expanded: 'https://e.org', display: 'e.org' }],
          quotedId: '99',
        },
        { id: '2', author: { ...author, handle: 'b' }, createdAt: '2025-01-01T00:00:00Z', text: '' },
      ],
      archive: [{ url: 'https://x.com/a/status/1', timestamp: '20250101000000' }],
    };
    expect(() => parseScenario(bad)).toThrow(
      /posts\.0\.urls\.0: "https:\/\/t\.co\/abc" does not appear[\s\S]*posts\.1\.author: user 1 is @a[\s\S]*posts\.0\.quotedId: no post with id 99/,
    );
    expect(() => parseScenario(bad)).toThrow(/archive\.0: a capture needs exactly one of "post"/);
  });

  it('reports a file that is not JSON with its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scenario-'));
    const path = join(dir, 'broken.json');
    await writeFile(path, '{"label": ');
    await expect(loadScenario(path)).rejects.toThrow(`${path} is not JSON`);
  });
});
