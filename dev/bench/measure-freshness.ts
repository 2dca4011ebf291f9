import { nextCheckDue } from '../../src/fetch/freshness.js';
import type { Random } from './invented-text.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Requests per nightly run for an archive, on the freshness policy and on a 24-hour TTL. */
export interface FreshnessFigure {
  archive: number;
  /** Mean lookups per night over the last simulated week (steady state). */
  policyPerNight: number;
  ttlPerNight: number;
  ratio: number;
  /** Longest time any post went without a lookup in the last week, days. */
  longestGapDays: number;
  weeks: number;
}

/**
 * A simulated month of nightly runs on a virtual clock: an archive of `archive` cited posts, posted over
 * the last five years (a tenth of them in the last month, as a live site keeps citing new posts), 0.5 %
 * of the answers changing state (a deletion, a post coming back) each week. Each night every post whose
 * answer is due is looked up. The 24-hour TTL looks every post up every night.
 */
export function simulateNightlyRuns(archive: number, random: Random, weeks = 4): FreshnessFigure {
  const start = Date.UTC(2026, 0, 1, 2);
  const posts = Array.from({ length: archive }, (_, i) => {
    const recent = random() < 0.1;
    const postedAt = start - (recent ? random() * 30 * DAY : random() * 5 * 365 * DAY);
    return {
      key: `post-${i}`,
      postedAt,
      fetchedAt: start,
      changedAt: null as number | null,
      available: true,
      due: 0,
    };
  });
  for (const post of posts) post.due = nextCheckDue(post);
  const nights = weeks * 7;
  const lastWeek: number[] = [];
  let longestGap = 0;
  for (let night = 1; night <= nights; night++) {
    const now = start + night * DAY;
    let sent = 0;
    for (const post of posts) {
      if (night > nights - 7) longestGap = Math.max(longestGap, now - post.fetchedAt);
      if (post.due > now) continue;
      sent += 1;
      if (random() < 0.005 / 7) {
        post.available = !post.available;
        post.changedAt = now;
      }
      post.fetchedAt = now;
      post.due = nextCheckDue(post);
    }
    if (night > nights - 7) lastWeek.push(sent);
  }
  const policyPerNight = lastWeek.reduce((a, b) => a + b, 0) / lastWeek.length;
  return {
    archive,
    policyPerNight,
    ttlPerNight: archive,
    ratio: policyPerNight / archive,
    longestGapDays: longestGap / DAY,
    weeks,
  };
}
