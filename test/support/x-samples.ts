import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { needShared, sharedDir } from './requirements.js';

/** ../shared/reference/x-samples/: real X bodies captured by others (third-party: read, never copied). */
export const X_SAMPLES_DIR = path.join(sharedDir, 'reference', 'x-samples');

/**
 * Whether the samples are here. Absent, `suite` skips with one line saying what is missing and how to get
 * it, unless CITECHECK_TEST_REQUIRE demands the shared material, when their absence is a failure.
 */
export function xSamplesPresent(suite: string): boolean {
  return needShared(suite, path.join('reference', 'x-samples')) !== undefined;
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
