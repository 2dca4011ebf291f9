import { Agent } from 'undici';
import { createGuardedConnector, type HostLookup } from './guarded-connector.js';

// The one module that constructs undici objects: an undici 7 dispatcher is handed to Node's global fetch
// (so msw can intercept tests), and mixing undici majors elsewhere fails with UND_ERR_INVALID_ARG.

/** Network timeouts, ms. */
export interface Timeouts {
  /** TCP/TLS connect. */
  connect: number;
  /** From request sent to response headers received. */
  headers: number;
  /** Whole body read (and undici's idle time between body chunks). */
  body: number;
}

/** Settings of the dispatcher. */
export interface DispatcherOptions {
  timeouts: Timeouts;
  lookup: HostLookup;
  /** Origins (`http://127.0.0.1:8080`) exempt from the address guard: only the upstream test origin. */
  exemptOrigins: readonly string[];
}

function hostPort(origin: string): string {
  const url = new URL(origin);
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  return `${host}:${port}`;
}

/** The undici Agent every request uses: guarded connector and timeouts. */
export function createDispatcher(options: DispatcherOptions): Agent {
  const connect = createGuardedConnector({
    connectTimeoutMs: options.timeouts.connect,
    lookup: options.lookup,
    exempt: new Set(options.exemptOrigins.map(hostPort)),
  });
  return new Agent({
    connect,
    headersTimeout: options.timeouts.headers,
    bodyTimeout: options.timeouts.body,
  });
}
