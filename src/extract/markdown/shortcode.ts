import { parseStatusUrl } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { namedPostFromArgs, parseTemplateArgs } from './template-args.js';

// {{< tweet user="a" id="1" >}}, {{% x id=1 %}}, {{< twitter_simple 1 >}}; `{{</* … */>}}` is an escaped
// (displayed, not rendered) shortcode and is skipped below.
const HUGO = /\{\{([<%])\s{0,20}(\/\*)?\s{0,20}([A-Za-z][\w-]{0,40})([^{}]{0,2000}?)[>%]\}\}/g;
// Any shortcode named for posts (`tweet`, `twitter_simple`, `embed-tweet`, `x`, `xpost`); one that names no
// status (a timeline, a follow button) is dropped when its arguments are read.
const HUGO_NAMES = /tweet|twitter|^x(?:[_-]?(?:embed|status|post))?$/i;
// {% tweet https://… %}, {% twitter https://… align='center' %}, {% tweet 123 %} (Jekyll, Eleventy, Hexo),
// and theme includes: {% include tweet.html id="123" %}, {% include embed/twitter.html url=… %}.
const LIQUID =
  /(?<!\{)\{%-?\s{0,20}(tweet|twitter|twitter_embed|x|include\s{1,20}[\w./-]{0,80}(?:tweet|twitter)[\w.-]{0,40})\s([^%]{0,2000}?)-?%\}/gi;

// WordPress (Jetpack and core): [tweet https://…], [tweet 123], [tweet tweet="…"], [twitter url="…"],
// [embed]https://…/status/1[/embed]. `[[tweet …]]` is WordPress's escape (shown literally), and a
// bracket followed by `(` or `[` is Markdown link text.
const WP_TAG = /(?<!\[)\[(tweet|twitter)\s([^[\]\n]{1,2000})\](?![([\]])/g;
// A bare number only names a post when it is long enough to be one: "[tweet 12]" in a paper is a reference
// number, while posts from 2007 on have IDs of 6 digits or more.
const PLAUSIBLE_BARE_ID = /^\d{6,20}$/;
const WP_EMBED = /(?<!\[)\[embed\b[^[\]\n]{0,500}\]\s{0,20}([^\s[\]]{1,2000})\s{0,20}\[\/embed\]/gi;

// Zola (Tera) shortcodes: {{ tweet(url="https://…") }}, {{ tweet(id="123") }}.
const ZOLA = /\{\{\s{0,20}(?:tweet|twitter|x)\s{0,20}\(([^(){}]{0,2000})\)\s{0,20}\}\}/gi;

/** Zola shortcodes that render a post. */
export function extractZolaShortcodes(text: string): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  for (const m of text.matchAll(ZOLA)) {
    const post = namedPostFromArgs(parseTemplateArgs((m[1] ?? '').replace(/,/g, ' ')));
    if (post) drafts.push(shortcodeDraft(m.index, m[0].length, post));
  }
  return drafts;
}

/** WordPress shortcodes that render a post; an `[embed]` of anything but a post is not a citation. */
export function extractWordPressShortcodes(text: string): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  for (const m of text.matchAll(WP_TAG)) {
    const args = parseTemplateArgs(m[2] ?? '');
    const post = namedPostFromArgs(args);
    const bareNumber = args.named.size === 0 && args.positional.every((p) => /^\d+$/.test(p));
    if (post && (!bareNumber || PLAUSIBLE_BARE_ID.test(post.statusId))) {
      drafts.push(shortcodeDraft(m.index, m[0].length, post));
    }
  }
  for (const m of text.matchAll(WP_EMBED)) {
    const status = parseStatusUrl(m[1] ?? '');
    if (status)
      drafts.push(shortcodeDraft(m.index, m[0].length, { handle: status.handle, statusId: status.statusId }));
  }
  return drafts;
}

/** Hugo shortcodes and Liquid tags that render a post. A profile-timeline tag (no status) is not a citation. */
export function extractShortcodes(text: string): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  for (const m of text.matchAll(HUGO)) {
    if (m[2] !== undefined || !HUGO_NAMES.test(m[3] ?? '')) continue;
    const post = namedPostFromArgs(parseTemplateArgs((m[4] ?? '').replace(/\*\/\s*$/, '')));
    if (post) drafts.push(shortcodeDraft(m.index, m[0].length, post));
  }
  for (const m of text.matchAll(LIQUID)) {
    const post = namedPostFromArgs(parseTemplateArgs(m[2] ?? ''));
    if (post) drafts.push(shortcodeDraft(m.index, m[0].length, post));
  }
  return drafts;
}

function shortcodeDraft(start: number, length: number, post: { handle: string | null; statusId: string }) {
  return createDraft({ kind: 'embed', form: 'shortcode', start, end: start + length, ...post });
}
