import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { buildConnector } from 'undici';
import { type AddressClass, classifyAddress } from './address-guard.js';

/** Resolves a host name to every address it has (injectable so guard tests need no real DNS). */
export type HostLookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

/** Default resolver: the system resolver, all addresses. */
export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Raised inside the connector when a destination address is not public; mapped to 'refused-by-guard'. */
export class GuardRefusal extends Error {
  override readonly name = 'GuardRefusal' as const;
  readonly code = 'ERR_CITECHECK_GUARD' as const;
  constructor(
    readonly host: string,
    readonly address: string,
    readonly addressClass: AddressClass | 'invalid',
  ) {
    super(`refused to connect to ${host}: ${address} is a ${addressClass} address`);
  }
}

type NetLookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A net.connect `lookup` that resolves once, refuses if ANY address is not public, and hands the socket
 * exactly the addresses it validated. The socket connects to what was checked, so a second resolution
 * (DNS rebinding) never happens.
 */
export function createGuardedLookup(resolve: HostLookup) {
  return (hostname: string, options: { all?: boolean }, callback: NetLookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) {
          const error: NodeJS.ErrnoException = new Error(`no addresses for ${hostname}`);
          error.code = 'ENOTFOUND';
          callback(error, []);
          return;
        }
        for (const { address } of addresses) {
          const addressClass = classifyAddress(address) ?? 'invalid';
          if (addressClass !== 'public') {
            callback(new GuardRefusal(hostname, address, addressClass), []);
            return;
          }
        }
        const pinned = addresses.map(({ address, family }) => ({ address, family }));
        const first = pinned[0];
        if (options.all === true || first === undefined) callback(null, pinned);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, []),
    );
  };
}

/** Settings of the guarded connector. */
export interface GuardedConnectorOptions {
  connectTimeoutMs: number;
  lookup: HostLookup;
  /** `host:port` pairs that bypass the guard (only the upstream test origin). */
  exempt: ReadonlySet<string>;
}

/** An undici connector that applies the address guard at connect time, for IP literals and resolved names. */
export function createGuardedConnector(options: GuardedConnectorOptions): buildConnector.connector {
  const guarded = buildConnector({
    timeout: options.connectTimeoutMs,
    lookup: createGuardedLookup(options.lookup),
  } as buildConnector.BuildOptions);
  const open = buildConnector({ timeout: options.connectTimeoutMs });
  return (opts, callback) => {
    const hostname = opts.hostname;
    const port = opts.port === '' ? (opts.protocol === 'https:' ? '443' : '80') : opts.port;
    if (options.exempt.has(`${hostname}:${port}`)) return open(opts, callback);
    const literal = classifyAddress(hostname);
    if (literal !== undefined && literal !== 'public') {
      callback(new GuardRefusal(hostname, hostname, literal), null);
      return;
    }
    return guarded(opts, callback);
  };
}
