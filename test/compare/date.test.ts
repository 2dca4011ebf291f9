import { describe, expect, it } from 'vitest';
import { compareDate } from '../../src/compare/date.js';
import type { IdResolution } from '../../src/result.js';
import { archivedCopy, available, found, makeCitation, makePost, statusIdAt } from './factories.js';

const notFound: IdResolution = { status: 'not-found', reason: 'no status link and no media link' };

describe('compareDate', () => {
  it("matches the cited date against the post's UTC creation date", () => {
    const post = makePost();
    const [verdict] = compareDate(makeCitation(), found(post.id), available(post));
    expect(verdict).toMatchObject({
      check: 'date-match',
      severity: 'ok',
      expected: '2025-03-28',
      actual: '2025-03-28',
    });
  });

  it('treats a post at 02:00 UTC cited with the previous (US) day as a time-zone notice', () => {
    const post = makePost({
      id: statusIdAt('2025-03-29T02:00:00.000Z'),
      createdAt: '2025-03-29T02:00:00.000Z',
    });
    const [verdict] = compareDate(makeCitation({ date: '2025-03-28' }), found(post.id), available(post));
    expect(verdict).toMatchObject({
      check: 'date-timezone',
      severity: 'notice',
      expected: '2025-03-28',
      actual: '2025-03-29',
    });
  });

  it('reports a date three days off as an error', () => {
    const post = makePost();
    const [verdict] = compareDate(makeCitation({ date: '2025-03-25' }), found(post.id), available(post));
    expect(verdict).toMatchObject({
      check: 'date-mismatch',
      severity: 'error',
      expected: '2025-03-25',
      actual: '2025-03-28',
    });
    expect(verdict?.message).toContain('3 days');
  });

  it('checks the date against the status ID offline, with no lookup at all', () => {
    const id = statusIdAt('2025-02-03T22:10:00.000Z');
    const [verdict] = compareDate(makeCitation({ date: '2025-02-06', statusId: id }), found(id), null);
    expect(verdict).toMatchObject({
      check: 'date-mismatch',
      severity: 'error',
      expected: '2025-02-06',
      actual: '2025-02-03',
    });
    expect(verdict?.message).toContain('status ID');
  });

  it('still uses the status ID when the lookup was unverifiable (offline miss)', () => {
    const id = statusIdAt('2016-03-03T02:35:00.000Z');
    const lookup = {
      status: 'unverifiable',
      reason: 'offline-miss',
      detail: 'not in cache',
      archived: null,
    } as const;
    const [verdict] = compareDate(makeCitation({ date: '2016-03-02' }), found(id), lookup);
    expect(verdict).toMatchObject({ check: 'date-timezone', severity: 'notice', actual: '2016-03-03' });
  });

  it("uses the citation's own status ID when no resolution was found", () => {
    const id = statusIdAt('2025-03-16T12:00:00.000Z');
    const [verdict] = compareDate(makeCitation({ date: '2025-03-16', statusId: id }), notFound, null);
    expect(verdict).toMatchObject({ check: 'date-match', severity: 'ok' });
  });

  it('gives no verdict for a pre-Snowflake ID without a creation time', () => {
    expect(compareDate(makeCitation({ date: '2007-03-12' }), found('20'), null)).toEqual([]);
  });

  it("uses an archived copy's creation time for a deleted pre-Snowflake post, and says so", () => {
    const archived = makePost({ id: '1234567', createdAt: '2007-03-12T08:00:00.000Z' });
    const lookup = {
      status: 'deleted',
      evidence: 'tombstone',
      archived: archivedCopy(archived),
      fetchedAt: '2026-01-10T12:00:00.000Z',
    } as const;
    const [verdict] = compareDate(makeCitation({ date: '2007-03-12' }), found('1234567'), lookup);
    expect(verdict).toMatchObject({ check: 'date-match', severity: 'ok', actual: '2007-03-12' });
    expect(verdict?.message).toContain('(archived copy)');
  });

  it('gives no verdict when the article cites no date', () => {
    expect(compareDate(makeCitation({ date: null }), found(makePost().id), available(makePost()))).toEqual(
      [],
    );
  });
});
