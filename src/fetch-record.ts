import { z } from 'zod';

/**
 * The fetcher's work as the records show it: redirect hops and per-host statistics. A record shape, so
 * result.ts and run-report.ts depend on nothing below them; src/fetch/ fills these in.
 */
export const RedirectHopSchema = z.object({
  url: z.string().describe('URL requested'),
  status: z.number().int().describe('HTTP status it answered'),
  location: z.string().describe('Absolute URL it redirected to'),
});
export type RedirectHop = z.infer<typeof RedirectHopSchema>;

export const HostStatsSchema = z.object({
  requests: z.number().int().describe('Requests sent on the network'),
  cacheHits: z.number().int(),
  retries: z.number().int(),
  rateLimited: z.number().int().describe('429 (and 503 with Retry-After) answers received'),
  errors: z.number().int(),
  bytes: z.number().int().describe('Decompressed body bytes received'),
  pausedMs: z.number().describe('Time this host was paused by rate-limit answers'),
});
export type HostStats = z.infer<typeof HostStatsSchema>;

export const FetchStatsSchema = z.record(z.string(), HostStatsSchema).describe('Per-host fetch statistics');
export type FetchStats = z.infer<typeof FetchStatsSchema>;
