import { decodeHTMLStrict } from 'entities';
import type { CitedLink } from '../../citation.js';
import { hostPattern } from '../../x-url/index.js';
import { citedLinkFromAnchor, classifyLink } from '../link-kind.js';

/** Text as a reader sees it, and the links it displays in order. */
export interface InlineRendering {
  text: string;
  links: CitedLink[];
}

// One alternative per construct; each is bounded, so a scan costs O(length × small constant).
// 1-3: [label](url "title")   4-5: <a href=…>label</a>   6: <br>   7: other tag   8: bare URL
const INLINE = new RegExp(
  String.raw`(\[([^[\]\n]{0,500})\]\(\s*<?([^\s()<>]{1,2000})>?(?:\s+"[^"\n]{0,300}")?\s*\))|(<a\b[^<>]{0,2000}>)([^<]{0,1000})<\/a\s*>|(<br\s*\/?>)|(<\/?[A-Za-z][^<>]{0,2000}>)|((?:https?:\/\/|\b${hostPattern('pic')}\/)[^\s<>"]{1,2000})`,
  'gi',
);
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * Renders a line-oriented post text (Markdown quote, flattened text): link syntax replaced by the
 * label, tags dropped, `<br>` → newline, entities decoded; links kept as displayed, entity links
 * (#hashtag, @mention, $cashtag) left out.
 */
export function renderInlineMarkup(raw: string): InlineRendering {
  const parts: string[] = [];
  const links: CitedLink[] = [];
  let cursor = 0;
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(raw); m !== null; m = INLINE.exec(raw)) {
    parts.push(plain(raw.slice(cursor, m.index)));
    cursor = m.index + m[0].length;
    if (m[1] !== undefined) {
      const label = plain(m[2] ?? '');
      parts.push(label);
      const link = citedLinkFromAnchor(m[3] ?? '', label);
      if (link) links.push(link);
    } else if (m[4] !== undefined) {
      const label = plain(m[5] ?? '');
      parts.push(label);
      const href = HREF.exec(m[4]);
      const link = citedLinkFromAnchor(decodeHTMLStrict(href?.[1] ?? href?.[2] ?? href?.[3] ?? ''), label);
      if (link) links.push(link);
    } else if (m[6] !== undefined) {
      parts.push('\n');
    } else if (m[7] !== undefined) {
      // tags vanish
    } else if (m[8] !== undefined) {
      const url = trimUrl(m[8]);
      parts.push(url);
      links.push({ url, kind: classifyLink(url) });
      cursor = m.index + url.length;
      INLINE.lastIndex = cursor;
    }
  }
  parts.push(plain(raw.slice(cursor)));
  const text = parts
    .join('')
    .split('\n')
    .map(trimSpacesAndTabs)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, links };
}

// By index, not /[ \t]*\n/: that regex retries from every space of a long run (HTML seen through
// htmlAsBlockLines has runs as long as the markup it blanked), which is quadratic.
function trimSpacesAndTabs(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(start, end);
}

function plain(s: string): string {
  return decodeHTMLStrict(unescapeMarkdown(s));
}

/** Markdown backslash escapes (\#, \_) show only the character. */
export function unescapeMarkdown(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Drops sentence punctuation after a bare URL, and a ")" the URL did not open. */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?…'"*_]+$/, '');
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(/[.,;:!?…]+$/, '');
  }
  return out;
}
