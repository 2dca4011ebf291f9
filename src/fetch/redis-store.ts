import type KeyvRedis from '@keyv/redis';
import { FetchError } from './fetch-error.js';
import { TIMED_OUT, within } from './within.js';

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.href;
  } catch {
    return 'the given Redis URL';
  }
}

/**
 * Connects a Keyv store on a shared Redis (`redis://…`), so a team or a CI fleet shares one cache.
 * Fails fast with FetchError 'connect' when Redis cannot be reached or does not answer a PING within
 * `timeoutMs` (a stopped server accepts the connection and never replies): an unusable cache is a
 * configuration error at start. Later outages read as cache misses and skipped writes (see ResponseCache).
 */
export async function connectRedisStore(url: string, timeoutMs: number): Promise<KeyvRedis<unknown>> {
  const { default: Redis } = await importKeyvRedis(url);
  const store = new Redis<unknown>(
    {
      url,
      socket: {
        connectTimeout: timeoutMs,
        reconnectStrategy: (retries: number) =>
          retries >= 3 ? new Error('Redis unreachable') : 200 * (retries + 1),
      },
    },
    { throwOnConnectError: true },
  );
  store.on('error', () => {});
  let failure: unknown;
  try {
    const pong = await within(
      timeoutMs,
      store.getClient().then((client) => client.ping()),
    );
    if (pong !== TIMED_OUT) return store;
  } catch (error) {
    failure = error;
  }
  await store.disconnect(true).catch(() => {});
  // The client's own message is left out: it could quote the URL with its password
  const why = failure === undefined ? `: no answer within ${timeoutMs} ms` : '';
  throw new FetchError('connect', `cannot reach the cache at ${redact(url)}${why}`, {
    url: redact(url),
    cause: failure,
  });
}

/** @keyv/redis is an optional peer dependency: only a Redis cache needs it, so it loads only then. */
async function importKeyvRedis(url: string): Promise<typeof import('@keyv/redis')> {
  try {
    return await import('@keyv/redis');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new FetchError(
      'connect',
      `cannot use the cache at ${redact(url)}: a Redis cache needs the optional package @keyv/redis (npm install @keyv/redis)`,
      { url: redact(url), cause: error },
    );
  }
}
