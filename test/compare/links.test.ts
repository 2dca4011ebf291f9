import { describe, expect, it } from 'vitest';
import { compareLinks } from '../../src/compare/links.js';
import { live, makeCitation, makePost, mediaLink, resolved, statusIdAt, urlLink } from './factories.js';

const RUBIO_ID = statusIdAt('2025-03-16T15:30:00.000Z');
const QUOTED = 'https://x.com/nayibbukele/status/1901245427216978290';

function rubioPost() {
  return makePost({
    id: RUBIO_ID,
    handle: 'SecRubio',
    text: 'Thank you for your assistance and friendship, President Bukele. https://t.co/E6DrFLeU5F',
    links: [urlLink('E6DrFLeU5F', QUOTED, 'x.com/nayibbukele/st…')],
  });
}

function rubioCitation(url = 'https://t.co/E6DrFLeU5F') {
  return makeCitation({ handle: 'SecRubio', links: [{ url, kind: 'tco' }] });
}

describe('compareLinks', () => {
  it("matches a cited t.co link to the post's own entity by code, ignoring scheme and query", () => {
    const [verdict] = compareLinks(rubioCitation('http://t.co/E6DrFLeU5F?amp=1'), live(rubioPost()), []);
    expect(verdict).toMatchObject({
      check: 'link-match',
      severity: 'ok',
      expected: 'http://t.co/E6DrFLeU5F?amp=1',
      actual: QUOTED,
    });
  });

  it('accepts a redirect chain that reaches the expanded URL, even under another handle and with ?s=20', () => {
    const chain = resolved(
      'https://t.co/E6DrFLeU5F',
      'https://twitter.com/NayibBukele/status/1901245427216978290?s=20',
    );
    expect(compareLinks(rubioCitation(), live(rubioPost()), [chain])[0]).toMatchObject({
      check: 'link-match',
    });
  });

  it('accepts a target that differs only in scheme, www., trailing slash and tracking parameters', () => {
    const post = makePost({
      links: [urlLink('AbCdEf1234', 'http://example.org/report', 'example.org/report')],
    });
    const citation = makeCitation({ links: [{ url: 'https://t.co/AbCdEf1234', kind: 'tco' }] });
    const chain = resolved(
      'https://t.co/AbCdEf1234',
      'https://www.example.org/report/?utm_source=twitter&fbclid=x',
    );
    expect(compareLinks(citation, live(post), [chain])[0]).toMatchObject({
      check: 'link-match',
      severity: 'ok',
    });
  });

  it('warns link-target-changed when the t.co link now leads elsewhere', () => {
    const post = makePost({
      links: [urlLink('AbCdEf1234', 'https://example.org/report', 'example.org/report')],
    });
    const citation = makeCitation({ links: [{ url: 'https://t.co/AbCdEf1234', kind: 'tco' }] });
    const chain = resolved('https://t.co/AbCdEf1234', 'https://parked-domain.example/lander');
    const [verdict] = compareLinks(citation, live(post), [chain]);
    expect(verdict).toMatchObject({
      check: 'link-target-changed',
      severity: 'warning',
      expected: 'https://example.org/report',
      actual: 'https://parked-domain.example/lander',
    });
  });

  it('warns link-missing when a cited t.co link is not among the post links', () => {
    const [verdict] = compareLinks(rubioCitation('https://t.co/ZZZZZZZZZZ'), live(rubioPost()), []);
    expect(verdict).toMatchObject({
      check: 'link-missing',
      severity: 'warning',
      expected: 'https://t.co/ZZZZZZZZZZ',
      actual: 'x.com/nayibbukele/st…',
    });
  });

  it('matches a pic.twitter.com link to the post media shown as pic.x.com (same t.co code)', () => {
    const id = statusIdAt('2025-03-16T04:00:00.000Z');
    const post = makePost({ id, links: [mediaLink('nDHL6deLJq', 'nayibbukele', id, 'pic.x.com')] });
    const citation = makeCitation({ links: [{ url: 'pic.twitter.com/nDHL6deLJq', kind: 'media' }] });
    const chain = resolved('pic.twitter.com/nDHL6deLJq', `https://x.com/nayibbukele/status/${id}/photo/1`);
    const [verdict] = compareLinks(citation, live(post), [chain]);
    expect(verdict).toMatchObject({
      check: 'link-match',
      severity: 'ok',
      expected: 'pic.twitter.com/nDHL6deLJq',
      actual: `https://twitter.com/nayibbukele/status/${id}/photo/1`,
    });
  });

  it("does not call a link missing from a long post's preview, which lists only the links of its first part", () => {
    const post = makePost({
      text: 'The plan is simple and public. Read it here',
      links: [],
      truncated: true,
      truncation: 'long-post-preview',
    });
    const citation = makeCitation({ links: [{ url: 'https://t.co/L0ngUrlAb1', kind: 'tco' }] });
    expect(compareLinks(citation, live(post), [])).toEqual([]);
    const chain = resolved('https://t.co/L0ngUrlAb1', 'https://example.org/plan');
    expect(compareLinks(citation, live(post), [chain])).toEqual([
      expect.objectContaining({ check: 'link-resolved', severity: 'ok' }),
    ]);
    // The whole post still misses a link it does not carry.
    expect(
      compareLinks(citation, live({ ...post, truncated: false, truncation: undefined }), [])[0],
    ).toMatchObject({
      check: 'link-missing',
      severity: 'warning',
    });
  });

  it("warns link-missing when a pic link is not among the post's media", () => {
    const citation = makeCitation({ links: [{ url: 'pic.twitter.com/IBHielgYvI', kind: 'media' }] });
    const [verdict] = compareLinks(citation, live(makePost({ links: [] })), []);
    expect(verdict).toMatchObject({
      check: 'link-missing',
      severity: 'warning',
      expected: 'pic.twitter.com/IBHielgYvI',
      actual: null,
    });
    expect(verdict?.message).toContain('media');
  });

  it('matches a display URL, including one X shortened with "…", against the entity', () => {
    const post = makePost({
      links: [
        urlLink(
          'Qq1',
          'https://www.nbcnews.com/politics/bukele-biden-meeting-rcna1234',
          'nbcnews.com/politics/bukel…',
        ),
      ],
    });
    const citation = makeCitation({
      links: [
        { url: 'nbcnews.com/politics/bukel…', kind: 'other' },
        { url: 'https://nbcnews.com/politics/bukele-biden-meeting-rcna1234', kind: 'other' },
      ],
    });
    expect(compareLinks(citation, live(post), []).map((v) => v.check)).toEqual(['link-match', 'link-match']);
  });

  it('finds the links an oEmbed text shows when the post carries no entities', () => {
    const post = makePost({
      text: 'Oopsie… Too late 😂 pic.twitter.com/nDHL6deLJq https://t.co/Ab12',
      links: [],
    });
    const citation = makeCitation({
      links: [
        { url: 'pic.twitter.com/nDHL6deLJq', kind: 'media' },
        { url: 'http://t.co/Ab12', kind: 'tco' },
        { url: 'https://t.co/Other', kind: 'tco' },
      ],
    });
    expect(compareLinks(citation, live(post), []).map((v) => [v.check, v.actual])).toEqual([
      ['link-match', 'pic.twitter.com/nDHL6deLJq'],
      ['link-match', 'https://t.co/Ab12'],
      ['link-missing', null],
    ]);
  });

  it('gives a notice when the link could not be followed', () => {
    const post = makePost({
      links: [urlLink('AbCdEf1234', 'https://example.org/report', 'example.org/report')],
    });
    const citation = makeCitation({ links: [{ url: 'https://t.co/AbCdEf1234', kind: 'tco' }] });
    const broken = resolved('https://t.co/AbCdEf1234', null, 'no Location header and no meta refresh');
    expect(compareLinks(citation, live(post), [broken])[0]).toMatchObject({
      check: 'link-unresolvable',
      severity: 'notice',
      expected: 'https://example.org/report',
      actual: 'no Location header and no meta refresh',
    });
  });

  it('marks a link that failed on our side (offline miss, timeout) as not checked, never as unresolvable', () => {
    const post = makePost({
      links: [urlLink('AbCdEf1234', 'https://example.org/report', 'example.org/report')],
    });
    const citation = makeCitation({ links: [{ url: 'https://t.co/AbCdEf1234', kind: 'tco' }] });
    const offline = resolved('https://t.co/AbCdEf1234', null, 'offline-miss: t.co not in the cache');
    const expected = {
      check: 'link-not-checked',
      severity: 'unverifiable',
      expected: 'https://t.co/AbCdEf1234',
      actual: 'offline-miss: t.co not in the cache',
    };
    expect(compareLinks(citation, live(post), [offline])[0]).toMatchObject(expected);
    expect(compareLinks(citation, null, [offline])[0]).toMatchObject(expected);
  });

  it('reports what the redirect chain shows when there is no post to compare with', () => {
    const citation = makeCitation({
      links: [
        { url: 'pic.twitter.com/kRXbKoLBIk', kind: 'media' },
        { url: 'https://t.co/dead', kind: 'tco' },
        { url: 'https://t.co/unresolved-never-tried', kind: 'tco' },
      ],
    });
    const verdicts = compareLinks(citation, null, [
      resolved('pic.twitter.com/kRXbKoLBIk', 'https://x.com/nicksortor/status/1905681930013143104/photo/1'),
      resolved('https://t.co/dead', null, 't.co answered 200 without a target'),
    ]);
    expect(verdicts).toMatchObject([
      {
        check: 'link-resolved',
        severity: 'ok',
        expected: 'pic.twitter.com/kRXbKoLBIk',
        actual: 'https://x.com/nicksortor/status/1905681930013143104/photo/1',
      },
      {
        check: 'link-unresolvable',
        severity: 'notice',
        expected: 'https://t.co/dead',
        actual: 't.co answered 200 without a target',
      },
    ]);
  });
});
