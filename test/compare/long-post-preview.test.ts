import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/compare/text.js';
import { live, makeCitation, makePost } from './factories.js';

// Invented: a long post (over 280 characters) and X's preview of it, cut mid-word without "…".
const FULL =
  'Pier works update for everyone who asked at the meeting on Thursday: the north deck reopens on Monday at 7am, ' +
  'the south steps stay closed until the handrails pass their load test, and the ferry stop moves back to berth 2. ' +
  'Details and the timetable: https://t.co/PierW0rks1 and the map will follow tomorrow morning.';

function preview(length: number) {
  return makePost({
    text: Array.from(FULL).slice(0, length).join(''),
    links: [],
    truncated: true,
    truncation: 'long-post-preview',
  });
}

describe('compareText on a long post’s preview', () => {
  it('gives at most a text-truncated notice when the article quotes the whole post', () => {
    const citation = makeCitation({ text: FULL, links: [{ url: 'https://t.co/PierW0rks1', kind: 'tco' }] });
    const [verdict] = compareText(citation, live(preview(200)));
    expect(verdict).toMatchObject({ check: 'text-truncated', severity: 'notice' });
    expect(verdict?.message).toMatch(/preview of a long post/);
  });

  it('still agrees when the preview ends inside a link', () => {
    const cut = FULL.indexOf('https://t.co/PierW0rks1') + 'https://t.co/Pi'.length;
    const citation = makeCitation({ text: FULL, links: [{ url: 'https://t.co/PierW0rks1', kind: 'tco' }] });
    expect(compareText(citation, live(preview(cut)))[0]).toMatchObject({
      check: 'text-truncated',
      severity: 'notice',
    });
  });

  it('agrees when the article shows the post with its photo link after the text', () => {
    const citation = makeCitation({
      text: `${FULL} pic.twitter.com/PierPh0to1`,
      links: [{ url: 'pic.twitter.com/PierPh0to1', kind: 'media' }],
    });
    expect(compareText(citation, live(preview(276)))[0]).toMatchObject({ check: 'text-truncated' });
  });

  it('does not hide a real difference behind the preview', () => {
    const citation = makeCitation({
      text: FULL.replace('north deck reopens on Monday', 'north deck stays shut until June'),
      links: [],
    });
    expect(compareText(citation, live(preview(276)))[0]?.check).not.toBe('text-truncated');
  });
});
