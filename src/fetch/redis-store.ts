import KeyvRedis from '@keyv/redis';
import { FetchError } from './fetch-error.js';

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
 * Fails fast with FetchError 'connect' when Redis cannot be reached (the client would otherwise retry
 * forever); later outages read as cache misses and skipped writes.
 */
export async function connectRedisStore(url: string): Promise<KeyvRedis<unknown>> {
  const store = new KeyvRedis<unknown>(
    {
      url,
      socket: {
        connectTimeout: 5000,
        reconnectStrategy: (retries: number) =>
          retries >= 3 ? new Error('Redis unreachable') : 200 * (retries + 1),
      },
    },
    { throwOnConnectError: true },
  );
  store.on('error', () => {});
  try {
    await store.getClient();
  } catch (error) {
    await store.disconnect().catch(() => {});
    throw new FetchError('connect', `cannot reach the cache at ${redact(url)}`, {
      url: redact(url),
      cause: error,
    });
  }
  return store;
}
