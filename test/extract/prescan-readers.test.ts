import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectDrafts } from '../../src/extract/extract-document.js';
import { SOURCE_FORMATS, type SourceFormat } from '../../src/extract/formats.js';
import { compileMarkers, hasCandidateMarkers, markerSources } from '../../src/extract/prescan.js';
import type { Dialect } from '../../src/extract/readers.js';

// The pre-scan answers "nothing here" without running any reader; this file checks that answer against the
// readers themselves. Every account, post and page below is invented; each fragment reproduces one form a
// reader knows, the wild ones included (run-on and dashless bylines, crawler Markdown of a rendered widget,
// shortcodes, components, {{Cite tweet}}), several without any permalink so that only their own marker
// lets them through.
const ID = '1790000000000000001';
const URL = `https://twitter.com/harbouroffice/status/${ID}`;
const REF = '?ref_src=twsrc%5Etfw';

const FRAGMENTS: readonly string[] = [
  // Permalinks of every host and era, bare, linked and reference-style.
  `see https://x.com/harbouroffice/status/${ID} for it`,
  `http://twitter.com/#!/harbouroffice/statuses/${ID}`,
  `https://mobile.twitter.com/i/web/status/${ID}?s=20`,
  // A doubled slash (a CMS joining base and ID): readers drop the empty path segment.
  `https://x.com/harbouroffice/status//${ID}`,
  `[the announcement](${URL})`,
  `As [confirmed][c].\n\n[c]: ${URL}\n`,
  `<a href="${URL}">the announcement</a>`,
  // X's embed markup and the ways pages render it.
  `<blockquote class="twitter-tweet"><p lang="en">The new ferry leaves at nine.</p>&mdash; Harbour Office (@harbouroffice) <a href="${URL}">June 5, 2024</a></blockquote>`,
  `<blockquote class="twitter-tweet" data-id="${ID}"><p>Only the text of the post</p></blockquote>`,
  '<blockquote class="twitter-video"><p>A clip of the pier</p></blockquote>',
  '<amp-twitter width="375" height="472" layout="responsive"></amp-twitter>',
  `<amp-twitter data-tweetid="${ID}" width="375"></amp-twitter>`,
  `<iframe src="https://platform.twitter.com/embed/Tweet.html?id=${ID}"></iframe>`,
  `<iframe src="https://platform.x.com/embed/Tweet.html?id=${ID}"></iframe>`,
  `<iframe src="https://twitframe.com/show?url=${encodeURIComponent(URL)}"></iframe>`,
  `<div data-tweet-id="${ID}"></div>`,
  `<twitter-widget tweetid="${ID}"></twitter-widget>`,
  `<div class="tweet" data-attrs="{&quot;url&quot;:&quot;${URL}&quot;}" data-component-name="Twitter2ToDOM"><div class="tweet-text">Card text</div></div>`,
  `<figure class="wp-block-embed is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">${URL}</div></figure>`,
  '<blockquote><p>A quote that kept its byline.</p>— Harbour Office (@harbouroffice) June 5, 2024</blockquote>',
  // Flattened embeds: plain, Markdown-escaped handle, quoted, run-on, dashless, BBC's wrapper.
  'The new ferry leaves at nine\n— Harbour Office (@harbouroffice) June 5, 2024\n',
  'Honey is in\n— Bee Keeper (@\\_beekeeper) May 1, 2020\n',
  '> The new ferry leaves at nine\n> — Harbour Office (@harbouroffice) June 5, 2024\n',
  'Earlier trips used the old pier.The ferry leaves at nine!— Harbour Office (@harbouroffice) June 5, 2024Crews began loading.',
  'The ferry leaves at nine\nHarbour Office (@harbouroffice) June 5, 2024\n',
  'The ferry leaves at nine — Harbour Office (@harbouroffice) January 11, 2020 Report End of Twitter post by @harbouroffice',
  // BBC's closing label alone, the byline lost by the scraper
  'Crews began loading the ferry at dawn. pic.twitter.com/Ab12Cd34Ef End of Twitter post by @harbouroffice\n',
  // Crawler Markdown of a rendered widget (date, handle and buttons as lines of links).
  [
    'X Embed',
    `[Visit this post on X](https://twitter.com/linaostrova/status/${ID}${REF})`,
    `[Lina Ostrova](https://twitter.com/linaostrova${REF})`,
    '·',
    `[Sep 13, 2023](https://twitter.com/linaostrova/status/${ID}${REF})`,
    `[@linaostrova](https://twitter.com/linaostrova${REF})`,
    'Which boats should we repaint first?',
    'Copy link',
  ].join('\n\n'),
  // Hugo, Liquid, Zola and WordPress shortcodes.
  `{{< tweet user="harbouroffice" id="${ID}" >}}`,
  `{{% x id=${ID} %}}`,
  `{{< twitter_simple ${ID} >}}`,
  `{% tweet ${URL} %}`,
  `{% tweet ${ID} %}`,
  `{% include embed/twitter.html id="${ID}" %}`,
  `{{ tweet(id="${ID}") }}`,
  `{{ x(id="${ID}") }}`,
  `[tweet ${ID}]`,
  `[twitter id="${ID}"]`,
  `[embed]${URL}[/embed]`,
  // MDX, Astro and JSX components.
  `<Tweet id="${ID}" />`,
  `<STweet id="${ID}" />`,
  `<TwitterEmbed id="${ID}" />`,
  `<X id="${ID}" />`,
  `<XPost id="${ID}" />`,
  `<Embed url="${URL}" />`,
  `<TweetEmbed tweetId={"${ID}"} />`,
  `<Tweet tweetLink="harbouroffice/status/${ID}" />`,
  // Wikitext.
  `{{Cite tweet |user=harbouroffice |number=${ID} |title=The ferry leaves at nine |date=5 June 2024}}`,
  `{{cite twitter|user=harbouroffice|number=${ID}|title=The ferry leaves at nine}}`,
  `{{cite_x |user=harbouroffice |number=${ID}}}`,
];

const DIALECTS: readonly Dialect[] = [{}, { mdx: true }, { mdx: true, script: true }];

/** True when the pre-scan lets `text` through, or no reader of `format` finds anything in it. */
function prescanHolds(
  passes: (text: string) => boolean,
  text: string,
  format: SourceFormat,
  dialect: Dialect,
): boolean {
  return passes(text) || collectDrafts(text, format, Number.POSITIVE_INFINITY, dialect).drafts.length === 0;
}

// A fragment with a slice cut out, cut short, or with one character changed: often no longer a citation,
// and sometimes no longer carrying its marker either.
const mutated = fc
  .tuple(
    fc.constantFrom(...FRAGMENTS),
    fc.nat(),
    fc.nat(),
    fc.constantFrom('cut', 'truncate', 'replace', 'keep'),
  )
  .map(([fragment, a, b, how]) => {
    const from = a % (fragment.length + 1);
    const to = from + (b % 12);
    if (how === 'cut') return fragment.slice(0, from) + fragment.slice(to);
    if (how === 'truncate') return fragment.slice(0, from);
    if (how === 'replace')
      return `${fragment.slice(0, from)}${'_ x./@(-'.charAt(b % 8)}${fragment.slice(from + 1)}`;
    return fragment;
  });
const filler = fc.constantFrom(
  '',
  'The harbour reopens in May.',
  '<p>Ferries</p>',
  '# Timetable',
  '> a quote',
  '- a list item',
);
const documents = fc
  .array(fc.oneof(mutated, filler), { minLength: 1, maxLength: 5 })
  .chain((parts) => fc.constantFrom('\n\n', '\n', ' ', '').map((glue) => parts.join(glue)));

describe('the pre-scan never skips what a reader would find', () => {
  it('finds nothing with any reader wherever the pre-scan of its format says "nothing here"', () => {
    fc.assert(
      fc.property(
        documents,
        fc.constantFrom(...SOURCE_FORMATS),
        fc.constantFrom(...DIALECTS),
        (text, format, dialect) => {
          if (hasCandidateMarkers(text, format)) return;
          expect(collectDrafts(text, format, Number.POSITIVE_INFINITY, dialect).drafts).toEqual([]);
        },
      ),
      // RUNS=50000 for a deep search; 400 keeps the suite fast.
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
  });

  it('lets every fragment through in a format whose readers find it', () => {
    const skipped = SOURCE_FORMATS.flatMap((format) =>
      FRAGMENTS.filter(
        (fragment) =>
          !DIALECTS.every((dialect) =>
            prescanHolds((text) => hasCandidateMarkers(text, format), fragment, format, dialect),
          ),
      ).map((fragment) => `${format}: ${fragment}`),
    );
    expect(skipped).toEqual([]);
  });

  // Guards the guard: each marker the registry declares is needed, i.e. without it some form is skipped.
  it.each(SOURCE_FORMATS.flatMap((format) => markerSources(format).map((marker) => [format, marker])))(
    'skips some form in %s once the marker %s is removed',
    (format, marker) => {
      const without = compileMarkers(markerSources(format as SourceFormat).filter((m) => m !== marker));
      const slipped = FRAGMENTS.some((fragment) =>
        DIALECTS.some(
          (dialect) => !prescanHolds((text) => without.test(text), fragment, format as SourceFormat, dialect),
        ),
      );
      expect(slipped).toBe(true);
    },
  );
});
