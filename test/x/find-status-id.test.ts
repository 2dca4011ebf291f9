import { describe, expect, it } from 'vitest';
import type { LinkResolution } from '../../src/result.js';
import { findStatusId } from '../../src/x/id-recovery.js';
import { citation } from './citation-fixture.js';

function link(url: string, finalUrl: string | null, error: string | null = null): LinkResolution {
  return { url, finalUrl, chain: [], error };
}

const SORTOR_PIC = link(
  'pic.twitter.com/kRXbKoLBIk',
  'https://x.com/nicksortor/status/1905704047839035436/photo/1',
);

describe('findStatusId', () => {
  it('takes the ID in the markup with high confidence, whatever the links say', () => {
    const resolution = findStatusId(citation({ statusId: '20', handle: 'jack' }), [SORTOR_PIC]);
    expect(resolution).toMatchObject({
      status: 'found',
      statusId: '20',
      foundBy: 'cited',
      confidence: 'high',
    });
  });

  it('takes a pic link resolving to the same handle’s photo URL with high confidence', () => {
    const resolution = findStatusId(citation({ handle: 'NickSortor' }), [SORTOR_PIC]);
    expect(resolution).toEqual({
      status: 'found',
      statusId: '1905704047839035436',
      foundBy: 'media-link',
      confidence: 'high',
      evidence:
        'pic.twitter.com/kRXbKoLBIk resolved to https://x.com/nicksortor/status/1905704047839035436/photo/1',
    });
  });

  it('takes a t.co link resolving to a /video/N URL as a media link', () => {
    const tco = link('https://t.co/Vid3333', 'https://x.com/parksdept/status/1901234567890123456/video/1');
    expect(findStatusId(citation({ handle: 'parksdept' }), [tco])).toMatchObject({
      foundBy: 'media-link',
      statusId: '1901234567890123456',
      confidence: 'high',
    });
  });

  it('gives a media link of another handle medium confidence (a renamed account, or a mistake)', () => {
    expect(findStatusId(citation({ handle: 'someoneelse' }), [SORTOR_PIC])).toMatchObject({
      foundBy: 'media-link',
      confidence: 'medium',
    });
    expect(findStatusId(citation({ handle: null }), [SORTOR_PIC])).toMatchObject({
      foundBy: 'media-link',
      confidence: 'medium',
    });
  });

  it('prefers the media link of the cited handle over another one', () => {
    const foreign = link('pic.twitter.com/Other', 'https://x.com/other/status/111111111111111111/photo/1');
    expect(findStatusId(citation({ handle: 'nicksortor' }), [foreign, SORTOR_PIC])).toMatchObject({
      statusId: '1905704047839035436',
      confidence: 'high',
    });
  });

  it('lowers confidence when the author’s media links name different posts', () => {
    const second = link(
      'pic.twitter.com/Second',
      'https://x.com/nicksortor/status/1905704047839035999/photo/1',
    );
    const resolution = findStatusId(citation({ handle: 'nicksortor' }), [SORTOR_PIC, second]);
    expect(resolution).toMatchObject({ status: 'found', confidence: 'low' });
    expect(resolution.status === 'found' && resolution.evidence).toContain('2 posts');
  });

  it('takes a t.co link to a plain status of the same handle with medium confidence', () => {
    const tco = link('https://t.co/Self', 'https://twitter.com/nayibbukele/status/1901000000000000000');
    expect(findStatusId(citation({ handle: 'nayibbukele' }), [tco])).toMatchObject({
      foundBy: 'short-link',
      statusId: '1901000000000000000',
      confidence: 'medium',
    });
  });

  it('never takes a t.co link to another account’s post: that is a quote or a reference', () => {
    const quote = link('https://t.co/fuBAJDqXes', 'https://x.com/nicksortor/status/1905704047839035436');
    const resolution = findStatusId(citation({ handle: 'nayibbukele' }), [quote]);
    expect(resolution.status).toBe('not-found');
    expect(resolution.status === 'not-found' && resolution.reason).toBe(
      'no status ID in the markup and no media link; links: https://t.co/fuBAJDqXes → https://x.com/nicksortor/status/1905704047839035436 (another post: a quote or reference)',
    );
  });

  it('says why when nothing names the post, listing unresolved links and their errors', () => {
    const failed = link('https://t.co/Gone', null, 'offline-miss: not in the cache');
    const resolution = findStatusId(citation({ handle: 'nayibbukele' }), [failed]);
    expect(resolution).toEqual({
      status: 'not-found',
      reason:
        'no status ID in the markup and no media link; links: https://t.co/Gone (unresolved: offline-miss: not in the cache)',
    });
    expect(findStatusId(citation(), [])).toEqual({
      status: 'not-found',
      reason: 'no status ID in the markup and no media link; links: none',
    });
  });
});

describe('findStatusId with resolveShortLink results', () => {
  it('reads the resolution inside a ShortLinkResolution', () => {
    const resolved = { resolution: SORTOR_PIC, outcome: 'resolved' as const, target: null };
    expect(findStatusId(citation({ handle: 'nicksortor' }), [resolved])).toMatchObject({
      foundBy: 'media-link',
      statusId: '1905704047839035436',
    });
  });
});
