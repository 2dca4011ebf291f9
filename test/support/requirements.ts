import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_NAMES, findChromium } from '../../dev/bench/chromium.js';

export { findChromium };

import { findRedisServer } from '../../dev/bench/redis-server.js';

/**
 * What a suite needs beyond the clone itself. A user's clone may lack any of these: the suite then skips
 * with one line saying what is missing and how to get it. With `CITECHECK_TEST_REQUIRE=all` (set by
 * `.ci/run`), or a comma list of these names, a missing one fails the suite instead, so CI runs everything.
 */
export type Requirement = 'shared' | 'chromium' | 'redis-server' | 'npm-cache';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the repository: real third-party articles and samples, never copied into the repo. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

const HOW_TO_GET: Record<Requirement, string> = {
  shared: `put the project's shared material at ${sharedDir}`,
  chromium: 'set CHROMIUM_PATH or install one (apt-get install -y chromium)',
  'redis-server': 'install it (apt-get install -y redis-server)',
  'npm-cache': 'run npm ci once with the registry reachable (it fills the npm cache)',
};

function required(env: NodeJS.ProcessEnv): Set<string> {
  const value = env.CITECHECK_TEST_REQUIRE?.trim() ?? '';
  if (value === 'all') return new Set<string>(['shared', 'chromium', 'redis-server', 'npm-cache']);
  return new Set(value.split(',').map((name) => name.trim()));
}

/**
 * The found path, or undefined after printing why the suite skips; throws instead when the requirement
 * is demanded by CITECHECK_TEST_REQUIRE. `suite` names the test file in the message.
 */
export function requirement(
  name: Requirement,
  found: string | undefined,
  suite: string,
  missing: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (found !== undefined) return found;
  const how = `to run it, ${HOW_TO_GET[name]}`;
  if (required(env).has(name)) {
    throw new Error(`${suite}: ${missing}, and CITECHECK_TEST_REQUIRE demands ${name}; ${how}`);
  }
  console.warn(`${suite}: skipped, ${missing}; ${how}`);
  return undefined;
}

/** Chromium for a browser suite, or undefined (skip) with the line saying why. */
export function needChromium(suite: string): string | undefined {
  const explicit = process.env.CHROMIUM_PATH?.trim();
  return requirement(
    'chromium',
    findChromium(),
    suite,
    explicit
      ? `CHROMIUM_PATH=${explicit} is not an executable file`
      : `no Chromium (${CHROMIUM_NAMES.join(', ')}) on PATH`,
  );
}

/** redis-server on PATH for a shared-cache suite, or undefined (skip) with the line saying why. */
export function needRedisServer(suite: string): string | undefined {
  return requirement('redis-server', findRedisServer(), suite, 'no redis-server on PATH');
}

/** A path under ../shared for a suite that reads real material, or undefined (skip) with the line saying why. */
export function needShared(suite: string, relative: string): string | undefined {
  const file = path.join(sharedDir, relative);
  return requirement('shared', existsSync(file) ? file : undefined, suite, `${file} is missing`);
}
