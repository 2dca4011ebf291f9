import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/index.js';

// Every account, post and article here is invented; each case reproduces one real shape from
// ../shared/articles-wild (scraped news bodies, feed descriptions, crawler Markdown).
const embedsOf = (text: string, source = 'article.txt') =>
  extractCitations(text, { source }).citations.filter((c) => c.kind === 'embed');
/** The one embed the text must hold. */
function onlyEmbedOf(text: string, source = 'article.txt') {
  const embeds = embedsOf(text, source);
  expect(embeds).toHaveLength(1);
  return embeds[0];
}
/** The one citation of any kind the text must hold: a post whose links are all claimed by it. */
function onlyCitationOf(text: string, source: string) {
  const citations = extractCitations(text, { source }).citations;
  expect(citations).toHaveLength(1);
  return citations[0];
}
const linksOf = (text: string, source = 'article.md') =>
  extractCitations(text, { source }).citations.filter((c) => c.kind === 'link');

describe('run-on bylines (the signature mid-line, prose glued on either side)', () => {
  it('reads a byline glued to the post and to the next sentence, starting the text at the glued boundary', () => {
    const text =
      'The ferry stopped in May. Earlier trips used the old pier.The new ferry leaves at nine tomorrow, tickets at the gate!— Harbour Office (@harbouroffice) June 5, 2024Crews began loading the first cars at dawn.';
    const post = onlyEmbedOf(text);
    expect(post).toMatchObject({
      handle: 'harbouroffice',
      name: 'Harbour Office',
      date: '2024-06-05',
      text: 'The new ferry leaves at nine tomorrow, tickets at the gate!',
      textStart: { boundary: 'glued', confidence: 'low' },
    });
    expect(post?.textStart?.precedingText).toMatch(/Earlier trips used the old pier\.$/);
  });

  it('keeps a t.co link glued to the dash as the post link', () => {
    const text =
      'Queues grew all week.Board at gate two from noon. https://t.co/Ab3dEf9XyZ— Port Desk (@portdesk) April 26, 2022 Already the car park is full.';
    const [post] = embedsOf(text);
    expect(post?.text).toBe('Board at gate two from noon. https://t.co/Ab3dEf9XyZ');
    expect(post?.links.map((l) => l.url)).toEqual(['https://t.co/Ab3dEf9XyZ']);
  });

  it('reads the text after an introduction, with an unspaced dash inside the post', () => {
    const text =
      'Her post went viral overnight. See the post here: Nobody—that is my boat — Lina Ostrova (@linaostrova) September 26, 2023 While some users asked if she was joking, others did not.';
    const post = onlyEmbedOf(text);
    expect(post).toMatchObject({
      handle: 'linaostrova',
      text: 'Nobody—that is my boat',
      textStart: { boundary: 'intro' },
    });
  });

  it('starts a post of several sentences after the introduction that names it', () => {
    const post = onlyEmbedOf(
      'Crews worked all night. The mayor wrote on Saturday: The ferry is back. Tickets at the gate. — Lina Ostrova (@linaostrova) May 1, 2024 Others disagreed.',
    );
    expect(post).toMatchObject({
      text: 'The ferry is back. Tickets at the gate.',
      textStart: { boundary: 'intro' },
    });
  });

  it("keeps a post's own colon: 'Breaking: …', 'Full schedule here: <link>'", () => {
    expect(
      onlyEmbedOf(
        'Crews worked all night. Breaking: the ferry is back — Lina Ostrova (@linaostrova) May 1, 2024 More.',
      )?.text,
    ).toBe('Breaking: the ferry is back');
    expect(
      onlyEmbedOf(
        'Crews worked all night. Full schedule here: https://t.co/Sch3dule12 — Lina Ostrova (@linaostrova) May 1, 2024 More.',
      )?.text,
    ).toBe('Full schedule here: https://t.co/Sch3dule12');
  });

  it('reads a date in another language followed by prose in that language', () => {
    const [post] = embedsOf(
      'Die Fähre fährt wieder. Ab Montag fährt die Fähre wieder — Hafenamt (@hafenamt) 26. September 2023 Danach schrieb das Amt mehr.',
    );
    expect(post).toMatchObject({
      handle: 'hafenamt',
      date: '2023-09-26',
      text: 'Ab Montag fährt die Fähre wieder',
    });
  });

  it('reads several run-on posts on one line, each with its own text', () => {
    const text =
      'Two accounts replied.First reply about the pier. — Ana Pier (@anapier) May 1, 2024 Then another came.Second reply about the boats. — Bo Boats (@boboats) May 2, 2024 The end.';
    expect(embedsOf(text).map((c) => [c.handle, c.text])).toEqual([
      ['anapier', 'First reply about the pier.'],
      ['boboats', 'Second reply about the boats.'],
    ]);
  });

  it('reads a run-on post and the post whose byline ends the same paragraph as two posts', () => {
    const text =
      'Both accounts posted.First reply about the pier. — Ana Pier (@anapier) May 1, 2024 Then another came.Second reply about the boats. — Bo Boats (@boboats) May 2, 2024';
    expect(embedsOf(text).map((c) => [c.handle, c.text])).toEqual([
      ['anapier', 'First reply about the pier.'],
      ['boboats', 'Second reply about the boats.'],
    ]);
  });

  it("reads the em dash a Windows-1252 reading turned into 'â€”'", () => {
    const [post] = embedsOf(
      'The pier is closed for repairs until June. â€” Harbour Office (@harbouroffice) May 3, 2024',
    );
    expect(post).toMatchObject({
      handle: 'harbouroffice',
      text: 'The pier is closed for repairs until June.',
    });
  });
});

describe("page wrappers and broken dashes: BBC's 'Skip Twitter post', '?' for the dash", () => {
  it('starts the text after the wrapper label and ends the byline before "Report End of Twitter post"', () => {
    const text =
      "Officials were not impressed.'Skip Twitter post by @mayorlina The bridge reopens on Friday. Bring a coat. ? Lina Ostrova (@mayorlina) October 8, 2017 Report End of Twitter post by @mayorlina The council said more.";
    const post = onlyEmbedOf(text);
    expect(post).toMatchObject({
      handle: 'mayorlina',
      name: 'Lina Ostrova',
      date: '2017-10-08',
      text: 'The bridge reopens on Friday. Bring a coat.',
      textStart: { boundary: 'wrapper', confidence: 'high' },
    });
  });

  it('reads a wrapper whose label lost the handle', () => {
    const [post] = embedsOf(
      'Reactions came fast.Skip Twitter post by The bridge must reopen soon.    — Lina Ostrova (@mayorlina) January 11, 2020 Report End of Twitter post by @mayorlina Later that day…',
    );
    expect(post?.text).toBe('The bridge must reopen soon.');
  });

  it('reads a post signed only by the closing label, its handle known and its date not', () => {
    const post = onlyEmbedOf(
      'The pier closed at noon. Crews cleared the ferry ramp before dark. pic.twitter.com/Ab1Cd2Ef3G End of Twitter post by @harbouroffice Officials said the pier reopens on Friday.',
    );
    expect(post).toMatchObject({
      handle: 'harbouroffice',
      name: null,
      date: null,
      statusId: null,
      text: 'Crews cleared the ferry ramp before dark. pic.twitter.com/Ab1Cd2Ef3G',
      textStart: { confidence: 'low' },
    });
  });

  it('reads no post from empty wrappers whose post the scraper dropped', () => {
    const text =
      'Later, the mayor took to Twitter.\nSkip Twitter post by @harbouroffice\n\nEnd of Twitter post by @harbouroffice\nSkip Twitter post 2 by @harbouroffice\n\nEnd of Twitter post 2 by @harbouroffice\n\nAlso on Twitter, the port called a strike.';
    expect(embedsOf(text)).toEqual([]);
  });

  it('does not take a question mark ending a sentence for a dash', () => {
    expect(
      embedsOf('Was the bridge ever safe? Lina Ostrova (@mayorlina) said on March 3, 2024 it was.'),
    ).toEqual([]);
    expect(embedsOf('Some text.\nWas it safe? Lina Ostrova (@mayorlina) March 3, 2024')).toEqual([]);
  });
});

describe('bylines that lost their dash', () => {
  it('reads ` Name (@handle) Date` alone on its line as the byline of the text above', () => {
    const text =
      'The race turned strange this week.\nOne rival asked who was better for the city.\nThe campaign account answered, "Hi."\nHi. https://t.co/Hj7Kq2Lm9N\n\n Lina Ostrova (@linaostrova) June 17, 2016\nThe race went on the next day.\nPolls opened on Monday.';
    const post = onlyEmbedOf(text);
    expect(post).toMatchObject({
      handle: 'linaostrova',
      name: 'Lina Ostrova',
      date: '2016-06-17',
      text: 'Hi. https://t.co/Hj7Kq2Lm9N',
    });
  });

  it('reads several dash-less posts in one paragraph, names and dates split by hard line breaks', () => {
    const text = [
      'First post about the bridge.',
      'Lina Ostrova (@linaostrova)',
      'June 1, 2020',
      'Second post about the ferry.',
      'Port Desk (@portdesk)',
      'June 2, 2020',
    ].join('\n');
    expect(embedsOf(text).map((c) => [c.handle, c.date, c.text])).toEqual([
      ['linaostrova', '2020-06-01', 'First post about the bridge.'],
      ['portdesk', '2020-06-02', 'Second post about the ferry.'],
    ]);
  });

  it('never reads a listing of accounts, an introduced list, a credit or a list item as bylines', () => {
    const listing =
      'Speakers this year.\nLina Ostrova (@linaostrova) March 3, 2024\nBo Boats (@boboats) March 4, 2024\n';
    expect(embedsOf(listing)).toEqual([]);
    expect(embedsOf('Our guests:\nLina Ostrova (@linaostrova) March 3, 2024\n')).toEqual([]);
    expect(embedsOf('The pier at dawn.\nPhoto by Lina Ostrova (@linaostrova) March 3, 2024\n')).toEqual([]);
    expect(embedsOf('Credits\n\n- Lina Ostrova (@linaostrova) March 3, 2024\n', 'credits.md')).toEqual([]);
    expect(
      embedsOf('<p>About us.</p>\n<p>Lina Ostrova (@linaostrova) March 3, 2024</p>', 'page.html'),
    ).toEqual([]);
    expect(embedsOf('Lina Ostrova (@linaostrova) March 3, 2024\n')).toEqual([]);
  });
});

describe('run-on bylines whose dash a dataset blanked (ASCII-only news bodies)', () => {
  it('reads posts signed by `  Name (@handle) Date` with the date glued to the next paragraph', () => {
    const text =
      'The mayor answered within the hour. Here is that post:.@PortDesk is MUCH slower than the ferry, and everyone knows it!  Lina Ostrova (@linaostrova) May 4, 2021Of course, the port replied. Watch the clip below:If you wait an hour for a boat, that s not nothing. pic.twitter.com/Qa1Ws2Ed3R  Port Desk (@portdesk) May 4, 2021no one asked you  Bo (@boboats) May 5, 2021The exchange went on all day.';
    expect(embedsOf(text).map((c) => [c.handle, c.name, c.date, c.text])).toEqual([
      [
        'linaostrova',
        'Lina Ostrova',
        '2021-05-04',
        '.@PortDesk is MUCH slower than the ferry, and everyone knows it!',
      ],
      [
        'portdesk',
        'Port Desk',
        '2021-05-04',
        'If you wait an hour for a boat, that s not nothing. pic.twitter.com/Qa1Ws2Ed3R',
      ],
      ['boboats', 'Bo', '2021-05-05', 'no one asked you'],
    ]);
  });

  it('reads a byline whose next post opened with a blanked quote (`2017 I don t care…`)', () => {
    const text =
      'Replies came fast.Who will repaint them? The harbour crew?  Bo Boats (@boboats) August 15, 2017 I don t care who paints them!  Port Desk (@portdesk) August 15, 2017Crews start on Monday.';
    expect(embedsOf(text).map((c) => [c.handle, c.text])).toEqual([
      ['boboats', 'Who will repaint them? The harbour crew?'],
      ['portdesk', 'I don t care who paints them!'],
    ]);
  });

  it('reads a name whose trademark sign was blanked too (`  Tidewatch  (@tidewatch)`)', () => {
    const post = onlyEmbedOf(
      'See the short clip below:Tide tables today: wrong again.  Tidewatch  (@tidewatch) June 2, 2019There it is.',
    );
    expect(post).toMatchObject({
      handle: 'tidewatch',
      name: 'Tidewatch',
      text: 'Tide tables today: wrong again.',
    });
  });

  it('never reads double-spaced prose, credits, sentences or comment sign-offs as blanked bylines', () => {
    // The date followed by a space reads on as prose; a byline's date is glued to the next paragraph.
    expect(
      embedsOf(
        'Boats were late.  Lina Ostrova (@linaostrova) March 3, 2024 wrote that the pier would reopen.',
      ),
    ).toEqual([]);
    expect(
      embedsOf('The pier at dawn.  Photo via Lina Ostrova (@linaostrova) March 3, 2024More photos below.'),
    ).toEqual([]);
    expect(embedsOf('Boats were late.  Is this real? Lina (@linaostrova) March 3, 2024More below.')).toEqual(
      [],
    );
    expect(embedsOf('Boats were late.  thanks to lina (@linaostrova) March 3, 2024More below.')).toEqual([]);
    expect(embedsOf('Great read!  Jo Reader (@joreader) March 3, 2024 at 10:15 pmReply')).toEqual([]);
    expect(
      embedsOf('Boats are back.  Lina Ostrova (@lina@harbour.example) March 3, 2024More prose.'),
    ).toEqual([]);
    // Nothing before the gap: a listing line, not a post.
    expect(
      embedsOf('  Lina Ostrova (@linaostrova) March 3, 2024Speaker\n  Bo Boats (@boboats) March 4, 2024Host'),
    ).toEqual([]);
  });
});

describe('flattened posts as plain-text copies leave them', () => {
  it("keeps a word in angle brackets as the post's text, and still drops real markup", () => {
    const post = onlyEmbedOf(
      'The council met.\n\nWe are <fine> with the plan, <b>thanks</b> all <3\n— Harbour Office (@harbouroffice) March 3, 2024\n\nThe vote is next week.',
    );
    expect(post?.text).toBe('We are <fine> with the plan, thanks all <3');
  });

  it("takes the permalink printed on the line under the byline as the post's ID, not a second citation", () => {
    const text =
      'The council met.\n\nWe are fine with the plan.\n— Harbour Office (@harbouroffice) March 3, 2024\nhttps://twitter.com/harbouroffice/status/1764000000000000001\n\nThe vote is next week.';
    const all = extractCitations(text, { source: 'article.txt' }).citations;
    expect(all.map((c) => [c.kind, c.handle, c.statusId])).toEqual([
      ['embed', 'harbouroffice', '1764000000000000001'],
    ]);
  });

  it("leaves another account's status link under a byline as a link of its own", () => {
    const text =
      'We are fine with the plan.\n— Harbour Office (@harbouroffice) March 3, 2024\nhttps://twitter.com/portdesk/status/1764000000000000002\n';
    const all = extractCitations(text, { source: 'article.txt' }).citations;
    expect(all.map((c) => [c.kind, c.handle, c.statusId])).toEqual([
      ['embed', 'harbouroffice', null],
      ['link', 'portdesk', '1764000000000000002'],
    ]);
  });
});

describe('lookalikes that must not become posts', () => {
  it('ignores comment sign-offs, whose date carries a time', () => {
    expect(
      embedsOf(
        'Great read, thanks for this! — Jo Reader (@joreader) March 3, 2024 at 10:15 pm Reply\nMore comments.',
      ),
    ).toEqual([]);
  });

  it('ignores listings opened by an en dash or a hyphen mid-line', () => {
    expect(
      embedsOf('Episode 41 – Lina Ostrova (@linaostrova) March 3, 2024 and the rest of the season.'),
    ).toEqual([]);
    expect(embedsOf('Talk slides - Lina Ostrova (@linaostrova) March 3, 2024 are online now.')).toEqual([]);
  });

  it('ignores Mastodon and Bluesky handles quoted in X style', () => {
    expect(
      embedsOf(
        'Boats are back. — Lina Ostrova (@lina@harbour.example) March 3, 2024 More prose follows here.',
      ),
    ).toEqual([]);
    expect(
      embedsOf('Boats are back. — Lina Ostrova (@lina.bsky.social) March 3, 2024 More prose follows.'),
    ).toEqual([]);
  });

  it('ignores prose that mentions (@handle) next to a date without a byline dash', () => {
    expect(
      embedsOf('Reporter Lina Ostrova (@linaostrova) March 3, 2024 wrote that the pier would reopen.'),
    ).toEqual([]);
    expect(
      embedsOf('The mayor (@mayorlina) on March 3, 2024 said — nothing — about (@portdesk) it.'),
    ).toEqual([]);
  });
});

// A rendered X widget (a reply shown with its parent) as a crawler writes it in Markdown.
const REF = '?ref_src=twsrc%5Etfw';
const WIDGET = [
  'The harbour team asked for ideas in a [recent post](https://twitter.com/bo_boats/status/1700000000000000002).',
  '',
  'X Embed',
  '',
  `[Visit this post on X](https://twitter.com/bo_boats/status/1700000000000000002${REF}) [Visit this post on X](https://twitter.com/linaostrova/status/1700000000000000001${REF})`,
  '',
  `[![](https://pbs.twimg.com/profile_images/1/abc_normal.jpg)](https://twitter.com/linaostrova${REF})`,
  '',
  `[Lina Ostrova ![⚓](https://abs-0.twimg.com/emoji/v2/svg/2693.svg)](https://twitter.com/linaostrova${REF})`,
  '',
  '·',
  '',
  `[Sep 13, 2023](https://twitter.com/linaostrova/status/1700000000000000001${REF})`,
  '',
  `[@linaostrova](https://twitter.com/linaostrova${REF})`,
  '',
  '·',
  '',
  `[Follow](https://twitter.com/intent/follow${REF}&screen_name=linaostrova)`,
  '',
  `[View on X](https://twitter.com/linaostrova/status/1700000000000000001${REF})`,
  '',
  `Which boats should we repaint first? Ask [@harbouroffice](https://twitter.com/harbouroffice${REF}) ??`,
  '',
  `[![](https://pbs.twimg.com/profile_images/2/def_normal.jpg)](https://twitter.com/bo_boats${REF})`,
  '',
  `[Bo Boats](https://twitter.com/bo_boats${REF})`,
  '',
  `[@bo\\_boats](https://twitter.com/bo_boats${REF})`,
  '',
  '·',
  '',
  `[Follow](https://twitter.com/intent/follow${REF}&screen_name=bo_boats)`,
  '',
  'The blue ones by the pier, they have waited longest',
  '',
  `[9:15 AM · Sep 14, 2023](https://twitter.com/bo_boats/status/1700000000000000002${REF})`,
  '',
  '[X Ads info and privacy](https://help.twitter.com/en/twitter-for-websites-ads-info-and-privacy)',
  '',
  `[7](https://twitter.com/intent/like${REF}&tweet_id=1700000000000000002) [Reply](https://twitter.com/intent/tweet${REF}&in_reply_to=1700000000000000002)`,
  '',
  'Copy link',
  '',
  `[Read 3 replies](https://twitter.com/bo_boats/status/1700000000000000002${REF})`,
  '',
  'The harbour will announce the order next week.',
].join('\n');

describe('a rendered X widget turned into Markdown by a crawler', () => {
  it('reads each card as one post and claims its chrome links', () => {
    const embeds = embedsOf(WIDGET, 'crawl.md');
    expect(embeds.map((c) => [c.handle, c.name, c.date, c.statusId, c.text])).toEqual([
      [
        'linaostrova',
        'Lina Ostrova ⚓',
        '2023-09-13',
        '1700000000000000001',
        'Which boats should we repaint first? Ask @harbouroffice ??',
      ],
      [
        'bo_boats',
        'Bo Boats',
        '2023-09-14',
        '1700000000000000002',
        'The blue ones by the pier, they have waited longest',
      ],
    ]);
    expect(linksOf(WIDGET, 'crawl.md').map((c) => c.statusId)).toEqual(['1700000000000000002']);
  });

  it("reads past the post's photos, each linked to its own media page, to the time link", () => {
    const photos = [1, 2]
      .map(
        (n) =>
          `[![Image](https://pbs.twimg.com/media/Ab${n}Cd?format=png&name=small)](https://x.com/bo_boats/status/1700000000000000002/photo/${n})`,
      )
      .join('\n\n');
    const card = WIDGET.replace(
      'The blue ones by the pier, they have waited longest\n',
      `The blue ones by the pier, they have waited longest\n\n${photos}\n`,
    );
    expect(card).toContain('/photo/2)');
    const reply = embedsOf(card, 'crawl.md').find((c) => c.handle === 'bo_boats');
    expect(reply).toMatchObject({
      date: '2023-09-14',
      statusId: '1700000000000000002',
      text: 'The blue ones by the pier, they have waited longest',
    });
    expect(linksOf(card, 'crawl.md').map((c) => c.statusId)).toEqual(['1700000000000000002']);
  });

  it('reads a card whose name link is broken over lines, with media, buttons and a quoted post inside', () => {
    const card = [
      `[Lina Ostrova\\\\`,
      '\\\\',
      `![](https://pbs.twimg.com/profile_images/1/abc_bigger.jpg)](https://twitter.com/linaostrova${REF})`,
      '',
      `[@linaostrova](https://twitter.com/linaostrova${REF})`,
      '',
      '·',
      '',
      `[Follow](https://twitter.com/intent/follow${REF}&screen_name=linaostrova)`,
      '',
      `[View on X](https://twitter.com/linaostrova/status/1700000000000000003${REF})`,
      '',
      'The new pontoon, seen from the water',
      '',
      '![](https://pbs.twimg.com/tweet_video_thumb/AbCdEf.jpg)',
      '',
      'GIF',
      '',
      `[Visit this post on X](https://twitter.com/bo_boats/status/1700000000000000004${REF})`,
      '',
      'Bo Boats',
      '',
      '@bo\\_boats',
      '',
      'Pontoon arrives on Tuesday.',
      '',
      `[8:43 PM · Dec 30, 2023](https://twitter.com/linaostrova/status/1700000000000000003${REF})`,
      '',
      'Copy link',
      '',
      'The article goes on about the pontoon.',
    ].join('\n');
    const [post, ...rest] = extractCitations(card, { source: 'crawl.md' }).citations;
    expect(rest).toEqual([]);
    expect(post).toMatchObject({
      handle: 'linaostrova',
      name: 'Lina Ostrova',
      date: '2023-12-30',
      statusId: '1700000000000000003',
      text: 'The new pontoon, seen from the water',
      quotedText: 'Pontoon arrives on Tuesday.',
      links: [],
    });
  });

  it('reads no post from profile links without a date or a status (a list of accounts)', () => {
    const list = [
      '[Lina Ostrova](https://twitter.com/linaostrova)',
      '',
      '[@linaostrova](https://twitter.com/linaostrova)',
      '',
      'Lina writes about boats.',
    ].join('\n');
    expect(embedsOf(list, 'people.md')).toEqual([]);
  });

  // ConvertKit's static tweet card: avatar glued to name and handle, the text as one status link, the
  // time line with the counters glued to the year.
  const newsletterCard = (statusUrl: string, time = '8:05 AM • Mar 3, 2023410Retweets1022Likes') =>
    [
      'Reads of the week:',
      '',
      '![twitter profile avatar](https://i0.wp.com/pbs.twimg.com/profile_images/1111111111/AbCdEf_normal.jpg?ssl=1)Lina Ostrova, boatwright ![Twitter Logo](https://example.com/icons?icon=twitter)@linaostrova',
      '',
      '[The new hull floats!  ',
      'Launch day is Friday, all welcome at the slip.](' +
        statusUrl +
        ')![photo](https://pbs.twimg.com/media/AbCdEfGh.jpg?w=420)',
      '',
      time,
      '',
      `[Read 12 replies](${statusUrl})`,
      '',
      'More next week.',
    ].join('\n');

  it("reads a newsletter's tweet card as one post, its reply button claimed", () => {
    const text = newsletterCard('https://twitter.com/linaostrova/status/1631590000000000001');
    expect(onlyCitationOf(text, 'letter.md')).toMatchObject({
      kind: 'embed',
      handle: 'linaostrova',
      name: 'Lina Ostrova, boatwright',
      date: '2023-03-03',
      statusId: '1631590000000000001',
      text: 'The new hull floats!\nLaunch day is Friday, all welcome at the slip.',
    });
  });

  it("reads no card when the text links another account's post or the time line is missing", () => {
    const other = newsletterCard('https://twitter.com/someoneelse/status/1631590000000000001');
    expect(embedsOf(other, 'letter.md')).toEqual([]);
    expect(linksOf(other, 'letter.md').length).toBeGreaterThan(0);
    const untimed = newsletterCard(
      'https://twitter.com/linaostrova/status/1631590000000000001',
      'Thanks for reading.',
    );
    expect(embedsOf(untimed, 'letter.md')).toEqual([]);
    // An avatar line and a linked quote with no card around them: a link, not a post.
    const loose = [
      '![me](https://pbs.twimg.com/profile_images/1/x_normal.jpg) Written by @linaostrova',
      '',
      '[as I said in March](https://twitter.com/linaostrova/status/1631590000000000001)',
      '',
      'Posted 8:05 AM, Mar 3, 2023.',
    ].join('\n');
    expect(embedsOf(loose, 'letter.md')).toEqual([]);
    expect(linksOf(loose, 'letter.md')).toHaveLength(1);
  });
});

describe('Markdown quotes signed in the shapes exports leave', () => {
  const status = 'https://twitter.com/linaostrova/status/1367800000000000001';
  it('reads a quote inside list items signed `@[[handle]] [Date](status)` (Scrapbox) as one post', () => {
    const text = [
      '- Examples',
      '    - >  The slipway opens at dawn, bring gloves',
      `    - >  \t@[[linaostrova]] [March 5, 2021](${status}?ref_src=twsrc%5Etfw)`,
      '    - the handle becomes a page link',
    ].join('\n');
    expect(onlyCitationOf(text, 'page.md')).toMatchObject({
      kind: 'embed',
      handle: 'linaostrova',
      date: '2021-03-05',
      statusId: '1367800000000000001',
      text: 'The slipway opens at dawn, bring gloves',
    });
  });

  it('keeps `@handle [label](status)` a link when the label is no date, the status is another account, or no quote holds it', () => {
    const notDate = ['> The slipway opens at dawn', `> @linaostrova [see thread](${status})`].join('\n');
    const otherAccount = [
      '> The slipway opens at dawn',
      '> @someoneelse [March 5, 2021](https://twitter.com/linaostrova/status/1367800000000000001)',
    ].join('\n');
    const unquoted = ['The slipway opens at dawn', `@linaostrova [March 5, 2021](${status})`].join('\n');
    for (const text of [notDate, otherAccount, unquoted]) {
      expect(embedsOf(text, 'page.md')).toEqual([]);
      expect(linksOf(text, 'page.md')).toHaveLength(1);
    }
  });

  it("starts the post after a field label on the byline's line, leaving the fields above out", () => {
    const text = [
      '> __claim_id__:  post-en-0042 <br>',
      '> __claim__: The slipway opens at dawn, bring gloves — Lina Ostrova (@linaostrova) March 5, 2021',
    ].join('\n');
    expect(onlyEmbedOf(text, 'README.md')).toMatchObject({
      handle: 'linaostrova',
      date: '2021-03-05',
      text: 'The slipway opens at dawn, bring gloves',
    });
    // Without a label on the byline's line every row of the quote is the post.
    const unlabelled = [
      '> The slipway opens at dawn,',
      '> bring gloves — Lina Ostrova (@linaostrova) March 5, 2021',
    ].join('\n');
    expect(onlyEmbedOf(unlabelled, 'README.md')?.text).toBe('The slipway opens at dawn,\nbring gloves');
  });
});

describe('embed markup kept entity-encoded (feed descriptions, CMS fields in dumps)', () => {
  const encoded =
    '&lt;blockquote class=&quot;twitter-tweet&quot;&gt;&lt;p lang=&quot;tr&quot; dir=&quot;ltr&quot;&gt;Feribot yarın sabah kalkıyor. &lt;a href=&quot;https://t.co/Ab3dEf9XyZ&quot;&gt;https://t.co/Ab3dEf9XyZ&lt;/a&gt;&lt;/p&gt;&amp;mdash; Liman İdaresi (@limanidaresi) &lt;a href=&quot;https://twitter.com/limanidaresi/status/1266313331926700001?ref_src=twsrc%5Etfw&quot;&gt;May 29, 2020&lt;/a&gt;&lt;/blockquote&gt; &lt;script async src=&quot;https://platform.twitter.com/widgets.js&quot;&gt;&lt;/script&gt;';

  it('reads an escaped embed inside a text field as one post, its status link claimed', () => {
    const text = `(2, 'iletisim', '<p><iframe src=\\"${encoded}\\"></iframe></p>', 1),\n(4, 'hakkimizda', '<p>1234</p>', 2);`;
    expect(onlyCitationOf(text, 'dump.txt')).toMatchObject({
      kind: 'embed',
      handle: 'limanidaresi',
      name: 'Liman İdaresi',
      date: '2020-05-29',
      statusId: '1266313331926700001',
      text: 'Feribot yarın sabah kalkıyor. https://t.co/Ab3dEf9XyZ',
    });
  });

  it('reads no post from escaped markup on an HTML page, where it is shown as code, nor from a plain escaped quote', () => {
    expect(embedsOf(`<p>Paste this: ${encoded}</p>`, 'howto.html')).toEqual([]);
    const plainQuote = 'Escaped: &lt;blockquote&gt;&lt;p&gt;Feribot yarın.&lt;/p&gt;&lt;/blockquote&gt; end.';
    expect(embedsOf(plainQuote, 'notes.txt')).toEqual([]);
  });
});

describe('one rendering seen by two readers', () => {
  it('reports a <p>-wrapped embed blockquote (Hatena exports) once', () => {
    const text = [
      'Intro paragraph.',
      '',
      '<p><blockquote class="twitter-tweet" data-lang="ja"><p lang="ja" dir="ltr">新しい船ができた <a href="https://t.co/Qw3Er5Ty7U">pic.twitter.com/Qw3Er5Ty7U</a></p>&mdash; 港 (@minato_port) <a href="https://twitter.com/minato_port/status/1342099406405869999?ref_src=twsrc%5Etfw">2020年12月24日</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script> </p>',
      '',
      'Outro paragraph.',
    ].join('\n');
    const embeds = embedsOf(text, 'hatena.md');
    expect(embeds.map((c) => [c.form, c.statusId, c.date])).toEqual([
      ['blockquote', '1342099406405869999', '2020-12-24'],
    ]);
  });
});

describe('a status URL as the href of a t.co link in the post text', () => {
  it('is a link of the post, not its permalink, when the embed shows no status link of its own', () => {
    const html =
      '<blockquote class="twitter-tweet"><p>Read the plan <a href="https://twitter.com/harbouroffice/status/1111111111111">https://t.co/Pl4nLink99</a></p>&mdash; Lina Ostrova (@linaostrova) May 1, 2020</blockquote>';
    const [post, ...rest] = extractCitations(html, { source: 'page.html' }).citations;
    expect(rest).toEqual([]);
    expect(post).toMatchObject({
      handle: 'linaostrova',
      statusId: null,
      date: '2020-05-01',
      text: 'Read the plan https://t.co/Pl4nLink99',
      links: [{ url: 'https://t.co/Pl4nLink99', kind: 'tco' }],
    });
  });

  it('leaves the permalink after the byline as the status ID', () => {
    const html =
      '<blockquote class="twitter-tweet"><p>Read the plan <a href="https://twitter.com/harbouroffice/status/1111111111111">https://t.co/Pl4nLink99</a></p>&mdash; Lina Ostrova (@linaostrova) <a href="https://twitter.com/linaostrova/status/2222222222222">May 1, 2020</a></blockquote>';
    const [post] = extractCitations(html, { source: 'page.html' }).citations;
    expect(post).toMatchObject({ handle: 'linaostrova', statusId: '2222222222222' });
  });
});

describe('React/Next.js page sources (.tsx/.jsx)', () => {
  const page = [
    "import { TweetEmbed } from '../components/tweet-embed';",
    '// <TweetEmbed tweetId={"1999999999999"} /> was the old post',
    '/* <Tweet id="1888888888888" /> */',
    'export default function Page() {',
    '  return (',
    '    <article>',
    '      <p>The harbour reopened.</p>',
    '      <TweetEmbed tweetId={"1777777777777"} />',
    '    </article>',
    '  );',
    '}',
  ].join('\n');

  it.each(['page.tsx', 'page.jsx'])('reads the post components of %s, never its comments', (source) => {
    expect(extractCitations(page, { source }).citations.map((c) => [c.form, c.statusId])).toEqual([
      ['mdx', '1777777777777'],
    ]);
  });
});
