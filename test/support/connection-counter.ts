import { createServer, type Socket } from 'node:net';

/** A TCP listener on 127.0.0.1 that only counts connections: proof that a refused request never connected. */
export interface ConnectionCounter {
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
}

/** Starts a connection counter on a random loopback port; every connection is counted and dropped. */
export async function startConnectionCounter(): Promise<ConnectionCounter> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('connection counter has no port');
  return {
    port: address.port,
    origin: `http://127.0.0.1:${address.port}`,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
