import { type Browser, chromium } from 'playwright-core';
import { findOnPath, isExecutableFile } from './find-executable.js';

/** Names a Chromium goes by on PATH, most specific first. */
export const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

/** Chromium from CHROMIUM_PATH (when set, only there) or under its usual names on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) return isExecutableFile(explicit) ? explicit : undefined;
  return findOnPath(CHROMIUM_NAMES, env);
}

/** A headless Chromium, as the bench and the browser tests drive it (Debian's, or CHROMIUM_PATH). */
export function launchChromium(executablePath = findChromium()): Promise<Browser> {
  if (executablePath === undefined) {
    return Promise.reject(new Error('no Chromium: set CHROMIUM_PATH or apt-get install -y chromium'));
  }
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
