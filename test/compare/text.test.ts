import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/compare/text.js';
import { live, makeCitation, makePost, mediaLink, statusIdAt, urlLink } from './factories.js';

const SORTOR_ID = statusIdAt('2025-03-28T21:40:00.000Z');
const SORTOR_TEXT =
  '🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month\n\n' +
  'El Salvador has proven to be one of our BEST allies, taking in HUNDREDS of deported Tren de Aragua gang members ' +
  'to imprison.\n\n@nayibbukele deserves this recognition more than any other leader in the hemisphere. ' +
  'https://t.co/kRXbKoLBIk';

function sortorPost(overrides: Parameters<typeof makePost>[0] = {}) {
  return makePost({
    id: SORTOR_ID,
    handle: 'nicksortor',
    name: 'Nick Sortor',
    text: SORTOR_TEXT,
    links: [mediaLink('kRXbKoLBIk', 'nicksortor', SORTOR_ID)],
    quotedText: null,
    ...overrides,
  });
}

describe('compareText', () => {
  it('reports text-exact when the article shows the post text character for character', () => {
    const [verdict] = compareText(makeCitation(), live(makePost()));
    expect(verdict).toMatchObject({
      check: 'text-exact',
      severity: 'ok',
      expected: 'I’ll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes',
      actual: 'I’ll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes',
    });
  });

  it('treats a flattened emoji-flag post with a trailing pic.twitter.com link as equivalent to its media t.co', () => {
    const id = statusIdAt('2025-02-03T22:10:00.000Z');
    const citation = makeCitation({
      text: '🇸🇻🤝🏼🇺🇸 pic.twitter.com/IBHielgYvI',
      links: [{ url: 'pic.twitter.com/IBHielgYvI', kind: 'media' }],
    });
    const post = makePost({
      id,
      text: '🇸🇻🤝🏼🇺🇸 https://t.co/IBHielgYvI',
      links: [mediaLink('IBHielgYvI', 'nayibbukele', id)],
    });
    const [verdict] = compareText(citation, live(post));
    expect(verdict).toMatchObject({
      check: 'text-equivalent',
      severity: 'ok',
      expected: '🇸🇻🤝🏼🇺🇸 pic.twitter.com/IBHielgYvI',
      actual: '🇸🇻🤝🏼🇺🇸 https://t.co/IBHielgYvI',
    });
  });

  it('treats &amp; in the post text, a zero-width joiner and extra line breaks as equivalent', () => {
    const citation = makeCitation({ text: 'Bread & butter\n\nfor\u200D everyone', links: [] });
    const post = makePost({ text: 'Bread &amp; butter for everyone', links: [] });
    expect(compareText(citation, live(post))[0]).toMatchObject({ check: 'text-equivalent', severity: 'ok' });
  });

  it("accepts the quote link oEmbed's paragraph ends with, which the post's display range leaves out", () => {
    // Shape: a quote post whose t.co link to the quoted post lies past display_text_range, so the
    // parser drops it from the text but keeps it in links; publish.twitter.com still shows it.
    const quoteLink = urlLink(
      'Qu0teLnk12',
      'https://twitter.com/MbkPier/status/1921269057030176892',
      'x.com/MbkPier/status/…',
    );
    const post = makePost({ text: 'This is the answer we waited for 👇', links: [quoteLink] });
    const citation = makeCitation({
      text: 'This is the answer we waited for 👇 x.com/MbkPier/status/…',
      links: [{ url: 'x.com/MbkPier/status/…', kind: 'other', href: 'https://t.co/Qu0teLnk12' }],
    });
    expect(compareText(citation, live(post))[0]).toMatchObject({ check: 'text-equivalent', severity: 'ok' });
    const tco = makeCitation({
      text: 'This is the answer we waited for 👇 https://t.co/Qu0teLnk12',
      links: [{ url: 'https://t.co/Qu0teLnk12', kind: 'tco' }],
    });
    expect(compareText(tco, live(post))[0]).toMatchObject({ check: 'text-equivalent', severity: 'ok' });
    // A trailing link that is not the post's own still differs.
    const other = makeCitation({
      text: 'This is the answer we waited for 👇 example.org/elsewhere',
      links: [{ url: 'example.org/elsewhere', kind: 'other', href: 'https://example.org/elsewhere' }],
    });
    expect(compareText(other, live(post))[0]?.severity).not.toBe('ok');
  });

  it('drops only the reply mentions the embed leaves out when the reply itself starts with a mention', () => {
    const post = makePost({
      text: '@MbkPier @MbkWorks @MbkTransit can the ferry wait for the last bus?',
      links: [],
    });
    const shown = makeCitation({ text: '@MbkTransit can the ferry wait for the last bus?', links: [] });
    expect(compareText(shown, live(post))[0]).toMatchObject({ check: 'text-equivalent', severity: 'ok' });
    const all = makeCitation({
      text: '@MbkPier @MbkWorks @MbkTransit can the ferry wait for the last bus?',
      links: [],
    });
    expect(compareText(all, live(post))[0]).toMatchObject({ check: 'text-exact', severity: 'ok' });
    const wrong = makeCitation({ text: '@MbkFerry can the ferry wait for the last bus?', links: [] });
    expect(compareText(wrong, live(post))[0]?.severity).not.toBe('ok');
  });

  it("ignores the reply mentions syndication keeps in a reply's text when the embed leaves them out", () => {
    const citation = makeCitation({ text: 'Thank you, my friend.', links: [] });
    const post = makePost({ text: '@SecRubio @POTUS Thank you, my friend.', links: [] });
    expect(compareText(citation, live(post))[0]).toMatchObject({ check: 'text-equivalent', severity: 'ok' });
  });

  it('gives a notice with a diff when only straight vs smart quotes differ', () => {
    const citation = makeCitation({
      text: "I'll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes",
    });
    const [verdict] = compareText(citation, live(makePost()));
    expect(verdict).toMatchObject({
      check: 'text-typographic',
      severity: 'notice',
      expected: "I'll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes",
      actual: 'I’ll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes',
    });
    expect(verdict?.diff?.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'removed', text: "'" },
      { op: 'added', text: '’' },
    ]);
  });

  it('gives a typographic notice when flattening only lost the space at a line break', () => {
    const citation = makeCitation({ text: 'Too late 😂Oopsie…', links: [] });
    const post = makePost({ text: 'Too late 😂\n\nOopsie…', links: [] });
    expect(compareText(citation, live(post))[0]).toMatchObject({
      check: 'text-typographic',
      severity: 'notice',
    });
  });

  it('gives a notice when only letter case differs', () => {
    const citation = makeCitation({
      text: 'i’ll be bringing SEVERAL cans of diet coke. https://t.co/fuBAJDqXes',
    });
    const [verdict] = compareText(citation, live(makePost()));
    expect(verdict).toMatchObject({ check: 'text-case-changed', severity: 'notice' });
    expect(verdict?.expected).toContain('SEVERAL');
  });

  it("accepts the founding article's 'more… pic.twitter.com/…' flattening as a consistent truncated prefix", () => {
    const citation = makeCitation({
      handle: 'nicksortor',
      name: 'Nick Sortor',
      text:
        '🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month ' +
        'El Salvador has proven to be one of our BEST allies, taking in HUNDREDS of deported Tren de Aragua gang ' +
        'members to imprison.@nayibbukele deserves this recognition more… pic.twitter.com/kRXbKoLBIk',
      links: [{ url: 'pic.twitter.com/kRXbKoLBIk', kind: 'media' }],
    });
    // the flattened copy lost the paragraph break before the mention ("imprison.@nayibbukele")
    const post = sortorPost();
    const [verdict] = compareText(citation, live(post));
    expect(verdict).toMatchObject({ check: 'text-truncated', severity: 'notice', actual: post.text });
    expect(verdict?.expected).toMatch(/more… pic\.twitter\.com\/kRXbKoLBIk$/);
  });

  it('compares as a prefix when oEmbed returned only the start of a long post', () => {
    const citation = makeCitation({ text: SORTOR_TEXT, links: [] });
    const post = sortorPost({
      text: '🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next…',
      truncated: true,
      links: [],
    });
    expect(compareText(citation, live(post))[0]).toMatchObject({
      check: 'text-truncated',
      severity: 'notice',
    });
  });

  it('does not call a short "Oopsie…" a truncated prefix of a different post', () => {
    const citation = makeCitation({ text: 'Oopsie…', links: [] });
    const post = makePost({ text: 'Oopsie daisy, we did it again and again', links: [] });
    expect(compareText(citation, live(post))[0]?.check).not.toBe('text-truncated');
  });

  it('warns text-edited with a diff when the post has an edit history and its text changed', () => {
    const newest = statusIdAt('2025-03-28T19:20:00.000Z');
    const post = makePost({
      text: 'I’ll be bringing several cans of Diet Coke Zero. https://t.co/fuBAJDqXes',
      edit: { isEdited: true, isStaleEdit: false, editIds: [makePost().id, newest] },
    });
    const [verdict] = compareText(makeCitation(), live(post));
    expect(verdict).toMatchObject({
      check: 'text-edited',
      severity: 'warning',
      expected: makeCitation().text,
      actual: post.text,
    });
    expect(verdict?.diff).toContainEqual({ op: 'added', text: 'Zero' });
  });

  it('warns text-similar with a word diff when a few words changed', () => {
    const citation = makeCitation({
      text: 'I’ll be bringing several cans of Pepsi. https://t.co/fuBAJDqXes',
    });
    const [verdict] = compareText(citation, live(makePost()));
    expect(verdict).toMatchObject({ check: 'text-similar', severity: 'warning' });
    expect(verdict?.diff).toContainEqual({ op: 'removed', text: 'Pepsi' });
    expect(verdict?.diff).toContainEqual({ op: 'added', text: 'Diet Coke' });
    expect(verdict?.message).toMatch(/\d+% similar/);
  });

  it('reports text-different as an error when the texts share few words', () => {
    const citation = makeCitation({
      text: 'Thank you for your assistance and friendship, President Bukele.',
      links: [],
    });
    const [verdict] = compareText(citation, live(makePost()));
    expect(verdict).toMatchObject({
      check: 'text-different',
      severity: 'error',
      expected: 'Thank you for your assistance and friendship, President Bukele.',
      actual: makePost().text,
    });
    expect(verdict?.diff?.length).toBeGreaterThan(0);
  });

  it('gives no text verdict for an ID-only embed that shows no text', () => {
    expect(compareText(makeCitation({ text: null }), live(makePost()))).toEqual([]);
    expect(compareText(makeCitation({ text: '  ' }), live(makePost()))).toEqual([]);
  });

  it('says so when the comparison is against an archived copy', () => {
    const [verdict] = compareText(makeCitation(), { post: makePost(), archived: true });
    expect(verdict?.message).toMatch(/\(archived copy\)\.$/);
  });
});

describe('compareText on citations that show no links', () => {
  it('treats a wikitext title that leaves out the post’s trailing link as equivalent', () => {
    const post = makePost({
      text: 'Meet the volunteers who mapped every bench in town. Watch their stories: https://t.co/Vid3o0k',
      links: [urlLink('Vid3o0k', 'https://example.org/stories', 'example.org/stories')],
    });
    const citation = makeCitation({
      form: 'wikitext',
      links: [],
      text: 'Meet the volunteers who mapped every bench in town. Watch their stories:',
    });
    expect(compareText(citation, live(post)).map((v) => v.check)).toEqual(['text-equivalent']);
  });

  it('still reports changed words when the link is left out', () => {
    const post = makePost({ text: 'The bridge opens on Monday. Details: https://t.co/Br1dge0' });
    const citation = makeCitation({ links: [], text: 'The bridge opens on Friday. Details:' });
    expect(compareText(citation, live(post))[0]?.check).toMatch(/text-(similar|different)/);
  });
});
