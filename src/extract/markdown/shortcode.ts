import { type CitationDraft, createDraft } from '../citation-draft.js';
import { namedPostFromArgs, parseTemplateArgs } from './template-args.js';

// {{< tweet user="a" id="1" >}}, {{% x id=1 %}}, {{< twitter_simple 1 >}}; `{{</* … */>}}` is an escaped
// (displayed, not rendered) shortcode and is skipped below.
const HUGO = /\{\{([<%])\s{0,20}(\/\*)?\s{0,20}([A-Za-z][\w-]{0,40})([^{}]{0,2000}?)[>%]\}\}/g;
const HUGO_NAMES = /^(?:tweet|twitter|x)(?:[_-](?:simple|embed|status|post))?$/i;
// {% tweet https://… %}, {% twitter https://… align='center' %}, {% tweet 123 %} (Jekyll, Eleventy, Hexo)
const LIQUID = /(?<!\{)\{%-?\s{0,20}(tweet|twitter|twitter_embed|x)\s([^%]{0,2000}?)-?%\}/gi;

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
