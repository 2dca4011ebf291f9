import KeyvRedis from '@keyv/redis';

/** A Keyv store on a shared Redis (`redis://…`), so a team or a CI fleet shares one cache. */
export function createRedisStore(url: string): KeyvRedis<unknown> {
  // throwOnConnectError: a wrong URL fails the run loudly instead of silently caching nothing
  return new KeyvRedis(url, { throwOnConnectError: true });
}
