import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import type { FakeX } from './handlers.js';

/** A running loopback fake. */
export interface FakeXServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Stops accepting, drops open connections (including held timeouts) and resolves when closed. */
  close(): Promise<void>;
}

/** Serves the fake's handlers over real HTTP on 127.0.0.1 (port 0 = any free port). */
export async function startFakeXServer(
  fake: FakeX,
  options: { port?: number; host?: '127.0.0.1' } = {},
): Promise<FakeXServer> {
  const host = options.host ?? '127.0.0.1';
  const pending = new Set<AbortController>();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    pending.add(controller);
    res.on('close', () => {
      pending.delete(controller);
      if (!res.writableFinished) controller.abort();
    });
    answer(fake, req, res, controller.signal).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`fake X failed: ${(error as Error).message}`);
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const controller of pending) controller.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function answer(
  fake: FakeX,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit);
  const response = await getResponse(fake.handlers, request);
  if (signal.aborted) return;
  if (!response || response.type === 'error') {
    // A `reset` fault (HttpResponse.error()): drop the connection without answering.
    req.socket.destroy();
    return;
  }
  const outHeaders: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    outHeaders[name] = value;
  });
  res.writeHead(response.status, outHeaders);
  if (method === 'HEAD' || response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      if (!res.write(value))
        await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  res.end();
}
