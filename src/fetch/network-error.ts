import { FetchError, type FetchErrorCode, isFetchError } from './fetch-error.js';

const CODE_MAP: Readonly<Record<string, FetchErrorCode>> = {
  ERR_CITECHECK_GUARD: 'refused-by-guard',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  ECONNREFUSED: 'connect',
  EHOSTUNREACH: 'connect',
  ENETUNREACH: 'connect',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
};

/** The chain of `cause`s of an error, outermost first. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current !== undefined && current !== null && chain.length < 10) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

/** Turns whatever `fetch` or a body read threw into a typed FetchError. */
export function toFetchError(error: unknown, url: string, signal: AbortSignal | undefined): FetchError {
  if (isFetchError(error)) return error;
  if (signal?.aborted === true)
    return new FetchError('aborted', `request to ${url} was aborted`, { url, cause: error });
  for (const link of causes(error)) {
    const code = link instanceof Error && 'code' in link ? String(link.code) : undefined;
    const mapped = code === undefined ? undefined : CODE_MAP[code];
    if (mapped !== undefined) {
      const detail = link instanceof Error ? link.message : String(link);
      return new FetchError(mapped, `${mapped} on ${url}: ${detail}`, { url, cause: error });
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  // undici reports a connection cut mid-body as "terminated" without a coded cause
  return new FetchError('reset', `connection failed on ${url}: ${message}`, { url, cause: error });
}
