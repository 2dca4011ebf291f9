import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  cwd: string;
  /** Added to a minimal environment (no CITECHECK_UPSTREAM, no GITHUB_ACTIONS leaking in). */
  env?: Record<string, string>;
  /** Shell prefix such as `ulimit -f 16;` run before exec'ing node (limits apply to the CLI only). */
  shellPrefix?: string;
}

function assertBuilt(): void {
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`npm run build\` first`);
}

function baseEnv(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1', ...extra };
}

/** Starts `node dist/cli/main.js …args` without waiting; stdout and stderr are piped. */
export function spawnCli(args: readonly string[], options: CliOptions): ChildProcess {
  assertBuilt();
  if (options.shellPrefix !== undefined) {
    const quoted = [process.execPath, CLI_PATH, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`);
    return spawn('/bin/sh', ['-c', `${options.shellPrefix} exec ${quoted.join(' ')}`], {
      cwd: options.cwd,
      env: baseEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  return spawn(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd,
    env: baseEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves when `child` has exited, with its exit code or signal and its output. */
export function waitForExit(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs the built CLI to completion. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  return waitForExit(spawnCli(args, options));
}
