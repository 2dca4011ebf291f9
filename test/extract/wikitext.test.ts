import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/index.js';

const wiki = (text: string) => extractCitations(text, { source: 'draft.wiki', format: 'wikitext' }).citations;

describe('wikitext {{Cite tweet}}', () => {
  it('reads any case and parameter order, stripping nested links and templates from the title', () => {
    const text = `Claim.<ref name="cafe">{{ Cite Tweet |date=3 May 2021 |title=Opening our [[Coffee|coffee]] bar {{!}} come by{{efn|note}} |number=5551 |user=@cornercafe |author=[[Corner Café]]}}</ref>`;
    expect(wiki(text)).toMatchObject([
      {
        kind: 'embed',
        form: 'wikitext',
        handle: 'cornercafe',
        name: 'Corner Café',
        statusId: '5551',
        dateText: '3 May 2021',
        date: '2021-05-03',
        text: 'Opening our coffee bar | come by',
      },
    ]);
  });

  it('counts a named reference once however often it is reused or redefined', () => {
    const ref = '<ref name="c">{{cite tweet |user=a |number=1 |title=t |date=2020-01-01}}</ref>';
    const text = `One.${ref} Two.<ref name="c" /> Three.<ref name=c/> Again.${ref}`;
    expect(wiki(text).map((c) => c.statusId)).toEqual(['1']);
  });

  it('ignores cite web, comments, nowiki and pre, but reports status URLs in external links', () => {
    const text = `{{cite web |url=https://example.org |title=Not a post}}
<!-- {{cite tweet |user=hidden |number=2 |title=x}} -->
<nowiki>{{cite tweet |user=shown |number=3 |title=x}}</nowiki>
<pre>{{cite tweet |user=code |number=4 |title=x}}</pre>
See [https://twitter.com/linked/status/5 this post].`;
    expect(wiki(text).map((c) => [c.kind, c.handle, c.statusId])).toEqual([['link', 'linked', '5']]);
  });

  it('shows <nowiki> and dash templates in a title as rendered, lists its links, and drops a script-title\u2019s language code', () => {
    const text = `x<ref>{{cite tweet|user=a|number=1|title=<nowiki>#Fog | [[not a link]]</nowiki> 212{{ndash}}40 https://t.co/Ab12Cd34Ef pic.twitter.com/Pic1|date={{date|2024-06-03}}}}</ref>
y<ref>{{cite tweet|user=k|number=2|script-title=ja:橋は閉鎖 <!-- per the agency | not shown -->|date=3 June 2024}}</ref>`;
    expect(wiki(text)).toMatchObject([
      {
        text: '#Fog | [[not a link]] 212–40 https://t.co/Ab12Cd34Ef pic.twitter.com/Pic1',
        links: [
          { url: 'https://t.co/Ab12Cd34Ef', kind: 'tco' },
          { url: 'pic.twitter.com/Pic1', kind: 'media' },
        ],
        date: '2024-06-03',
      },
      { text: '橋は閉鎖', links: [] },
    ]);
  });
});
