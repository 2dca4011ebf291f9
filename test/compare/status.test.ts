import { describe, expect, it } from 'vitest';
import { compareStatus } from '../../src/compare/status.js';
import type { ArchivedCopy, PostLookup, UnavailableStatus } from '../../src/result.js';
import { archivedCopy, available, DIET_COKE_ID, found, makePost } from './factories.js';

function unavailable(
  status: UnavailableStatus,
  evidence = 'tombstone',
  archived: ArchivedCopy | null = null,
): PostLookup {
  return { status, evidence, archived, fetchedAt: '2026-01-10T12:00:00.000Z' };
}

describe('compareStatus', () => {
  it('reports an available post as ok, naming the endpoint that answered', () => {
    const [verdict] = compareStatus(found(DIET_COKE_ID), available(makePost(), 'oembed'));
    expect(verdict).toMatchObject({
      field: 'status',
      check: 'status-available',
      severity: 'ok',
      expected: 'available',
      actual: 'available',
    });
    expect(verdict?.message).toContain('oembed');
  });

  it.each([
    ['deleted', 'status-deleted', 'error'],
    ['never-existed', 'status-never-existed', 'error'],
    ['removed', 'status-removed', 'error'],
    ['account-gone', 'status-account-gone', 'error'],
    ['protected', 'status-protected', 'warning'],
    ['suspended', 'status-suspended', 'warning'],
    ['withheld', 'status-withheld', 'warning'],
    ['age-restricted', 'status-age-restricted', 'warning'],
    ['unavailable', 'status-unavailable', 'warning'],
  ] as const)('reports a %s post as %s (%s)', (status, check, severity) => {
    const [verdict] = compareStatus(found(DIET_COKE_ID), unavailable(status, 'syndication says so'));
    expect(verdict).toMatchObject({ check, severity, expected: 'available', actual: status });
    expect(verdict?.message).toContain('syndication says so');
  });

  it('links the archived copy of a deleted post in the message', () => {
    const lookup = unavailable('deleted', 'tombstone', archivedCopy(makePost()));
    const [verdict] = compareStatus(found(DIET_COKE_ID), lookup);
    expect(verdict?.message).toContain('https://web.archive.org/web/20250329000000/');
  });

  it('marks a rate-limited lookup unverifiable with its reason, never as a failure', () => {
    const lookup: PostLookup = {
      status: 'unverifiable',
      reason: 'rate-limited',
      detail: 'cdn.syndication.twimg.com answered 429',
      archived: null,
    };
    const [verdict] = compareStatus(found(DIET_COKE_ID), lookup);
    expect(verdict).toMatchObject({
      check: 'status-unverifiable',
      severity: 'unverifiable',
      expected: 'available',
      actual: 'rate-limited',
    });
    expect(verdict?.message).toContain('429');
  });

  it('marks a citation without any status ID as id-not-found, unverifiable, with the reason', () => {
    const [verdict] = compareStatus({ status: 'not-found', reason: 'the pic link did not resolve' }, null);
    expect(verdict).toMatchObject({
      field: 'id',
      check: 'id-not-found',
      severity: 'unverifiable',
      expected: null,
      actual: 'the pic link did not resolve',
    });
  });

  it('marks a found ID that was never looked up as not checked (unverifiable)', () => {
    const [verdict] = compareStatus(found(DIET_COKE_ID), null);
    expect(verdict).toMatchObject({ check: 'status-not-checked', severity: 'unverifiable', actual: null });
  });
});
