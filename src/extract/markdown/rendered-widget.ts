import { hostPattern, parseStatusUrl, xDomainPattern } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { matchDateAt } from '../localized-date.js';
import type { Span } from '../masked-text.js';
import { renderInlineMarkup, unescapeMarkdown } from '../text/inline-markup.js';
import { type Line, splitLines } from '../text/lines.js';

/** Posts read from a rendered X widget that a crawler turned into Markdown, and the spans its chrome covers. */
export interface RenderedWidgets {
  drafts: CitationDraft[];
  chrome: Span[];
}

type Row =
  | { kind: 'avatar' | 'dot' | 'chrome' | 'media' }
  | { kind: 'button'; statusId: string; handle: string | null }
  | { kind: 'name'; label: string; handle: string }
  | { kind: 'handle'; handle: string }
  | { kind: 'status'; label: string; statusId: string; handle: string | null }
  | { kind: 'text' };

// A whole line that is one Markdown link; inner images ("![🇺🇦](…svg)" in a name) shown as their alt text.
const LINK_LINE = /^\[([^[\]\n]{0,300})\]\(\s*<?([^\s()<>]{1,3000})>?\s*\)$/;
const IMAGE = /!\[([^[\]\n]{0,100})\]\([^\s()]{0,2000}\)/g;
const AVATAR =
  /^\[!\[[^[\]\n]{0,100}\]\(https?:\/\/pbs\.twimg\.com\/profile_images\/[^\s()]{1,500}\)\]\([^\s()]{1,3000}\)$/;
const PROFILE = new RegExp(
  String.raw`^https?:\/\/${hostPattern('permalink', 'site')}\/([A-Za-z0-9_]{1,50})\/?(?:[?#][^\s]*)?$`,
  'i',
);
const WIDGET_HOST = new RegExp(
  String.raw`^https?:\/\/(?:[\w-]+\.)?${xDomainPattern()}\/(?:intent\/|[\w-]*ads-info)`,
  'i',
);
const HELP_HOST = new RegExp(String.raw`^https?:\/\/help\.${xDomainPattern()}\/`, 'i');
// Chrome a widget prints around a post: its labels, counters, buttons and the crawler's banner.
const CHROME_TEXT =
  /^(?:Twitter Embed|X Embed|Copy link(?: to (?:post|Tweet))?|Embedded (?:post|Tweet)|Read more on (?:X|Twitter))$/i;
const LINK_ANYWHERE = /\[([^[\]\n]{0,300})\]\(\s*<?([^\s()<>]{1,3000})>?\s*\)/g;
// Links to the post that are buttons, not its date.
const WIDGET_LABEL =
  /^(?:Visit this post on X|View on (?:X|Twitter)|Watch on (?:X|Twitter)|Show more|Read \d[\d,.]*\s?[KkMm]? repl(?:y|ies)|Read more on (?:X|Twitter)|Copy link)$/i;
const MEDIA_LINE =
  /^(?:(?:!\[[^[\]\n]{0,200}\]\([^\s()]{1,2000}\)\s*)+|GIF|Embedded video|Image|\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?)$/i;
// A plain "@handle" line: the byline of a quoted post inside the card.
const PLAIN_HANDLE = /^@(?:[A-Za-z0-9_]|\\_){1,50}$/;
// A time link: "12:46 AM · Jan 28, 2023"; the date is what follows the dot.
const TIME_DOT = /^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*·\s*/;

function classify(raw: string): Row {
  const line = raw.trim();
  if (line === '') return { kind: 'chrome' };
  if (line === '·') return { kind: 'dot' };
  if (AVATAR.test(line)) return { kind: 'avatar' };
  if (CHROME_TEXT.test(line)) return { kind: 'chrome' };
  // Media the card shows inside the post: images, "GIF", a video's clock.
  if (MEDIA_LINE.test(line)) return { kind: 'media' };
  const link = LINK_LINE.exec(line.replace(IMAGE, '$1'));
  if (link?.[1] !== undefined && link[2] !== undefined) {
    const label = link[1].trim();
    const href = link[2];
    const profile = PROFILE.exec(href)?.[1];
    if (profile !== undefined && !/^(?:intent|share|home|i|search|hashtag)$/i.test(profile)) {
      const shown = unescapeMarkdown(label);
      if (shown.startsWith('@')) {
        return shown.slice(1).toLowerCase() === profile.toLowerCase()
          ? { kind: 'handle', handle: profile }
          : { kind: 'text' };
      }
      return { kind: 'name', label: shown, handle: profile };
    }
    const status = parseStatusUrl(href);
    if (status && WIDGET_LABEL.test(label))
      return { kind: 'button', statusId: status.statusId, handle: status.handle };
    if (status) return { kind: 'status', label, statusId: status.statusId, handle: status.handle };
  }
  // A line made only of widget links ("[11](…intent/like…) [Reply](…intent/tweet…)", "[Visit this post on X](…)").
  let rest = line;
  let links = 0;
  for (const m of line.matchAll(LINK_ANYWHERE)) {
    const href = m[2] ?? '';
    const label = (m[1] ?? '').trim();
    const widgetLink =
      WIDGET_HOST.test(href) ||
      HELP_HOST.test(href) ||
      (parseStatusUrl(href) !== undefined && WIDGET_LABEL.test(label));
    if (!widgetLink) return { kind: 'text' };
    rest = rest.replace(m[0], '');
    links++;
  }
  return links > 0 && rest.trim() === '' ? { kind: 'chrome' } : { kind: 'text' };
}

/**
 * A rendered X widget as crawler Markdown (one block per line): avatar, `[Name](profile)`, maybe `·
 * [Date](status)` (a parent shown above its reply), `[@handle](profile)`, `· [Follow](intent)`, the
 * text, then `[12:46 AM · Jan 28, 2023](status)` and chrome (`Copy link`, `[Read 2 replies](status)`).
 * Each post becomes one embed; its chrome links are claimed so none is reported as a status link. A
 * card needs the handle line, and the name line or the Follow button with it, and a date or status.
 */
export function extractRenderedWidgets(text: string): RenderedWidgets {
  const drafts: CitationDraft[] = [];
  const chrome: Span[] = [];
  if (!text.includes('](http')) return { drafts, chrome };
  const lines = logicalLines(text);
  const rows = lines.map((l) => (l.text.length > 5000 ? ({ kind: 'text' } as Row) : classify(l.text)));
  const at = (i: number) => rows[i];
  for (let i = 0; i < rows.length; i++) {
    const row = at(i);
    if (row?.kind !== 'handle') continue;
    const handle = row.handle;
    // Header above the handle: [· Date(status)] · Name(profile) [avatar].
    let first = i;
    let name: string | null = null;
    let date: { dateText: string; date: string } | undefined;
    let statusId: string | null = null;
    let k = i - 1;
    if (at(k)?.kind === 'dot') k--;
    const headerDate = at(k);
    if (headerDate?.kind === 'status' && sameHandle(headerDate.handle, handle)) {
      date = matchDateAt(headerDate.label.replace(TIME_DOT, ''));
      statusId = headerDate.statusId;
      k--;
      if (at(k)?.kind === 'dot') k--;
    }
    const nameRow = at(k);
    if (nameRow?.kind === 'name' && nameRow.handle.toLowerCase() === handle.toLowerCase()) {
      // A name link the crawler broke over lines ("Name\\ \\ ![](avatar)") keeps only the name.
      name =
        nameRow.label
          .replace(/[\\\s]+$/u, '')
          .replace(/\\\s/gu, ' ')
          .trim() || null;
      first = k;
      if (at(k - 1)?.kind === 'avatar') first = k - 1;
    }
    // Below the handle: · [Follow] [View on X].
    let j = i + 1;
    let follow = false;
    for (let r = at(j); r?.kind === 'dot' || r?.kind === 'chrome' || r?.kind === 'button'; r = at(++j)) {
      if (r.kind !== 'dot') follow = true;
      if (r.kind === 'button' && sameHandle(r.handle, handle)) statusId ??= r.statusId;
    }
    if (name === null && !follow) continue;
    // The text, up to the time link; media and buttons inside it are skipped, a quoted post (opened by
    // its own "Visit this post" link) is kept apart. Without a time link the text ends at the first
    // row that is not text, so a card never swallows the article after it.
    const textRows: Line[] = [];
    const quotedRows: Line[] = [];
    let firstStop: number | undefined;
    let textBefore = 0;
    let inQuote = false;
    let timed = false;
    for (let steps = 0; j < rows.length && steps < 80; j++, steps++) {
      const r = at(j) as Row;
      if (r.kind === 'text') {
        (inQuote ? quotedRows : textRows).push(lines[j] as Line);
        continue;
      }
      if (firstStop === undefined) {
        firstStop = j;
        textBefore = textRows.length;
      }
      if (r.kind === 'status' && sameHandle(r.handle, handle)) {
        const shown = matchDateAt(r.label.replace(TIME_DOT, ''));
        if (shown) {
          date ??= shown;
          statusId = r.statusId;
          timed = true;
          j++;
        }
        break;
      }
      if (r.kind === 'button' && !sameHandle(r.handle, handle)) inQuote = true;
      else if (r.kind === 'button') statusId ??= r.statusId;
      else if (r.kind !== 'media' && r.kind !== 'chrome' && r.kind !== 'dot') break;
    }
    if (!timed && firstStop !== undefined) {
      textRows.length = textBefore;
      quotedRows.length = 0;
      j = firstStop;
    }
    if (date === undefined && statusId === null) continue;
    let last = j - 1;
    // Trailing chrome: counters, Reply, Copy link, Read N replies.
    while (j < rows.length && isChrome(at(j))) last = j++;
    const rendered = renderInlineMarkup(textRows.map((l) => l.text).join('\n'));
    // The quoted post shows its name and a plain "@handle" line above its text.
    if (PLAIN_HANDLE.test(quotedRows[1]?.text.trim() ?? '')) quotedRows.splice(0, 2);
    const quoted = renderInlineMarkup(quotedRows.map((l) => l.text).join('\n')).text;
    const firstLine = lines[first] as Line;
    const lead = firstLine.text.length - firstLine.text.trimStart().length;
    drafts.push(
      createDraft({
        kind: 'embed',
        form: 'widget',
        start: firstLine.start + lead,
        end: (lines[last] as Line).end,
        handle,
        name,
        dateText: date?.dateText ?? null,
        date: date?.date ?? null,
        statusId,
        text: rendered.text.length > 0 ? rendered.text : null,
        links: rendered.links,
        quotedText: quoted.length > 0 ? quoted : null,
      }),
    );
    // The crawler's banner and "Visit this post on X" links above the card belong to the widget too.
    let b = first - 1;
    while (b >= 0 && isChrome(at(b))) b--;
    if (b + 1 < first) chrome.push({ start: (lines[b + 1] as Line).start, end: firstLine.start });
    i = last;
  }
  return { drafts, chrome };
}

function sameHandle(fromUrl: string | null, handle: string): boolean {
  return fromUrl === null || fromUrl.toLowerCase() === handle.toLowerCase();
}

/**
 * Non-blank lines, a line ending in a Markdown hard break (`\\`) joined with the next: crawlers break
 * a card's name link over lines that way (`[Name\\` / `\\` / `![](avatar)](profile)`).
 */
function logicalLines(text: string): Line[] {
  const out: Line[] = [];
  let open: Line | undefined;
  for (const line of splitLines(text)) {
    if (line.text.trim() === '') continue;
    const joined: Line = open
      ? { start: open.start, end: line.end, text: `${open.text} ${line.text}` }
      : line;
    if (joined.text.trimEnd().endsWith('\\') && joined.text.length < 2000) open = joined;
    else {
      out.push(joined);
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

/** Widget rows around a card that are never content: banners, buttons, counters. */
function isChrome(row: Row | undefined): boolean {
  return row?.kind === 'chrome' || row?.kind === 'button';
}
