import { type HostLookup, isFetchError } from '../../src/fetch/index.js';

/** A resolver that answers from a table and records every name asked; unknown names fail as DNS does. */
export function tableLookup(table: Record<string, string[]>): HostLookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (addresses === undefined)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

/** The FetchError code a promise rejects with, 'no error' when it resolves, the message otherwise. */
export async function fetchErrorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return isFetchError(error) ? error.code : String(error);
  }
}
