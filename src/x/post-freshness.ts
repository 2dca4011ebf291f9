import type { FreshnessHint } from '../fetch/types.js';
import { snowflakeTime } from './snowflake.js';

/**
 * The freshness hint of a post lookup: its Snowflake time, and what an answer says as a label
 * ('available' for the post itself), so the cache can tell when the answer last changed.
 */
export function postFreshness(
  statusId: string,
  read: (status: number, body: string) => { kind: string; status?: string },
): FreshnessHint {
  return {
    postedAt: snowflakeTime(statusId)?.getTime() ?? null,
    state: (status, body) => {
      const result = read(status, body);
      if (result.kind === 'post') return 'available';
      return result.status === undefined ? result.kind : `${result.kind}:${result.status}`;
    },
  };
}
