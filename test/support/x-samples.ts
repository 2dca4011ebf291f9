import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/reference/x-samples/: real X bodies captured by others (third-party: read, never copied). */
export const X_SAMPLES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'x-samples',
);

/**
 * Whether the samples are here. Absent, a suite skips with one line saying so, unless
 * CITECHECK_TEST_REQUIRE=all, when their absence is a failure.
 */
export function xSamplesPresent(): boolean {
  if (existsSync(X_SAMPLES_DIR)) return true;
  if (process.env.CITECHECK_TEST_REQUIRE === 'all')
    throw new Error(`real X samples missing: ${X_SAMPLES_DIR}`);
  console.warn(`skipped: real X samples not found at ${X_SAMPLES_DIR}`);
  return false;
}

/** The JSON sample files, by name. */
export function xSampleFiles(): string[] {
  return existsSync(X_SAMPLES_DIR) ? readdirSync(X_SAMPLES_DIR).filter((file) => file.endsWith('.json')) : [];
}

export function readXSample(file: string): unknown {
  return JSON.parse(readFileSync(path.join(X_SAMPLES_DIR, file), 'utf8'));
}

export function readXSampleText(file: string): string {
  return readFileSync(path.join(X_SAMPLES_DIR, file), 'utf8');
}
