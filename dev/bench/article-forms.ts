import type { PoolPost } from './post-pool.js';

/** Every markup form the corpus uses to cite a post, named after the extractor's `form` values. */
export type CitationForm =
  | 'blockquote'
  | 'amp-placeholder'
  | 'amp-id-only'
  | 'wp-block'
  | 'iframe'
  | 'html-status-link'
  | 'md-blockquote-html'
  | 'md-flattened'
  | 'hugo-tweet'
  | 'hugo-x'
  | 'mdx-tweet'
  | 'md-status-link'
  | 'flattened-text'
  | 'flattened-text-split'
  | 'wikitext';

/** Forms per file kind; flattened text shows no ID, so it needs a post with a photo link. */
export const FORMS_BY_KIND = {
  html: [
    'blockquote',
    'blockquote',
    'blockquote',
    'amp-placeholder',
    'amp-id-only',
    'wp-block',
    'iframe',
    'html-status-link',
  ],
  md: ['md-blockquote-html', 'md-blockquote-html', 'md-flattened', 'hugo-tweet', 'hugo-x', 'md-status-link'],
  mdx: ['mdx-tweet', 'mdx-tweet', 'md-blockquote-html', 'md-status-link'],
  txt: ['flattened-text', 'flattened-text-split'],
  wiki: ['wikitext'],
} as const satisfies Record<string, readonly CitationForm[]>;
export type FileKind = keyof typeof FORMS_BY_KIND;

/**
 * Forms whose markup carries the post's t.co links (as text, or as the href behind a display URL such
 * as example.org/…, or behind pic.twitter.com/CODE): each is a short link to resolve. ID-only forms
 * (shortcodes, amp without placeholder, iframes, status links) carry none.
 */
export function carriesShortLinks(form: CitationForm): boolean {
  return [
    'blockquote',
    'amp-placeholder',
    'md-blockquote-html',
    'md-flattened',
    'flattened-text',
    'flattened-text-split',
  ].includes(form);
}

const MONTH_DAY_YEAR = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const LOCALIZED = ['de-DE', 'es-ES', 'fr-FR', 'pt-BR'].map(
  (locale) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const WIKI_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** The embed date as X prints it ("March 28, 2025"), or localized when `localeRoll` < 0.1. */
function embedDate(post: PoolPost, localeRoll = 1): string {
  if (localeRoll < 0.1) {
    const format = LOCALIZED[Math.floor(localeRoll * 10 * LOCALIZED.length)] ?? MONTH_DAY_YEAR;
    return format.format(post.createdAt);
  }
  return MONTH_DAY_YEAR.format(post.createdAt);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function statusUrl(post: PoolPost, host = 'twitter.com'): string {
  return `https://${host}/${post.handle}/status/${post.post.id}`;
}

/** The cited text with t.co links rendered as embeds render them (anchor text = display URL). */
function textAsHtml(post: PoolPost): string {
  let html = escapeHtml(post.citedText);
  for (const link of post.links) {
    html = html.replace(
      `https://t.co/${link.code}`,
      `<a href="https://t.co/${link.code}">${escapeHtml(link.display)}</a>`,
    );
  }
  if (post.mediaCode !== null) {
    const code = post.mediaCode;
    html = html.replace(`https://t.co/${code}`, `<a href="https://t.co/${code}">pic.twitter.com/${code}</a>`);
  }
  return html;
}

/** The cited text as flattened copies show it: t.co links kept, the photo as pic.twitter.com/CODE. */
function textAsPlain(post: PoolPost): string {
  const code = post.mediaCode;
  return code === null
    ? post.citedText
    : post.citedText.replace(`https://t.co/${code}`, `pic.twitter.com/${code}`);
}

function blockquote(post: PoolPost, extra = ''): string {
  return (
    `<blockquote class="twitter-tweet"${extra}><p lang="en" dir="ltr">${textAsHtml(post)}</p>` +
    `&mdash; ${escapeHtml(post.name)} (@${post.handle}) ` +
    `<a href="${statusUrl(post)}?ref_src=twsrc%5Etfw">${embedDate(post)}</a></blockquote>`
  );
}

const WIDGET_SCRIPT = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

/** Renders one citation of `post` in `form`; `roll` in [0, 1) varies attributes and date locales. */
export function renderCitation(post: PoolPost, form: CitationForm, roll: number): string {
  const id = post.post.id;
  switch (form) {
    case 'blockquote':
      return `${blockquote(post, roll < 0.3 ? ' data-dnt="true"' : roll < 0.4 ? ' tw-align-center' : '')} ${roll < 0.8 ? WIDGET_SCRIPT : ''}`;
    case 'amp-placeholder':
      return `<amp-twitter width="375" height="472" layout="responsive" data-tweetid="${id}">\n  ${blockquote(post, ' placeholder').replace('class="twitter-tweet" ', '')}\n</amp-twitter>`;
    case 'amp-id-only':
      return `<amp-twitter width="400" height="500" layout="responsive" data-tweetid="${id}">\n</amp-twitter>`;
    case 'wp-block':
      return `<!-- wp:embed {"url":"${statusUrl(post)}","type":"rich","providerNameSlug":"twitter"} -->\n<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n${statusUrl(post)}\n</div></figure>\n<!-- /wp:embed -->`;
    case 'iframe':
      return `<div class="twitter-tweet twitter-tweet-rendered"><iframe id="twitter-widget-0" scrolling="no" frameborder="0" title="X Post" src="https://platform.twitter.com/embed/Tweet.html?id=${id}" data-tweet-id="${id}"></iframe></div>`;
    case 'html-status-link':
      return `<p>As <a href="${statusUrl(post, roll < 0.5 ? 'x.com' : 'twitter.com')}">${escapeHtml(post.name)} put it</a>, the plan is not final.</p>`;
    case 'md-blockquote-html':
      return `${blockquote(post)} ${WIDGET_SCRIPT}`;
    case 'md-flattened':
      return `> ${textAsPlain(post)}\n> \n> — ${post.name} (@${post.handle}) [${embedDate(post)}](${statusUrl(post)})`;
    case 'hugo-tweet':
      return `{{< tweet user="${post.handle}" id="${id}" >}}`;
    case 'hugo-x':
      return `{{< x user="${post.handle}" id="${id}" >}}`;
    case 'mdx-tweet':
      return `<Tweet id="${id}" />`;
    case 'md-status-link':
      return `As [${post.name} noted](${statusUrl(post, roll < 0.5 ? 'x.com' : 'twitter.com')}), the schedule moved again.`;
    case 'flattened-text':
      return `${textAsPlain(post)}\n— ${post.name} (@${post.handle}) ${embedDate(post, roll)}`;
    case 'flattened-text-split': {
      // The copy puts the signature in the middle: text above it continues below it up to the photo link.
      const plain = textAsPlain(post);
      const cut = plain.indexOf('. ') > 0 ? plain.indexOf('. ') + 1 : Math.floor(plain.length / 2);
      const breakAt = plain.indexOf(' ', cut) > 0 ? plain.indexOf(' ', cut) : cut;
      return `${plain.slice(0, breakAt)}\n— ${post.name} (@${post.handle}) ${embedDate(post, roll)}\n${plain.slice(breakAt + 1)}`;
    }
    case 'wikitext':
      return `<ref name="p${id.slice(-6)}">{{cite tweet |author=${post.name} |user=${post.handle} |number=${id} |date=${WIKI_DATE.format(post.createdAt)} |title=${post.citedText.replace(/\s*https:\/\/t\.co\/\S+/g, '')}}}</ref>`;
  }
}
