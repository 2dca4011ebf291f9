export { type AddressClass, classifyAddress, classifyUrlHost } from './address-guard.js';
export { FETCH_ERROR_CODES, FetchError, type FetchErrorCode, isFetchError } from './fetch-error.js';
export { createFetcher } from './fetcher.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_RATES,
  DEFAULT_TIMEOUTS,
  DEFAULT_TTL,
  type FetchEvent,
  type FetcherOptions,
} from './fetcher-options.js';
export type { HostLookup } from './guarded-connector.js';
export { type ParsedRate, parseRate } from './parse-rate.js';
export type { TtlPolicy } from './response-cache.js';
export type {
  CacheClass,
  Fetcher,
  FetchRequest,
  FetchResponse,
  FetchStats,
} from './types.js';
export { buildUserAgent } from './user-agent.js';
