import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findOnPath } from './find-executable.js';

/** A throwaway redis-server on a random loopback port, no persistence. */
export interface RedisServer {
  url: string;
  stop(): void;
  /** Sends a signal (SIGSTOP/SIGCONT: a server that stalls with its sockets open). */
  signal(signal: NodeJS.Signals): void;
}

/** The redis-server binary on PATH, or undefined (CI installs it; tests skip with a message without it). */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findOnPath(['redis-server'], env);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts redis-server bound to 127.0.0.1 and resolves once it accepts connections. */
export async function startRedisServer(binary: string): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => child.kill('SIGTERM'),
    signal: (signal) => child.kill(signal),
  };
}
