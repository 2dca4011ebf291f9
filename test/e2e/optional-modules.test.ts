import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../support/e2e-cli.js';
import { tempDir } from '../support/temp-dir.js';

// A resolve hook that refuses the modules only a Redis cache (or the development tools) need: a run that
// loads one of them fails, so a run that succeeds never loaded them.
const REFUSING_HOOKS = `
export async function resolve(specifier, context, next) {
  if (/^(@keyv\\/redis|@redis\\/|rate-limiter-flexible|msw)(\\/|$)/.test(specifier))
    throw new Error('refused to load ' + specifier);
  return next(specifier, context);
}
`;

describe('modules loaded on demand', () => {
  it('verifies without loading @keyv/redis, rate-limiter-flexible or msw when no Redis is asked for', async () => {
    const dir = await tempDir();
    const hooks = path.join(dir, 'hooks.mjs');
    const register = path.join(dir, 'register.mjs');
    await writeFile(hooks, REFUSING_HOOKS);
    await writeFile(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const run = await runCli(
      [
        'verify',
        path.join(repoRoot, 'examples', 'articles', 'route-9-notes.md'),
        '--offline',
        '--cache-dir',
        path.join(dir, 'cache'),
        '--out',
        path.join(dir, 'out'),
        '--format',
        'json',
      ],
      { env: { NODE_OPTIONS: `--import=${pathToFileURL(register).href}` } },
    );
    expect(run.stderr).not.toContain('refused to load');
    // Offline on an empty cache every citation is unverifiable: exit 1, but the run went through.
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/citecheck: \d+ citations/);
  });
});
