import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** How a bounded child process ended. */
export interface ChildOutcome {
  kind: 'exited' | 'timed-out';
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/**
 * Runs `command args` and waits for it, killing its whole process group after `timeoutMs` (a peer
 * tool that waits out rate limits must not hold the bench). Output is kept up to 64 MiB.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const keep = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size < 64 * 1024 * 1024) into.push(chunk);
    };
    child.stdout.on('data', keep(out));
    child.stderr.on('data', keep(err));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        kind: timedOut ? 'timed-out' : 'exited',
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        wallMs: performance.now() - start,
      });
    });
  });
}
