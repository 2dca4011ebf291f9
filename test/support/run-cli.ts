import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (test/support → ../..). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The built bin, as users run it; `npm test` builds before vitest. */
export const CLI_PATH = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** How one CLI process ended, with everything it printed. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of a CLI run. */
export interface CliOptions {
  /** Working directory. Default: the repository root. */
  cwd?: string;
  /** Added to the environment (GITHUB_ACTIONS and CITECHECK_UPSTREAM are removed unless given here). */
  env?: Record<string, string>;
  /** Written to the child's stdin, then closed. Default: an empty stdin. */
  stdin?: string;
  /** Shell prefix such as `ulimit -f 16;` run before exec'ing node (limits apply to the CLI only). */
  shellPrefix?: string;
}

/** Fails with a clear message when `npm run build` has not produced dist/. */
export function assertBuilt(): void {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: run \`npm run build\` first (npm test builds before vitest)`);
  }
}

function childEnv(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  // Runs must behave the same inside GitHub Actions or a demo shell as on a laptop unless a test asks.
  if (extra?.GITHUB_ACTIONS === undefined) delete env.GITHUB_ACTIONS;
  if (extra?.CITECHECK_UPSTREAM === undefined) delete env.CITECHECK_UPSTREAM;
  return env;
}

/** Starts `node dist/cli/main.js …args` without waiting; stdout and stderr are piped. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): ChildProcess {
  assertBuilt();
  const spawnOptions = {
    cwd: options.cwd ?? repoRoot,
    env: childEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'] as const,
  };
  const child =
    options.shellPrefix === undefined
      ? spawn(process.execPath, [CLI_PATH, ...args], { ...spawnOptions, stdio: [...spawnOptions.stdio] })
      : spawn(
          '/bin/sh',
          [
            '-c',
            `${options.shellPrefix} exec ${[process.execPath, CLI_PATH, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ')}`,
          ],
          { ...spawnOptions, stdio: [...spawnOptions.stdio] },
        );
  child.stdin?.end(options.stdin ?? '');
  return child;
}

/** Resolves when `child` has exited, with its exit code or signal and its output. */
export function waitForExit(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs the built CLI to completion. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return waitForExit(spawnCli(args, options));
}
