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
// A photo or video of the post, linked to its own media page ("[![Image](pbs…)](…/status/ID/photo/1)").
const MEDIA_LINK =
  /^\[!\[[^[\]\n]{0,200}\]\([^\s()]{1,2000}\)\]\(\s*https?:\/\/(?:[\w-]+\.)?(?:twitter|x)\.com\/\w{1,50}\/status(?:es)?\/\d{1,20}\/(?:photo|video)\/\d{1,2}\/?\)$/i;
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
  if (MEDIA_LINE.test(line) || MEDIA_LINK.test(line)) return { kind: 'media' };
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
  appendNewsletterCards(text, drafts);
  return { drafts, chrome };
}

// A newsletter's static copy of a post (ConvertKit's tweet card): the avatar image glued to the name and
// `@handle` on one line, the text as one link to the status, then `9:17 PM • Jan 10, 2024` with the
// counters glued on ("20246393Retweets20071Likes"), maybe `[Read N replies](status)`.
const CARD_HEADER =
  /^!\[[^[\]\n]{0,100}\]\(https?:\/\/(?:[\w.-]{1,60}\/)?pbs\.twimg\.com\/profile_images\/[^\s()]{1,500}\)(.{1,300}?)\s*@([A-Za-z0-9_]{1,15})$/u;
const CARD_TEXT_END =
  /\]\(\s*<?(https?:\/\/[^\s()<>]{1,3000})>?\s*\)((?:\s*!\[[^[\]\n]{0,200}\]\([^\s()]{1,2000}\))*)\s*$/;
const CARD_TIME = /^\d{1,2}:\d{2}\s?[AaPp][Mm]\s*[•·]\s*(\p{L}{3,9}\.?\s{1,2}\d{1,2},\s{1,2}\d{4})/u;

/**
 * Newsletter tweet cards as Markdown. A card needs all three parts, the status link's account the
 * header's and the time line's date: a lone avatar line, a linked quote or a status link alone stay
 * what they are.
 */
function appendNewsletterCards(text: string, drafts: CitationDraft[]): void {
  if (!text.includes('profile_images/')) return;
  const lines = splitLines(text).filter((l) => l.text.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as Line;
    if (!header.text.includes('profile_images/')) continue;
    const head = CARD_HEADER.exec(header.text.trim());
    if (!head?.[1] || !head[2]) continue;
    const handle = head[2];
    // The text link opens on the next line and may run over a few hard-broken lines.
    const open = lines[i + 1];
    if (!open?.text.trimStart().startsWith('[')) continue;
    let close = -1;
    let end: RegExpExecArray | null = null;
    for (let k = i + 1; k < Math.min(lines.length, i + 31); k++) {
      const row = (lines[k] as Line).text;
      if (row.length > 5000) break;
      end = CARD_TEXT_END.exec(row);
      if (end) {
        close = k;
        break;
      }
    }
    if (!end?.[1] || close < 0) continue;
    const status = parseStatusUrl(end[1]);
    if (!status || !sameHandle(status.handle, handle)) continue;
    const timeLine = lines[close + 1];
    const shown = CARD_TIME.exec(timeLine?.text.trim() ?? '')?.[1];
    const date = shown === undefined ? undefined : matchDateAt(shown);
    if (!timeLine || !date) continue;
    let last = close + 1;
    const reply = LINK_LINE.exec(lines[last + 1]?.text.trim() ?? '');
    const replyStatus = reply?.[2] === undefined ? undefined : parseStatusUrl(reply[2]);
    if (reply?.[1] && WIDGET_LABEL.test(reply[1].trim()) && replyStatus?.statusId === status.statusId) last++;
    const openAt = open.start + open.text.indexOf('[') + 1;
    const label = text.slice(openAt, (lines[close] as Line).start + end.index);
    const rendered = renderInlineMarkup(label.replace(/ {2,}\n/g, '\n'));
    const name = unescapeMarkdown(head[1].replace(IMAGE, ' ')).replace(/\s+/gu, ' ').trim();
    drafts.push(
      createDraft({
        kind: 'embed',
        form: 'widget',
        start: header.start + (header.text.length - header.text.trimStart().length),
        end: (lines[last] as Line).end,
        handle,
        name: name.length > 0 ? name : null,
        dateText: date.dateText,
        date: date.date,
        statusId: status.statusId,
        text: rendered.text.length > 0 ? rendered.text : null,
        links: rendered.links,
        quotedText: null,
      }),
    );
    i = last;
  }
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
