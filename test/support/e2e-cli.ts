import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAKE_X_HOSTS } from '../../src/fake-x/hosts.js';

/** The repository root (test/support → ../..). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The built CLI the e2e suite runs as a child process. */
export const cliPath = path.join(repoRoot, 'dist', 'cli', 'main.js');

// The fake answers at once; the real per-host budgets (1–5 requests/s) would only make the suite slow.
const FAST_RATES = FAKE_X_HOSTS.flatMap((host) => ['--rate', `${host}=1000/s`]);

/** What one CLI run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of one CLI run. */
export interface CliRunOptions {
  cwd?: string;
  /** Written to the child's stdin, then closed. */
  stdin?: string;
  /** Added to a cleaned environment (GITHUB_ACTIONS and CITECHECK_UPSTREAM removed). */
  env?: Record<string, string>;
}

/** Fails with a clear message when `npm run build` has not produced dist/. */
export function assertBuilt(): void {
  if (!existsSync(cliPath)) {
    throw new Error(
      `${cliPath} is missing: run \`npm run build\` before the e2e suite (npm test builds first).`,
    );
  }
}

/** Runs `node dist/cli/main.js …args` and collects its output. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  assertBuilt();
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  // The suite must behave the same inside GitHub Actions as on a laptop unless a test asks otherwise.
  if (options.env?.GITHUB_ACTIONS === undefined) delete env.GITHUB_ACTIONS;
  if (options.env?.CITECHECK_UPSTREAM === undefined) delete env.CITECHECK_UPSTREAM;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** `verify` flags for a run against the loopback fake: its origin, fast budgets, no progress bar. */
export function verifyFlags(upstream: string, cacheDir: string, outDir: string): string[] {
  return ['--upstream', upstream, '--cache-dir', cacheDir, '--out', outDir, '--no-progress', ...FAST_RATES];
}
