import { describe, expect, it } from 'vitest';
import { hasCandidateMarkers } from '../../src/extract/prescan.js';

describe('hasCandidateMarkers', () => {
  it('skips pages that only mention Twitter/X in share buttons, follow links and profile links', () => {
    const page = `<footer><a href="https://twitter.com/intent/tweet?text=Hi">Share on X</a>
      <a href="https://x.com/ourpaper">Follow us on Twitter</a> <a href="https://twitter.com/share">Tweet</a></footer>`;
    expect(hasCandidateMarkers(page)).toBe(false);
  });

  it.each([
    ['a permalink', 'see https://x.com/someone/status/1234567890'],
    ['an old permalink', 'http://twitter.com/#!/someone/statuses/123'],
    ['an embed blockquote', '<blockquote class="twitter-tweet"><p>hi</p></blockquote>'],
    ['an AMP embed', '<amp-twitter data-tweetid="1"></amp-twitter>'],
    ['a widget attribute', '<div data-tweet-id="1"></div>'],
    ['a flattened signature', 'Text\n— Some One (@someone) March 3, 2024'],
    ['a Hugo shortcode', '{{< tweet user="a" id="1" >}}'],
    ['a Liquid tag', '{% twitter https://x.com/a %}'],
    ['an MDX component', '<Tweet id="1" />'],
    ['an Astro component with a prefix', '<STweet id="1" />'],
    ['an ID-only component prop', '<Embed tweetId={"1"} />'],
    ['a wikitext template', '{{Cite tweet |user=a |number=1}}'],
  ])('keeps pages with %s', (_label, text) => {
    expect(hasCandidateMarkers(text)).toBe(true);
  });
});
