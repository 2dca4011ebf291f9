/**
 * Which dash opens a byline: X's em dash (—, &mdash;), its ASCII stand-ins `--`/`---` (pandoc, plain-text
 * e-mail), an en dash, or a lone hyphen. Rules that tell bylines from listings read this.
 */
export type BylineDash = 'em' | 'ascii-em' | 'en' | 'hyphen' | 'replaced' | 'lost';

/** The byline of an embedded post: `— Name (@handle)`. */
export interface SignatureMatch {
  /** Index of the dash that opens the byline. */
  start: number;
  dash: BylineDash;
  /** Index just after the closing parenthesis. */
  end: number;
  name: string | null;
  handle: string;
}

// Markdown exporters (turndown) escape every underscore: `(@b\_keeper)` shows as `(@b_keeper)`.
const HANDLE_AT = /^\(@((?:[A-Za-z0-9_]|\\_){1,50})\)/;
// Longest display name we look back over; X allows 50 characters, entities and emoji take more units.
const NAME_WINDOW = 160;
// `â€”` is an em dash whose UTF-8 bytes were read as Windows-1252 (a feed or a database dump gone wrong).
const EM_DASHES = ['—', '&mdash;', '&#8212;', '&#x2014;', '―', 'â€”'];

/**
 * Finds the LAST `— Name (@handle)` in `text` (the post text itself may contain dashes and handles).
 * The name may hold emoji, commas, parentheses or RTL text; the dash may be —, &mdash;, – or -.
 * Each `(@` is examined once with a bounded look-back, so the cost is linear in `text`.
 */
export function findLastSignature(text: string): SignatureMatch | undefined {
  let at = text.lastIndexOf('(@');
  while (at !== -1) {
    const handle = HANDLE_AT.exec(text.slice(at, at + 60));
    if (handle?.[1] !== undefined) {
      const dash = findDashBefore(text, at);
      if (dash) {
        const rawName = text.slice(dash.end, at).trim();
        return {
          start: dash.start,
          dash: dash.kind,
          end: at + handle[0].length,
          name: rawName || null,
          handle: handle[1].replaceAll('\\_', '_'),
        };
      }
    }
    at = at === 0 ? -1 : text.lastIndexOf('(@', at - 1);
  }
  return undefined;
}

interface DashAt {
  start: number;
  end: number;
  kind: BylineDash;
}

function findDashBefore(text: string, at: number): DashAt | undefined {
  const windowStart = Math.max(0, at - NAME_WINDOW);
  let window = text.slice(windowStart, at);
  // A byline never spans lines.
  const newline = window.lastIndexOf('\n');
  const offset = newline === -1 ? windowStart : windowStart + newline + 1;
  if (newline !== -1) window = window.slice(newline + 1);
  let best: DashAt | undefined;
  for (const dash of EM_DASHES) {
    const i = window.lastIndexOf(dash);
    if (i !== -1 && (best === undefined || i > best.start - offset)) {
      best = { start: offset + i, end: offset + i + dash.length, kind: 'em' };
    }
  }
  if (best) return best;
  for (const dash of ['–', '&ndash;', '&#8211;']) {
    const i = window.lastIndexOf(dash);
    if (i !== -1) return { start: offset + i, end: offset + i + dash.length, kind: 'en' };
  }
  // A broken encoding turns the em dash into `?` or U+FFFD: only free-standing (" ? Name"), never a
  // question mark ending a sentence ("Why? Name").
  const replaced = Math.max(window.lastIndexOf(' ? '), window.lastIndexOf(' \uFFFD '));
  if (replaced !== -1) return { start: offset + replaced + 1, end: offset + replaced + 2, kind: 'replaced' };
  // A plain hyphen only counts as a free-standing dash ("- Name"), never inside "Jean-Pierre". Pandoc
  // writes an em dash as "---" and an en dash as "--" when it converts a page to Markdown.
  const hyphen = /(?:^|\s)(-{1,3})\s/g;
  let last: DashAt | undefined;
  for (let m = hyphen.exec(window); m !== null; m = hyphen.exec(window)) {
    const dashText = m[1] ?? '-';
    const dashStart = m.index + m[0].indexOf(dashText);
    const kind = dashText.length > 1 ? 'ascii-em' : 'hyphen';
    last = { start: offset + dashStart, end: offset + dashStart + dashText.length, kind };
    hyphen.lastIndex = dashStart + dashText.length;
  }
  return last;
}
