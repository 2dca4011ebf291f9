import { describe, expect, it } from 'vitest';
import { compareCitation, worstSeverity } from '../../src/compare/index.js';
import { FieldVerdictSchema, type PostLookup } from '../../src/result.js';
import {
  archivedCopy,
  available,
  DIET_COKE_ID,
  found,
  makeCitation,
  makePost,
  mediaLink,
  resolved,
  statusIdAt,
} from './factories.js';

const ARTICLE =
  'Bukele responded to the news on X with the line "I\'ll be bringing several cans of Diet Coke," referring to ' +
  "Trump's beverage of choice.\nI’ll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes\n" +
  '— Nayib Bukele (@nayibbukele) March 28, 2025';

describe('compareCitation', () => {
  it('checks every field of an available post, in a stable order, all ok for a faithful embed', () => {
    const post = makePost();
    const verdicts = compareCitation({
      citation: makeCitation(),
      resolution: found(DIET_COKE_ID, 'short-link'),
      lookup: available(post),
      links: [resolved('https://t.co/fuBAJDqXes', 'https://x.com/nicksortor/status/1905681930013143104')],
      articleText: ARTICLE,
    });
    expect(verdicts.map((v) => [v.check, v.severity])).toEqual([
      ['status-available', 'ok'],
      ['handle-match', 'ok'],
      ['name-match', 'ok'],
      ['date-match', 'ok'],
      ['text-exact', 'ok'],
      ['link-match', 'ok'],
      ['quote-exact', 'ok'],
    ]);
    for (const verdict of verdicts) expect(FieldVerdictSchema.parse(verdict)).toEqual(verdict);
    expect(worstSeverity(verdicts)).toBe('ok');
  });

  it("compares a deleted post's archived copy and says so in each message", () => {
    const archived = makePost({ text: 'I’ll be bringing several cans of Pepsi. https://t.co/fuBAJDqXes' });
    const lookup: PostLookup = {
      status: 'deleted',
      evidence: 'TweetTombstone: This Post was deleted by the Post author.',
      archived: archivedCopy(archived),
      fetchedAt: '2026-01-10T12:00:00.000Z',
    };
    const verdicts = compareCitation({
      citation: makeCitation(),
      resolution: found(DIET_COKE_ID),
      lookup,
      links: [],
    });
    expect(verdicts[0]).toMatchObject({ check: 'status-deleted', severity: 'error', actual: 'deleted' });
    const text = verdicts.find((v) => v.field === 'text');
    expect(text).toMatchObject({ check: 'text-similar', severity: 'warning', actual: archived.text });
    for (const field of ['handle', 'name', 'text', 'links'] as const) {
      expect(verdicts.find((v) => v.field === field)?.message).toContain('(archived copy)');
    }
    expect(worstSeverity(verdicts)).toBe('error');
  });

  it('offline: an unverifiable lookup still yields the Snowflake date check, and nothing that needs the post', () => {
    const id = statusIdAt('2025-03-29T02:00:00.000Z');
    const lookup: PostLookup = {
      status: 'unverifiable',
      reason: 'offline-miss',
      detail: 'not in the cache',
      archived: null,
    };
    const verdicts = compareCitation({
      citation: makeCitation({
        statusId: id,
        date: '2025-03-28',
        links: [{ url: 'pic.twitter.com/kRXbKoLBIk', kind: 'media' }],
      }),
      resolution: found(id),
      lookup,
      links: [],
      articleText: ARTICLE,
    });
    expect(verdicts.map((v) => [v.check, v.severity, v.expected, v.actual])).toEqual([
      ['status-unverifiable', 'unverifiable', 'available', 'offline-miss'],
      ['date-timezone', 'notice', '2025-03-28', '2025-03-29'],
    ]);
    expect(worstSeverity(verdicts)).toBe('notice');
  });

  it('with no lookup and a date agreeing with the ID, the result is unverifiable, not a pass', () => {
    const verdicts = compareCitation({
      citation: makeCitation({ statusId: DIET_COKE_ID }),
      resolution: found(DIET_COKE_ID),
      lookup: null,
      links: [],
    });
    expect(verdicts.map((v) => v.check)).toEqual(['status-not-checked', 'date-match']);
    expect(worstSeverity(verdicts)).toBe('unverifiable');
  });

  it('without any ID still reports whether the links resolve', () => {
    const verdicts = compareCitation({
      citation: makeCitation({ links: [{ url: 'pic.twitter.com/IBHielgYvI', kind: 'media' }] }),
      resolution: { status: 'not-found', reason: 'the pic link resolved to no status' },
      lookup: null,
      links: [resolved('pic.twitter.com/IBHielgYvI', null, 'HTTP 404')],
    });
    expect(verdicts.map((v) => [v.check, v.severity])).toEqual([
      ['id-not-found', 'unverifiable'],
      ['link-unresolvable', 'notice'],
    ]);
  });

  it('flags a stale edit, a renamed author and an edited text together', () => {
    const newest = statusIdAt('2025-03-28T19:30:00.000Z');
    const post = makePost({
      handle: 'Bukele_SV',
      text: 'I’ll be bringing several cans of Diet Coke and a surprise. https://t.co/fuBAJDqXes',
      edit: { isEdited: true, isStaleEdit: true, editIds: [DIET_COKE_ID, newest] },
      links: [...makePost().links, mediaLink('kRXbKoLBIk', 'Bukele_SV', DIET_COKE_ID)],
    });
    const verdicts = compareCitation({
      citation: makeCitation(),
      resolution: found(DIET_COKE_ID, 'cited'),
      lookup: available(post),
      links: [],
    });
    expect(verdicts.map((v) => v.check)).toEqual([
      'status-available',
      'id-stale-edit',
      'handle-renamed',
      'name-match',
      'date-match',
      'text-edited',
      'link-match',
    ]);
    expect(worstSeverity(verdicts)).toBe('warning');
  });
});
