import { CANONICAL_HOST, hostsWithRole } from './hosts.js';

/** The live page of a post: `https://x.com/<handle>/status/<id>`, `/i/` when the handle is unknown. */
export function statusPermalink(handle: string | null, statusId: string): string {
  return `https://${CANONICAL_HOST.permalink}/${handle ?? 'i'}/status/${statusId}`;
}

/**
 * A post's permalinks as archives key them (no scheme), host by host over the canonical hosts:
 * `twitter.com/h/status/ID`, `x.com/h/status/ID`. An ID may be a prefix, for prefix searches. Without
 * a handle, the one form archived under no handle: `twitter.com/i/web/status/ID`.
 */
export function archivedPermalinks(handle: string | null, statusIds: readonly string[]): string[] {
  const hosts = hostsWithRole('permalink');
  if (handle === null) return statusIds.map((id) => `${hosts[0]}/i/web/status/${id}`);
  return hosts.flatMap((host) => statusIds.map((id) => `${host}/${handle}/status/${id}`));
}
