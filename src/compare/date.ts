import type { Citation } from '../citation.js';
import type { FieldVerdict, IdResolution, PostLookup } from '../result.js';
import { snowflakeTime } from '../x/snowflake.js';
import { labelArchived } from './compared-post.js';
import { createVerdict } from './verdict.js';

const DAY_MS = 86_400_000;

interface PostingDate {
  date: string;
  source: string;
  archived: boolean;
}

function utcDateOf(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function statusIdOf(citation: Citation, resolution: IdResolution): string | null {
  return resolution.status === 'found' ? resolution.statusId : citation.statusId;
}

/** The post's UTC posting date: the live post's createdAt, else its status ID's Snowflake time, else an archived createdAt. */
function postingDate(
  citation: Citation,
  resolution: IdResolution,
  lookup: PostLookup | null,
): PostingDate | null {
  if (lookup?.status === 'available' && lookup.post.createdAt !== null) {
    const date = utcDateOf(lookup.post.createdAt);
    if (date !== null)
      return { date, source: "the post's creation time", archived: lookup.source === 'archive' };
  }
  const statusId = statusIdOf(citation, resolution);
  const time = statusId === null ? null : snowflakeTime(statusId);
  if (time !== null)
    return { date: time.toISOString().slice(0, 10), source: 'the time in its status ID', archived: false };
  const archivedAt =
    lookup !== null && lookup.status !== 'available' ? lookup.archived?.post?.createdAt : null;
  const date = archivedAt == null ? null : utcDateOf(archivedAt);
  return date === null ? null : { date, source: "the post's creation time", archived: true };
}

/**
 * The cited date against the post's UTC calendar date (embed signatures use UTC). Works offline through the
 * status ID's Snowflake time. ±1 day is the time-zone boundary (notice); more is an error. No verdict when
 * nothing is cited or the ID predates Snowflake and no createdAt is known.
 */
export function compareDate(
  citation: Citation,
  resolution: IdResolution,
  lookup: PostLookup | null,
): FieldVerdict[] {
  if (citation.date === null) return [];
  const posted = postingDate(citation, resolution, lookup);
  if (posted === null) return [];
  const evidence = { expected: citation.date, actual: posted.date };
  const days = Math.round((Date.parse(citation.date) - Date.parse(posted.date)) / DAY_MS);
  if (days === 0) {
    return [
      createVerdict(
        'date-match',
        labelArchived(`The date matches ${posted.source} (UTC).`, posted.archived),
        evidence,
      ),
    ];
  }
  if (Math.abs(days) === 1) {
    return [
      createVerdict(
        'date-timezone',
        labelArchived(
          `The date is one day off ${posted.source} (UTC), as a local time zone would show it.`,
          posted.archived,
        ),
        evidence,
      ),
    ];
  }
  return [
    createVerdict(
      'date-mismatch',
      labelArchived(
        `The date is ${Math.abs(days)} days off ${posted.source}, posted ${posted.date} (UTC).`,
        posted.archived,
      ),
      evidence,
    ),
  ];
}
