import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/index.js';

const md = (text: string) => extractCitations(text, { source: 'post.md', format: 'markdown' });
const summary = (text: string) => md(text).citations.map((c) => [c.kind, c.form, c.handle, c.statusId]);

describe('Markdown shortcodes and components', () => {
  it.each([
    ['{{< tweet user="hugofan" id="101" >}}', 'hugofan', '101'],
    ['{{< tweet 102 >}}', null, '102'],
    ['{{< twitter user="hugofan" id="103" >}}', 'hugofan', '103'],
    ['{{< x user="hugofan" id="104" >}}', 'hugofan', '104'],
    ['{{% tweet id="105" %}}', null, '105'],
    ['{{< twitter_simple user="hugofan" id="106" >}}', 'hugofan', '106'],
    ['{{< tweet "https://twitter.com/hugofan/status/107" >}}', 'hugofan', '107'],
    ['{% twitter https://twitter.com/jekyllfan/status/108 %}', 'jekyllfan', '108'],
    ['{% tweet https://x.com/jekyllfan/status/109 align="center" %}', 'jekyllfan', '109'],
    ['{% tweet 110 %}', null, '110'],
    ['{% include tweet.html id="111" %}', null, '111'],
    ["{% include embed/twitter.html url='https://twitter.com/jekyllfan/status/112' %}", 'jekyllfan', '112'],
    ['{{< embed-tweet user="hugofan" id="113" >}}', 'hugofan', '113'],
    ['{{< tweetcard tweet_url="https://x.com/hugofan/status/114" >}}', 'hugofan', '114'],
    ['[tweet https://twitter.com/wpfan/status/115]', 'wpfan', '115'],
    ['{{ tweet(url="https://x.com/zolafan/status/116", id="116") }}', 'zolafan', '116'],
  ])('reads %s as one shortcode embed', (source, handle, statusId) => {
    expect(summary(`Intro.\n\n${source}\n\nOutro.\n`)).toEqual([['embed', 'shortcode', handle, statusId]]);
  });

  it('skips embeds shown inside template code blocks (highlight, raw, codeblock, Hugo highlight)', () => {
    const embed =
      '<blockquote class="twitter-tweet"><p>x</p>&mdash; J (@jack) <a href="https://twitter.com/jack/status/20">March 21, 2006</a></blockquote>';
    const text = `{% highlight html %}\n${embed}\n{% endhighlight %}\n\n{% raw %}{% twitter https://twitter.com/jack/status/21 %}{% endraw %}\n\n{% codeblock %}\n${embed}\n{% endcodeblock %}\n\n{{< highlight html >}}\n${embed}\n{{< /highlight >}}\n`;
    expect(summary(text)).toEqual([]);
  });

  it('skips escaped Hugo shortcodes and profile-timeline tags', () => {
    expect(
      summary(
        '{{</* tweet user="a" id="1" */>}}\n\n{% twitter https://twitter.com/jekyllrb %}\n\n{{< twitter-follow user="a" >}}\n\n{% include tweet-button.html %}\n',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<Tweet id="201" />', null, '201'],
    ['<STweet id="202" />', null, '202'],
    ['<TweetEmbed tweetId={"203"} />', null, '203'],
    [`<TweetEmbed tweetId={'204'} options={{ cards: "hidden" }} />`, null, '204'],
    ['<Tweet tweetLink="mdxfan/status/205" />', 'mdxfan', '205'],
    ['<XEmbed url="https://x.com/mdxfan/status/206"></XEmbed>', 'mdxfan', '206'],
    ['<Embed url="https://twitter.com/mdxfan/status/207" />', 'mdxfan', '207'],
    ['<TwitterTweetEmbed tweetId={"208"} />', null, '208'],
    ['<Tweet tweet-id="209"></Tweet>', null, '209'],
  ])('reads %s as one component embed', (source, handle, statusId) => {
    expect(summary(`import Tweet from './Tweet';\n\n${source}\n`)).toEqual([
      ['embed', 'mdx', handle, statusId],
    ]);
  });

  it('skips components that name no post', () => {
    expect(summary('<TwitterFollowButton username="someone" />\n<Tweet id={props.id} />\n')).toEqual([]);
  });
});

describe('Markdown-flattened embeds', () => {
  it('reads a quote block ending in a byline, with link syntax removed from the text', () => {
    const text = `Some prose.

> Rain again — third day running [#weather](https://twitter.com/hashtag/weather?src=hash) via [@station](https://twitter.com/station) [pic.twitter.com/Rain1](https://t.co/Rain1)
>
> — Drizzle Watch (@drizzlewatch) [October 12, 2021](https://twitter.com/drizzlewatch/status/301)

More prose.`;
    const [embed, ...rest] = md(text).citations;
    expect(rest).toEqual([]);
    expect(embed).toMatchObject({
      kind: 'embed',
      form: 'markdown-quote',
      handle: 'drizzlewatch',
      name: 'Drizzle Watch',
      dateText: 'October 12, 2021',
      date: '2021-10-12',
      statusId: '301',
      text: 'Rain again — third day running #weather via @station pic.twitter.com/Rain1',
      links: [{ url: 'pic.twitter.com/Rain1', kind: 'media' }],
      location: { line: 3, column: 1 },
    });
  });

  it('reads a quoted embed that pandoc converted, em dash written as ---', () => {
    const text = `> Fresh bread [pic.twitter.com/Pic999](https://t.co/Pic999)
>
> --- Quay Loaves (@quayloaves) [May 4, 2023](https://twitter.com/quayloaves/status/1111111111111111111?ref_src=twsrc%5Etfw)
`;
    expect(md(text).citations).toMatchObject([
      {
        form: 'markdown-quote',
        handle: 'quayloaves',
        date: '2023-05-04',
        text: 'Fresh bread pic.twitter.com/Pic999',
      },
    ]);
  });

  it('reads handles and names whose underscores an exporter escaped (turndown)', () => {
    const text =
      '> Bees > lawns.\n>\n> — Dev\\_Ops Team (@b\\_keeper) [May 23, 2024](https://twitter.com/b_keeper/status/1778000000000002204)\n';
    expect(md(text).citations).toMatchObject([
      { form: 'markdown-quote', handle: 'b_keeper', name: 'Dev_Ops Team', text: 'Bees > lawns.' },
    ]);
  });

  it('does not take a plain quotation signed with a dash for a post', () => {
    expect(summary('> Stay hungry.\n>\n> — A Speaker (@speaker)\n')).toEqual([]);
  });
});

describe('raw HTML in Markdown', () => {
  it('reuses the HTML extractors on HTML regions and finds links in Markdown prose', () => {
    const text = `Look: <https://x.com/auto/status/401> and [this](https://twitter.com/inline/status/402).

<blockquote class="twitter-tweet"><p>html inside md</p>&mdash; Mixed (@mixed) <a href="https://twitter.com/mixed/status/403">May 1, 2020</a></blockquote>

[![a screenshot](shot.png)](https://twitter.com/pictured/status/404)
Bare: https://mobile.twitter.com/bare/status/405?s=21 and [https://x.com/twice/status/406](https://x.com/twice/status/406)

A [reference-style link][ref] and [ref][] again; [unused] definitions are not shown, footnotes are.[^1]

[^1]: As posted: https://twitter.com/noted/status/409

[ref]: https://twitter.com/defined/status/407
[spare]: https://twitter.com/spare/status/408
`;
    expect(summary(text)).toEqual([
      ['link', 'status-link', 'auto', '401'],
      ['link', 'status-link', 'inline', '402'],
      ['embed', 'blockquote', 'mixed', '403'],
      ['link', 'status-link', 'pictured', '404'],
      ['link', 'status-link', 'bare', '405'],
      ['link', 'status-link', 'twice', '406'],
      ['link', 'status-link', 'defined', '407'],
      ['link', 'status-link', 'defined', '407'],
      ['link', 'status-link', 'noted', '409'],
    ]);
  });

  it('reads a flattened embed written as HTML paragraphs in Markdown', () => {
    const text = `Intro.

<p>Flour is up again &amp; so are we <a href="https://t.co/Pic999">pic.twitter.com/Pic999</a></p>
<p>&mdash; Quay Loaves (@quayloaves) <a href="https://twitter.com/quayloaves/status/1111111111111111111">May 4, 2023</a></p>
`;
    const [embed, ...rest] = extractCitations(text, { source: 'post.md' }).citations;
    expect(rest).toEqual([]);
    expect(embed).toMatchObject({
      form: 'flattened-text',
      statusId: '1111111111111111111',
      text: 'Flour is up again & so are we pic.twitter.com/Pic999',
      links: [{ url: 'pic.twitter.com/Pic999', kind: 'media' }],
    });
  });
});

describe('raw HTML embeds placed inside Markdown structure', () => {
  const EMBED = `<blockquote class="twitter-tweet"><p>Bees &gt; lawns.</p>&mdash; B. Keeper (@bkeeper) <a href="https://twitter.com/bkeeper/status/1778000000000002204">May 23, 2024</a></blockquote>`;

  it.each([
    ['an indented list item', `1. Item:\n\n   ${EMBED}\n`],
    ['an admonition', `!!! note\n\n    ${EMBED}\n`],
    ['a > quote', `> ${EMBED}\n`],
  ])('counts an embed in %s once', (_, text) => {
    expect(summary(`Intro.\n\n${text}`)).toEqual([['embed', 'blockquote', 'bkeeper', '1778000000000002204']]);
  });

  it('reads an embed pasted as JSX: className, and the {" "} Prettier puts before the date link', () => {
    for (const space of [`{' '}`, '{" "}']) {
      const text = `<blockquote className="twitter-tweet">\n  <p lang="en">Bees &gt; lawns.</p>&mdash; B. Keeper (@bkeeper)${space}\n  <a href="https://twitter.com/bkeeper/status/1778000000000002204">May 23, 2024</a>\n</blockquote>\n`;
      expect(md(text).citations).toMatchObject([
        { form: 'blockquote', date: '2024-05-23', text: 'Bees > lawns.' },
      ]);
    }
  });

  it('skips MDX comments and reads astro-embed\u2019s <Tweet id="URL">', () => {
    const text =
      '{/* <Tweet id="1762222222222222306" /> */}\n\n<Tweet id="https://x.com/astro_fan/status/1764444444444444501" />\n';
    expect(summary(text)).toEqual([['embed', 'mdx', 'astro_fan', '1764444444444444501']]);
  });
});

describe('non-rendered Markdown', () => {
  it('ignores embeds and links in code fences, indented code, inline code, comments and front matter', () => {
    const text = `---
title: "A post about https://twitter.com/front/status/1"
tweet: 2
---

\`\`\`html
<blockquote class="twitter-tweet"><a href="https://twitter.com/fence/status/3">x</a></blockquote>
{{< tweet user="fence" id="4" >}}
\`\`\`

~~~
<Tweet id="5" />
~~~

    https://twitter.com/indented/status/6

Inline \`https://twitter.com/inline/status/7\` and \`\`{{< tweet 8 >}}\`\`.

<!-- {{< tweet user="comment" id="9" >}} https://twitter.com/comment/status/10 -->

{% comment %}{% tweet 11 %}{% endcomment %}

- 1487140202141425673 is a number in a list, not an embed
`;
    expect(md(text).citations).toEqual([]);
  });

  it('treats indented lines inside a list as content, not code', () => {
    const text = '- item one\n\n    continued: https://twitter.com/listed/status/12\n';
    expect(summary(text)).toEqual([['link', 'status-link', 'listed', '12']]);
  });

  it('reads an indented embed as code after a paragraph, but as HTML inside a raw HTML container or in MDX', () => {
    const embed =
      '<blockquote class="twitter-tweet"><p>x</p>&mdash; J (@jack) <a href="https://twitter.com/jack/status/20">March 21, 2006</a></blockquote>';
    const code = `Example:\n\n    ${embed}\n`;
    expect(summary(code)).toEqual([]);
    expect(extractCitations(code, { source: 'post.mdx' }).citations).toHaveLength(1);
    expect(summary(`<div class="tweets">\n\n    ${embed}\n\n</div>\n`)).toEqual([
      ['embed', 'blockquote', 'jack', '20'],
    ]);
    // A <div> named in prose opens no container; MkDocs content tabs do; Docusaurus .md (with imports) is MDX.
    expect(summary(`Put it in a \`<div>\` like this:\n\n    ${embed}\n`)).toEqual([]);
    expect(summary(`=== "Post"\n\n    ${embed}\n`)).toHaveLength(1);
    expect(summary(`import Tabs from '@theme/Tabs';\n\n<Tabs>\n\n    ${embed}\n\n</Tabs>\n`)).toHaveLength(1);
  });

  it('reads HTML inside {% raw %}, which only stops Liquid, but not the Liquid tags it shows', () => {
    const embed =
      '<blockquote class="twitter-tweet"><p>Use {{ site.url }}!</p>&mdash; J (@jack) <a href="https://twitter.com/jack/status/20">March 21, 2006</a></blockquote>';
    const text = `{% raw %}\n${embed}\n{% twitter https://twitter.com/jack/status/21 %}\n{% endraw %}\n`;
    expect(md(text).citations).toMatchObject([
      { form: 'blockquote', statusId: '20', text: 'Use {{ site.url }}!' },
    ]);
  });

  it('treats an unclosed fence as code to the end of the file', () => {
    expect(md('Text\n\n```\n{{< tweet 13 >}}\n').citations).toEqual([]);
  });
});
