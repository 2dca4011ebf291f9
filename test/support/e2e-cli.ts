import { FAKE_X_HOSTS } from '../../dev/fake-x/hosts.js';

export { assertBuilt, CLI_PATH as cliPath, type CliRun, repoRoot, runCli } from './run-cli.js';

// The fake answers at once; the real per-host budgets (1–5 requests/s) would only make the suite slow.
const FAST_RATES = FAKE_X_HOSTS.flatMap((host) => ['--rate', `${host}=1000/s`]);

/** `verify` flags for a run against the loopback fake: its origin, fast budgets, no progress bar. */
export function verifyFlags(upstream: string, cacheDir: string, outDir: string): string[] {
  return ['--upstream', upstream, '--cache-dir', cacheDir, '--out', outDir, '--no-progress', ...FAST_RATES];
}
