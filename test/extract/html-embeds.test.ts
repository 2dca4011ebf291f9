import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/index.js';

const html = (text: string) => extractCitations(text, { source: 'page.html', format: 'html' });
const embedsOf = (text: string) => html(text).citations.filter((c) => c.kind === 'embed');

const STANDARD = `<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Fresh bread at the harbour market today — get there early! <a href="https://twitter.com/hashtag/baking?src=hash">#baking</a> <a href="https://twitter.com/harbourbaker">@harbourbaker</a> <a href="https://t.co/Abc123">https://t.co/Abc123</a> <a href="https://t.co/Pic999">pic.twitter.com/Pic999</a></p>&mdash; Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/1111111111111111111?ref_src=twsrc%5Etfw">May 4, 2023</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;

describe('embed blockquotes', () => {
  it('reads byline, date, status ID, text and displayed links; entity links are left out', () => {
    const [embed, ...rest] = html(STANDARD).citations;
    expect(rest).toEqual([]);
    expect(embed).toMatchObject({
      kind: 'embed',
      form: 'blockquote',
      handle: 'quayloaves',
      name: 'Quay Loaves',
      dateText: 'May 4, 2023',
      date: '2023-05-04',
      statusId: '1111111111111111111',
      text: 'Fresh bread at the harbour market today — get there early! #baking @harbourbaker https://t.co/Abc123 pic.twitter.com/Pic999',
      links: [
        { url: 'https://t.co/Abc123', kind: 'tco' },
        { url: 'pic.twitter.com/Pic999', kind: 'media' },
      ],
    });
  });

  it('keeps the t.co target behind a link shown as a display URL, so it can still be resolved', () => {
    const html = `<blockquote class="twitter-tweet"><p>Report is out <a href="https://t.co/Rep0rt1">example.org/report…</a></p>&mdash; Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/1111111111111111111">May 4, 2023</a></blockquote>`;
    const [citation] = extractCitations(html, { source: 'a.html' }).citations;
    expect(citation?.links).toEqual([
      { url: 'example.org/report…', kind: 'other', href: 'https://t.co/Rep0rt1' },
    ]);
  });

  it('takes the LAST byline when the post text itself contains a dash and a handle', () => {
    const [embed] = embedsOf(
      `<blockquote class="twitter-tweet tw-align-center"><p>"Never again" — Someone Else (@someone) said that</p>&mdash; Real Author (@realauthor) <a href="https://x.com/realauthor/status/22">June 1, 2024</a></blockquote>`,
    );
    expect(embed).toMatchObject({ handle: 'realauthor', name: 'Real Author', statusId: '22' });
    expect(embed?.text).toBe('"Never again" — Someone Else (@someone) said that');
  });

  it('keeps names with emoji, commas, parentheses and RTL text, decoding entities', () => {
    const names = ['Ana 🌊🏄‍♀️', 'Lopez, Maria (she/her)', 'سارة أحمد', 'Tom &amp; Jerry'];
    const page = names
      .map(
        (name, i) =>
          `<blockquote class="twitter-tweet"><p>post ${i}</p>&mdash; ${name} (@user${i}) <a href="https://twitter.com/user${i}/status/${i + 1}">July ${i + 1}, 2020</a></blockquote>`,
      )
      .join('\n');
    expect(embedsOf(page).map((e) => e.name)).toEqual([
      'Ana 🌊🏄‍♀️',
      'Lopez, Maria (she/her)',
      'سارة أحمد',
      'Tom & Jerry',
    ]);
  });

  it('keeps emoji, zero-width and bidi control characters in the text, turning <br> into newlines', () => {
    const [embed] = embedsOf(
      `<blockquote class="twitter-tweet"><p>first\u200b line<br>second \u202bline\u202c 🇸🇻🤝🏼</p>&mdash; A (@a) <a href="https://twitter.com/a/status/5">May 1, 2020</a></blockquote>`,
    );
    expect(embed?.text).toBe('first\u200b line\nsecond \u202bline\u202c 🇸🇻🤝🏼');
  });

  it('reads the old /statuses/ link and a <p> without lang', () => {
    const [embed] = embedsOf(
      `<blockquote class="twitter-tweet"><p>Old style</p>&mdash; Old Timer (@oldtimer) <a href="https://twitter.com/oldtimer/statuses/99">November 2, 2012</a></blockquote>`,
    );
    expect(embed).toMatchObject({
      handle: 'oldtimer',
      statusId: '99',
      date: '2012-11-02',
      text: 'Old style',
    });
  });

  it('counts an embed whose only content is the status link, taking the handle from the URL', () => {
    const embeds = embedsOf(
      `<blockquote class="twitter-tweet" data-theme="dark"><a href="https://x.com/lonely/status/77?s=20"></a></blockquote>`,
    );
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ handle: 'lonely', statusId: '77', name: null, text: null, date: null });
  });

  it('reads a localized date in the byline link', () => {
    const [embed] = embedsOf(
      `<blockquote class="twitter-tweet" data-lang="de"><p lang="de">Guten Morgen</p>&mdash; Bäckerei (@baecker) <a href="https://twitter.com/baecker/status/3">28. März 2025</a></blockquote>`,
    );
    expect(embed).toMatchObject({ dateText: '28. März 2025', date: '2025-03-28' });
  });

  it('counts a post shown twice on a page twice', () => {
    expect(embedsOf(`${STANDARD}\n<p>again:</p>\n${STANDARD}`)).toHaveLength(2);
  });

  it('reports a nested embed as the outer one\u2019s quoted text and as its own rendering', () => {
    const page = `<blockquote class="twitter-tweet"><p>Look at this</p><blockquote class="twitter-tweet"><p>inner words</p>&mdash; Inner (@inner) <a href="https://twitter.com/inner/status/2">May 2, 2020</a></blockquote>&mdash; Outer (@outer) <a href="https://twitter.com/outer/status/1">May 3, 2020</a></blockquote>`;
    const embeds = embedsOf(page);
    expect(embeds.map((e) => [e.handle, e.statusId])).toEqual([
      ['outer', '1'],
      ['inner', '2'],
    ]);
    expect(embeds[0]).toMatchObject({
      text: 'Look at this',
      quotedText: 'inner words',
    });
  });

  it('lets the embed markup inside a wrapper that names the post (data-tweet-id) stand for it', () => {
    const page = `<div class="tweet-embed" data-tweet-id="1111111111111111111">${STANDARD}</div>`;
    expect(embedsOf(page)).toMatchObject([
      { form: 'blockquote', handle: 'quayloaves', name: 'Quay Loaves', date: '2023-05-04' },
    ]);
  });
});

describe('other HTML embed forms', () => {
  it('counts <amp-twitter> once, reading the placeholder blockquote for byline and text', () => {
    const page = `<amp-twitter width="375" height="472" layout="responsive" data-tweetid="888">
  <blockquote placeholder><p>Placeholder words</p>&mdash; Amp User (@ampuser) <a href="https://twitter.com/ampuser/status/888">April 9, 2019</a></blockquote>
</amp-twitter>`;
    expect(html(page).citations).toMatchObject([
      {
        form: 'amp',
        statusId: '888',
        handle: 'ampuser',
        name: 'Amp User',
        date: '2019-04-09',
        text: 'Placeholder words',
      },
    ]);
  });

  it('counts an id-only <amp-twitter> with nulls for what it does not show', () => {
    expect(html('<amp-twitter data-tweetid="12" layout="responsive"></amp-twitter>').citations).toMatchObject(
      [{ form: 'amp', statusId: '12', handle: null, name: null, text: null, date: null }],
    );
  });

  it('counts a WordPress embed figure once, ignoring the wp:embed comment that repeats the URL', () => {
    const page = `<!-- wp:embed {"url":"https://twitter.com/wpuser/status/4242","type":"rich","providerNameSlug":"twitter"} -->
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://twitter.com/wpuser/status/4242
</div></figure>
<!-- /wp:embed -->`;
    expect(html(page).citations).toMatchObject([
      { kind: 'embed', form: 'wp-block', handle: 'wpuser', statusId: '4242' },
    ]);
  });

  it('lets a server-rendered blockquote inside a WordPress figure stand for the figure', () => {
    const page = `<figure class="wp-block-embed wp-block-embed-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet"><p>hi</p>&mdash; W (@w) <a href="https://twitter.com/w/status/5">May 5, 2020</a></blockquote></div></figure>`;
    expect(html(page).citations).toMatchObject([{ form: 'blockquote', statusId: '5' }]);
  });

  it('counts rendered widget iframes and data-tweet-id widgets by ID only, once per rendering', () => {
    const page = `<div class="twitter-tweet twitter-tweet-rendered"><iframe id="twitter-widget-0" src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;id=31&amp;lang=en" data-tweet-id="31"></iframe></div>
<twitter-widget class="twitter-tweet" data-tweet-id="32"></twitter-widget>
<iframe src="https://platform.twitter.com/embed/Tweet.html?id=33"></iframe>
<iframe src="https://twitframe.com/show?url=https%3A%2F%2Ftwitter.com%2Fframed%2Fstatus%2F34"></iframe>`;
    expect(html(page).citations.map((c) => [c.form, c.statusId, c.handle])).toEqual([
      ['iframe', '31', null],
      ['widget', '32', null],
      ['iframe', '33', null],
      ['iframe', '34', 'framed'],
    ]);
  });

  it('counts lazy-loading placeholders and cards that name the post by URL or ID', () => {
    const page = `<div class="lazy-embed" data-url="https://twitter.com/quayloaves/status/301"></div>
<amp-embedly-card data-url="https://x.com/quayloaves/status/302" layout="responsive"></amp-embedly-card>
<vue-tweet tweet-id="303"></vue-tweet>
<div class="share" data-url="https://example.org/article"></div>
<link rel="alternate" data-href="https://twitter.com/quayloaves/status/304">`;
    expect(html(page).citations.map((c) => [c.kind, c.form, c.handle, c.statusId])).toEqual([
      ['embed', 'widget', 'quayloaves', '301'],
      ['embed', 'widget', 'quayloaves', '302'],
      ['embed', 'widget', null, '303'],
    ]);
  });

  it('reads a Substack post card once, from the author, text and date it renders', () => {
    const url = 'https://twitter.com/quayloaves/status/1111111111111111111';
    const data = JSON.stringify({
      url,
      full_text: 'Fresh bread',
      username: 'quayloaves',
      name: 'Quay Loaves',
    });
    const page = `<p>Before.</p><div class="tweet" data-attrs="${data.replaceAll('"', '&quot;')}" data-component-name="Twitter2ToDOM"><a class="tweet-link-top" href="${url}"><div class="tweet-header"><span class="tweet-author-name">Quay Loaves </span><span class="tweet-author-handle">@quayloaves</span></div><div class="tweet-text">Fresh bread &amp; more <a href="https://t.co/Abc123">quay.example/menu</a></div></a><a class="tweet-link-bottom" href="${url}"><div class="tweet-footer"><span class="tweet-date">7:05 AM ∙ May 4, 2023</span></div></a></div>`;
    expect(html(page).citations).toMatchObject([
      {
        kind: 'embed',
        form: 'widget',
        handle: 'quayloaves',
        name: 'Quay Loaves',
        dateText: 'May 4, 2023',
        date: '2023-05-04',
        statusId: '1111111111111111111',
        text: 'Fresh bread & more quay.example/menu',
        links: [{ url: 'quay.example/menu', kind: 'other', href: 'https://t.co/Abc123' }],
      },
    ]);
  });

  it('does not count share, follow or intent buttons and their iframes', () => {
    const page = `<a href="https://twitter.com/share?ref_src=twsrc%5Etfw" class="twitter-share-button">Tweet</a>
<a href="https://twitter.com/intent/tweet?in_reply_to=55">Reply</a>
<a href="https://twitter.com/someone?ref_src=twsrc%5Etfw" class="twitter-follow-button">Follow</a>
<iframe src="https://platform.twitter.com/widgets/tweet_button.html?url=x"></iframe>`;
    expect(html(page).citations).toEqual([]);
  });
});

describe('embeds that lost their widget markup', () => {
  const byline = `&mdash; Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/1111111111111111111">May 4, 2023</a>`;

  it('reads a plain <blockquote> that still shows the byline and date (class stripped, or built from Markdown)', () => {
    const page = `<p>Intro.</p>
<blockquote><p>Fresh bread today &amp; tomorrow <a href="https://t.co/Pic999">pic.twitter.com/Pic999</a></p>${byline}</blockquote>
<blockquote>
  <p>Loaves for everyone <a href="https://t.co/Abc123">https://t.co/Abc123</a></p>
  <p>— Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/2222222222222222222">May 5, 2023</a></p>
</blockquote>`;
    const citations = html(page).citations;
    expect(citations.map((c) => [c.kind, c.form, c.statusId, c.date, c.text])).toEqual([
      [
        'embed',
        'blockquote',
        '1111111111111111111',
        '2023-05-04',
        'Fresh bread today & tomorrow pic.twitter.com/Pic999',
      ],
      ['embed', 'blockquote', '2222222222222222222', '2023-05-05', 'Loaves for everyone https://t.co/Abc123'],
    ]);
    expect(citations[0]?.links).toEqual([{ url: 'pic.twitter.com/Pic999', kind: 'media' }]);
  });

  it('leaves a quotation signed with a handle but no date, and a quote around real embeds, to the other readers', () => {
    const statement =
      '<blockquote><p>We will appeal.</p><p>— Harbour Council (@harbourcouncil)</p></blockquote>';
    expect(html(statement).citations).toEqual([]);
    const wrapper = `<blockquote><blockquote class="twitter-tweet"><p>Inner</p>${byline}</blockquote></blockquote>`;
    expect(html(wrapper).citations.map((c) => [c.form, c.text])).toEqual([['blockquote', 'Inner']]);
  });

  it('splits a plain blockquote holding two signed posts, and leaves an author byline with a dateline alone', () => {
    const two = `<blockquote><p>Trains every 12 minutes.</p><p>— Quay Loaves (@quayloaves) May 4, 2023</p><p>Weekends unchanged.</p><p>— Quay Loaves (@quayloaves) May 4, 2023</p></blockquote>`;
    expect(html(two).citations.map((c) => [c.form, c.text])).toEqual([
      ['flattened-text', 'Trains every 12 minutes.'],
      ['flattened-text', 'Weekends unchanged.'],
    ]);
    const news = `<article><h1>Budget passes</h1><div class="byline">By <a href="/a/jane">Jane Doe</a> - City Hall reporter (@janedoe)</div><p class="dateline">March 3, 2024</p><p>The council voted.</p></article>`;
    expect(html(news).citations).toEqual([]);
  });

  it('reads flattened embeds in an HTML page\u2019s paragraphs, text split around the byline included', () => {
    const page = `<html><head><title>— Not (@aPost) May 1, 2023</title></head><body><article>
<p>The bakery answered on Tuesday.</p>
<p>We will not close.
The harbour deserves better. <a href="https://t.co/Pic999">pic.twitter.com/Pic999</a></p>
<p>&mdash; Quay Loaves (@quayloaves) May 4, 2023</p>
<div><p>— Harbour Council (@harbourcouncil) <a href="https://x.com/harbourcouncil/status/3333333333333333333">May 5, 2023</a></p></div>
<p>This is wrong https://t.co/Xyz777</p>
<pre>Fresh text
— Code Sample (@sample) May 6, 2023</pre>
</article></body></html>`;
    const citations = html(page).citations;
    expect(citations.map((c) => [c.form, c.handle, c.date, c.statusId, c.text])).toEqual([
      [
        'flattened-text',
        'quayloaves',
        '2023-05-04',
        null,
        'We will not close. The harbour deserves better. pic.twitter.com/Pic999',
      ],
      [
        'flattened-text',
        'harbourcouncil',
        '2023-05-05',
        '3333333333333333333',
        'This is wrong https://t.co/Xyz777',
      ],
    ]);
    expect(citations[0]?.location.line).toBe(3);
    expect(citations[1]?.links).toEqual([{ url: 'https://t.co/Xyz777', kind: 'tco' }]);
  });

  it('reads WordPress [tweet] and [embed] shortcodes left in post content, but not escaped ones or link text', () => {
    const page = `<p>[tweet https://twitter.com/quayloaves/status/1111111111111111111]</p>
<p>[embed]https://x.com/quayloaves/status/2222222222222222222[/embed]</p>
<p>[tweet 3333333333333333333 align="center"]</p>
<p>[[tweet https://twitter.com/quayloaves/status/4444444444444444444]] shows the shortcode itself.</p>
<p>[embed]https://example.org/video[/embed]</p>`;
    expect(html(page).citations.map((c) => [c.kind, c.form, c.handle, c.statusId])).toEqual([
      ['embed', 'shortcode', 'quayloaves', '1111111111111111111'],
      ['embed', 'shortcode', 'quayloaves', '2222222222222222222'],
      ['embed', 'shortcode', null, '3333333333333333333'],
      ['link', 'status-link', 'quayloaves', '4444444444444444444'],
    ]);
    const markdown = extractCitations(
      'See [tweet 123](https://example.org) and\n\n[tweet 5555555555555555555]\n',
      {
        source: 'post.md',
      },
    );
    expect(markdown.citations.map((c) => [c.form, c.statusId])).toEqual([
      ['shortcode', '5555555555555555555'],
    ]);
  });
});

describe('look-alikes that are not X posts', () => {
  it('does not take a Mastodon, Threads or LinkedIn post quoted in X\u2019s style for an X post', () => {
    const mastodon = `<blockquote><p>We are rolling out quote posts.</p>&mdash; Quay Loaves (@quayloaves) <a href="https://mastodon.social/@quayloaves/113365735848440880">October 23, 2024</a></blockquote>`;
    const flattened = `<p>Quote posts are here.</p><p>&mdash; Quay Loaves (@quayloaves) <a href="https://www.threads.net/@quayloaves/post/C4abc">March 3, 2024</a></p>`;
    expect(html(mastodon).citations).toEqual([]);
    expect(html(flattened).citations).toEqual([]);
    const markdown = extractCitations(
      '> Big news.\n>\n> — Quay Loaves (@quayloaves) [March 3, 2024](https://www.linkedin.com/posts/quay)\n',
      {
        source: 'post.md',
      },
    );
    expect(markdown.citations).toEqual([]);
  });

  it('keeps a post whose date link goes through a click tracker or an archive', () => {
    const page = `<blockquote><p>We shipped the API.</p>&mdash; Quay Loaves (@quayloaves) <a href="https://click.mail.example/abc">March 3, 2024</a></blockquote>`;
    expect(html(page).citations).toMatchObject([{ kind: 'embed', handle: 'quayloaves', date: '2024-03-03' }]);
  });

  it('does not read numbered references in brackets as WordPress shortcodes', () => {
    expect(
      html('<p>Transparency reports [Twitter 2022] and [tweet 12] in the appendix.</p>').citations,
    ).toEqual([]);
  });

  it('reads a feed or WordPress export: markup inside CDATA, not item links, GUIDs or the oEmbed cache', () => {
    const wxr = `<?xml version="1.0"?><rss><channel><item>
<link>https://x.com/quayloaves/status/1111111111111111111</link>
<guid isPermaLink="true">https://x.com/quayloaves/status/1111111111111111111</guid>
<content:encoded><![CDATA[<p>Intro</p><figure class="wp-block-embed is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://twitter.com/quayloaves/status/2222222222222222222
</div></figure>]]></content:encoded>
<wp:postmeta><wp:meta_key>_oembed_abc</wp:meta_key><wp:meta_value><![CDATA[<blockquote class="twitter-tweet"><p>cached</p>&mdash; Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/2222222222222222222">May 4, 2023</a></blockquote>]]></wp:meta_value></wp:postmeta>
</item></channel></rss>`;
    expect(
      extractCitations(wxr, { source: 'export.xml' }).citations.map((c) => [c.kind, c.form, c.statusId]),
    ).toEqual([['embed', 'wp-block', '2222222222222222222']]);
  });

  it('reads an RSS item\u2019s full content once, not again from its summary', () => {
    const embed = `<blockquote class="twitter-tweet"><p>Fresh</p>&mdash; Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/3333333333333333333">May 4, 2023</a></blockquote>`;
    const item = (body: string) =>
      `<?xml version="1.0"?><rss><channel><item><title>Bread</title>${body}</item></channel></rss>`;
    const both = item(
      `<description><![CDATA[${embed}]]></description><content:encoded><![CDATA[<p>Intro</p>${embed}]]></content:encoded>`,
    );
    expect(extractCitations(both, { source: 'feed.xml' }).citations.map((c) => c.statusId)).toEqual([
      '3333333333333333333',
    ]);
    const summaryOnly = item(`<description><![CDATA[${embed}]]></description>`);
    expect(extractCitations(summaryOnly, { source: 'feed.xml' }).citations).toHaveLength(1);
  });

  it('reads a status URL shown as the text of a click-tracked newsletter link', () => {
    const page =
      '<p>Read <a href="https://click.example/ls/click?upn=abc">https://twitter.com/quayloaves/status/1111111111111111111</a></p>';
    expect(html(page).citations.map((c) => [c.kind, c.statusId])).toEqual([['link', '1111111111111111111']]);
  });
});

describe('hidden or non-rendered markup', () => {
  it('ignores embeds and links in comments, scripts, JSON-LD, styles, templates and code', () => {
    const page = `<!-- <blockquote class="twitter-tweet"><a href="https://twitter.com/c/status/1">x</a></blockquote> -->
<script type="application/ld+json">{"url":"https://twitter.com/j/status/2","@type":"SocialMediaPosting"}</script>
<script>document.querySelectorAll('.twitter-tweet'); var u = "https://x.com/s/status/3";</script>
<style>.twitter-tweet { margin: 0 auto; }</style>
<template><blockquote class="twitter-tweet"><a href="https://twitter.com/t/status/4">x</a></blockquote></template>
<pre><code>&lt;blockquote class="twitter-tweet"&gt; https://twitter.com/p/status/5</code></pre>
<p>Use <code>https://x.com/inline/status/6</code> as an example.</p>`;
    expect(html(page).citations).toEqual([]);
  });

  it('ignores embeds and flattened bylines in elements hidden by markup (hidden, display: none)', () => {
    const page = `<div hidden>${STANDARD}</div><section style="color: red; display:none"><p>Text</p><p>— Quay Loaves (@quayloaves) May 4, 2023</p></section><p>Shown.</p>`;
    expect(html(page).citations).toEqual([]);
  });

  it('takes a "Replying to @handle" line some sites keep as replyTo, not as post text', () => {
    const page = `<blockquote class="twitter-tweet" data-conversation="none"><p>Replying to <a href="https://twitter.com/harbourcouncil">@harbourcouncil</a></p><p>The date is Friday.</p>&mdash; Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/3">May 4, 2023</a></blockquote>`;
    expect(embedsOf(page)).toMatchObject([{ text: 'The date is Friday.', replyTo: 'harbourcouncil' }]);
  });

  it('counts a <noscript> embed only when the page does not render the same post elsewhere', () => {
    const page = `<div data-tweet-id="70"></div><noscript><blockquote class="twitter-tweet"><p>fallback</p>&mdash; N (@n) <a href="https://twitter.com/n/status/70">May 1, 2020</a></blockquote></noscript>
<noscript><blockquote class="twitter-tweet"><p>only copy</p>&mdash; M (@m) <a href="https://twitter.com/m/status/71">May 2, 2020</a></blockquote></noscript>`;
    expect(html(page).citations.map((c) => [c.form, c.statusId])).toEqual([
      ['widget', '70'],
      ['blockquote', '71'],
    ]);
  });

  it('does not parse a page that has no citation marker at all', () => {
    expect(html('<p>Nothing to see</p><blockquote>quote — Person</blockquote>')).toEqual({
      source: 'page.html',
      citations: [],
      errors: [],
    });
  });
});

describe('status links in HTML prose', () => {
  it('reports each anchor to a status as a link, including one around an image, but not profile links', () => {
    const page = `<p>As <a href="https://twitter.com/writer/status/10">she said</a>, and <a href="https://x.com/writer/status/11/photo/1"><img src="a.png"></a>.
See <a href="https://twitter.com/writer">her profile</a> and https://twitter.com/writer/status/12 in plain text.</p>`;
    expect(html(page).citations.map((c) => [c.kind, c.form, c.handle, c.statusId])).toEqual([
      ['link', 'status-link', 'writer', '10'],
      ['link', 'status-link', 'writer', '11'],
      ['link', 'status-link', 'writer', '12'],
    ]);
  });

  it('does not report an embed\u2019s byline link again as a link citation', () => {
    expect(html(STANDARD).citations.filter((c) => c.kind === 'link')).toEqual([]);
  });
});
