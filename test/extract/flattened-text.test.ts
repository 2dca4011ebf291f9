import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/index.js';

const txt = (text: string) => extractCitations(text, { source: 'article.txt', format: 'text' }).citations;

describe('flattened plain-text embeds', () => {
  it('reads the line above a byline as the post, leaving prose and unsigned quotes alone', () => {
    const text = [
      'The council met on Tuesday and the reporter wrote about it.',
      'The statement said: "We will reopen the pier soon." — Harbour Council',
      'Pier reopens Monday at 9 🎉 https://t.co/Pier01',
      '— Harbour Council (@harbourcouncil) June 3, 2024',
      'Related: more pier news',
    ].join('\n');
    expect(txt(text)).toMatchObject([
      {
        form: 'flattened-text',
        handle: 'harbourcouncil',
        name: 'Harbour Council',
        dateText: 'June 3, 2024',
        date: '2024-06-03',
        statusId: null,
        text: 'Pier reopens Monday at 9 🎉 https://t.co/Pier01',
        links: [{ url: 'https://t.co/Pier01', kind: 'tco' }],
        location: { line: 3, column: 1 },
      },
    ]);
  });

  it('joins a post split around its byline, up to its media link, unless that line is the next post', () => {
    const text = [
      'BREAKING: ferry schedule changes',
      '— Ferry News (@ferrynews) March 28, 2025',
      'Boats now leave hourly.@portauthority confirms… pic.twitter.com/Ferry01 more prose after',
      'Prose paragraph in between.',
      'Oops…',
      '— Ferry News (@ferrynews) March 16, 2025',
      'Too late 😂 pic.twitter.com/Ferry02',
      'Thanks for the help! https://t.co/Thanks1',
      '— Port Authority (@portauthority) March 16, 2025',
    ].join('\n');
    expect(txt(text).map((c) => [c.handle, c.text, c.links.map((l) => l.url)])).toEqual([
      [
        'ferrynews',
        'BREAKING: ferry schedule changes\nBoats now leave hourly.@portauthority confirms… pic.twitter.com/Ferry01',
        ['pic.twitter.com/Ferry01'],
      ],
      ['ferrynews', 'Oops…\nToo late 😂 pic.twitter.com/Ferry02', ['pic.twitter.com/Ferry02']],
      ['portauthority', 'Thanks for the help! https://t.co/Thanks1', ['https://t.co/Thanks1']],
    ]);
  });

  it.each([
    ['- Ann (@ann) May 1, 2020', '2020-05-01'],
    ['– Ann (@ann) May 1, 2020', '2020-05-01'],
    ['--- Ann (@ann) May 1, 2020', '2020-05-01'],
    ['-- Ann (@ann) May 1, 2020', '2020-05-01'],
    ['&mdash; Ann (@ann) May 1, 2020', '2020-05-01'],
    ['— Ann (@ann) 1. Mai 2020', '2020-05-01'],
    ['— Ann (@ann) 1 de mayo de 2020', '2020-05-01'],
    ['— Ann (@ann) 1 mai 2020', '2020-05-01'],
    ['— Ann (@ann) 1 de maio de 2020', '2020-05-01'],
    ['— Ann (@ann) 2020年5月1日', '2020-05-01'],
  ])('accepts the byline "%s"', (byline, date) => {
    expect(txt(`Post words here\n${byline}\n`)).toMatchObject([
      { handle: 'ann', date, text: 'Post words here' },
    ]);
  });

  it('reads a post flattened onto the same line as its byline, and a trailing permalink', () => {
    expect(
      txt('Words of the post — Ann (@ann) May 1, 2020 https://twitter.com/ann/status/9\n'),
    ).toMatchObject([{ text: 'Words of the post', handle: 'ann', statusId: '9' }]);
  });

  it('reads the date on its own line under the byline, and a permalink in parentheses or angle brackets', () => {
    expect(
      txt('Intro.\n\nPost words here\n— Ann Example (@ann)\nMay 1, 2020\nNext paragraph.\n'),
    ).toMatchObject([{ text: 'Post words here', handle: 'ann', name: 'Ann Example', date: '2020-05-01' }]);
    for (const wrapped of ['(https://twitter.com/ann/status/9)', '<https://twitter.com/ann/status/9>']) {
      expect(txt(`Post words here\n— Ann (@ann) May 1, 2020 ${wrapped}\n`)).toMatchObject([
        { text: 'Post words here', statusId: '9' },
      ]);
    }
  });

  it('does not read listings as posts: en-dash or hyphen lines, ISO-dated changelog entries', () => {
    const listing = [
      'Episode 41 – Priya Raman (@priyaraman_eng) March 1, 2024',
      'Scaling Postgres - Jane Doe (@janedoe) March 3, 2024',
      'Fix crash on empty rows',
      '- Jane Doe (@janedoe) 2024-03-03',
    ].join('\n');
    expect(txt(listing)).toEqual([]);
    // With X's em dash (or its ASCII --) the same shape is a quoted post; a list bullet is not its text.
    expect(
      txt(
        '- Best launch of the year — Tom K (@tomk) February 4, 2024\nShip it. -- Dan (@dan) March 6, 2024\n',
      ),
    ).toMatchObject([
      { handle: 'tomk', text: 'Best launch of the year' },
      { handle: 'dan', text: 'Ship it.' },
    ]);
    const credits = extractCitations(
      'We thank:\n\n- Priya Raman (@priyaraman_eng) March 3, 2024\n- Bob (@bob) March 4, 2024\n',
      {
        source: 'README.md',
      },
    );
    expect(credits.citations).toEqual([]);
  });

  it('needs a date: a dash-signed quotation with a handle is not a post', () => {
    expect(txt('"We did it."\n— Ann Example (@ann)\n')).toEqual([]);
  });

  it('takes the paragraph above in documents that separate paragraphs with blank lines', () => {
    const text =
      'Intro paragraph.\n\nFirst line of post\nsecond line of post\n\n— Ann (@ann) May 1, 2020\n\nOutro.\n';
    expect(txt(text)).toMatchObject([
      { text: 'First line of post\nsecond line of post', location: { line: 3 } },
    ]);
  });
});
