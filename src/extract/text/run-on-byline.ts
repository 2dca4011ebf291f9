import { decodeHTMLStrict } from 'entities';
import { matchDateAt } from '../localized-date.js';
import { findLastSignature, type SignatureMatch } from '../signature.js';
import { unescapeMarkdown } from './inline-markup.js';
import type { SignatureLine } from './signature-line.js';
import { chooseTextStart, type TextStartChoice } from './text-start.js';

/** A byline found inside a line of prose, with the text span decided around it. */
export interface RunOnByline {
  signature: SignatureLine;
  /** Index in the line where the post text starts (`signature.start` when the line holds none). */
  textFrom: number;
  textStart: TextStartChoice;
  /** Where this byline's stretch of the line begins: the line start, or the end of the byline before. */
  stretchFrom: number;
  /** Index just past the byline: its date, or the page's wrapper label after it. */
  end: number;
}

const HANDLE_AT = /^\(@((?:[A-Za-z0-9_]|\\_){1,50})\)/;
// A comment sign-off carries a time after its date ("March 3, 2024 at 10:15 pm"); X's byline never does.
const COMMENT_TIME =
  /^(?:,\s{0,3}|\s{1,3}(?:at|um|à|a las|alle|om|kl\.?)\s{1,3}|\s{1,3}(?=\d{1,2}:\d{2}\s?[ap]\.?m\b))\d{1,2}[:h.]\d{2}/i;
// What a page prints right after the byline: BBC's "Report" button and its "End of Twitter post" label.
const WRAPPER_CLOSE = /^\s{0,4}(?:Report\b)?\s{0,4}(?:End of (?:Twitter|X) post(?: \d{1,3})? by @?\w{1,50})?/;
// X's byline dash, and the dashes that stand for it once a page is flattened; never an en dash or a
// hyphen mid-prose, which open listings ("Episode 41 – Name (@handle) Date").
const RUN_ON_DASHES = new Set(['em', 'ascii-em', 'replaced']);
// Names longer than X allows (50, plus entities and emoji) are prose that happens to end in "(@handle)".
const MAX_NAME = 80;
const MAX_PER_LINE = 10_000;

/**
 * Bylines anywhere in a line, followed by anything (`…on X!— Elon Musk (@elonmusk) June 5, 2024SpaceX is…`,
 * `… — Name (@handle) January 11, 2020 Report End of Twitter post by @handle …`). A byline needs its dash
 * (—, --, or the `?` a broken encoding left) and a date right after the handle: `(@handle)` mentioned in
 * prose has neither. Each `(@` is examined once with bounded look-back and look-ahead, so the cost is
 * linear in the line.
 */
export function findRunOnBylines(line: string): RunOnByline[] {
  const found: RunOnByline[] = [];
  let floor = 0;
  // BBC's closing labels in document order, read where no byline before them took them as its own.
  END_LABEL.lastIndex = 0;
  let label = END_LABEL.exec(line);
  const labelsBefore = (limit: number) => {
    for (
      ;
      label !== null && label.index < limit && found.length < MAX_PER_LINE;
      label = END_LABEL.exec(line)
    ) {
      const post = label.index >= floor ? signedByLabelOnly(line, floor, label) : undefined;
      if (post) {
        found.push(post);
        floor = post.end;
      }
    }
  };
  for (
    let at = line.indexOf('(@');
    at !== -1 && found.length < MAX_PER_LINE;
    at = line.indexOf('(@', at + 2)
  ) {
    labelsBefore(at);
    const handle = HANDLE_AT.exec(line.slice(at, at + 60));
    if (handle?.[1] === undefined) continue;
    const afterHandle = at + handle[0].length;
    const ahead = line.slice(afterHandle, afterHandle + 100);
    const lead = ahead.length - ahead.trimStart().length;
    if (lead > 4) continue;
    const date = matchDateAt(ahead);
    if (!date) continue;
    const afterDate = afterHandle + lead + date.dateText.length;
    if (COMMENT_TIME.test(line.slice(afterDate, afterDate + 20))) continue;
    const windowStart = Math.max(floor, at - 200);
    const dashed = findLastSignature(line.slice(windowStart, afterHandle));
    const signature =
      dashed && RUN_ON_DASHES.has(dashed.dash)
        ? { ...dashed, start: windowStart + dashed.start }
        : lostDashSignature(line, Math.max(floor, at - LOST_DASH_REACH), at, handle[1], afterDate);
    if (!signature) continue;
    const rawName = signature.name ?? '';
    if (rawName.length > MAX_NAME || rawName.trim().split(/\s+/).length > 10) continue;
    const dash = signature.start;
    const close = WRAPPER_CLOSE.exec(line.slice(afterDate, afterDate + 100));
    const end = afterDate + (close?.[0].length ?? 0);
    const textStart = chooseTextStart(line, floor, dash);
    const name = decodeHTMLStrict(unescapeMarkdown(rawName.replace(/<[^<>]{0,200}>/g, ''))).trim();
    found.push({
      signature: {
        start: dash,
        dash: signature.dash,
        inlineText: line.slice(textStart.index, dash),
        name: name || null,
        handle: signature.handle,
        dateText: date.dateText,
        date: date.date,
        status: null,
      },
      textFrom: textStart.index,
      textStart,
      stretchFrom: floor,
      end,
    });
    floor = end;
    at = Math.max(at, end - 2);
  }
  labelsBefore(line.length);
  return found;
}

// "End of Twitter post by @handle" with no byline before it: the scraper kept the label and lost the rest.
const END_LABEL = /End of (?:Twitter|X) post(?: \d{1,3})? by @(\w{1,15})\b/g;
/** True when a line holds BBC's closing label, so the run-on reader reads it even without `(@`. */
export const hasEndLabel = (line: string) => /End of (?:Twitter|X) post/.test(line);

/**
 * A post signed only by BBC's closing label (`… pic.twitter.com/x End of Twitter post by @handle …`): the
 * handle is known, the date and name are not, and the text starts where the layout says (the "Skip
 * Twitter post" label when it survived). An empty wrapper (`Skip … by @a` `End of … by @a`) is no post.
 */
function signedByLabelOnly(line: string, floor: number, label: RegExpExecArray): RunOnByline | undefined {
  const handle = label[1];
  if (handle === undefined) return undefined;
  const textStart = chooseTextStart(line, floor, label.index);
  const inlineText = line.slice(textStart.index, label.index);
  if (inlineText.trim() === '') return undefined;
  return {
    signature: {
      start: label.index,
      dash: 'lost',
      inlineText,
      name: null,
      handle,
      dateText: null,
      date: null,
      status: null,
    },
    textFrom: textStart.index,
    textStart,
    stretchFrom: floor,
    end: label.index + label[0].length,
  };
}

// `Name (@handle) Date` opening its line, the dash stripped by a converter. The name holds no markup,
// brackets, colons or bars (an author box: "Jane Doe | (@jane)"), and opens with no list bullet or heading.
const DASHLESS =
  /^[ \t\u00A0\u200B-\u200D\uFEFF]{0,8}([^\s\-*+•#>|:()[\]<>@][^()[\]<>@|:\n]{0,78}?)[ \t\u00A0]{1,3}\(@((?:[A-Za-z0-9_]|\\_){1,50})\)/u;
// Credits and datelines name a person inside a phrase; a display name does not read "Photo by …".
const CREDIT_WORDS =
  /(?:^|\s)(?:by|via|from|photo|photos|credit|credits|source|courtesy|posted|tweeted|wrote|said|says|according|reply|replies|to|on|at)(?:\s|$)/i;
// A sentence is not a name: "Is this real? Jane Doe (@jane) …". An initial's full stop ("Donald J. Trump") is.
const SENTENCE_IN_NAME = /[!?;,]|[.,;!?]$|(?<!(?:^|\s)\p{Lu})\.\s/u;
const DASHLESS_TRAILER = /^(?:\s|<\/?[A-Za-z][^<>]{0,100}>)*$/;

/**
 * A byline that lost its dash, alone on its line (` Hillary Clinton (@HillaryClinton) June 17, 2016`).
 * Only the whole line counts: mid-prose, `Name (@handle) Date` is a sentence, not a signature.
 */
export function parseDashlessLine(line: string): SignatureLine | undefined {
  if (line.length > 300 || !line.includes('(@')) return undefined;
  const m = DASHLESS.exec(line);
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const name = m[1].trim();
  if (name.split(/\s+/).length > 8 || CREDIT_WORDS.test(name) || SENTENCE_IN_NAME.test(name))
    return undefined;
  const ahead = line.slice(m[0].length);
  const lead = ahead.length - ahead.trimStart().length;
  const date = lead <= 4 ? matchDateAt(ahead) : undefined;
  if (!date) return undefined;
  const rest = ahead.slice(lead + date.dateText.length);
  const close = WRAPPER_CLOSE.exec(rest)?.[0].length ?? 0;
  if (!DASHLESS_TRAILER.test(rest.slice(close))) return undefined;
  const start = line.length - line.trimStart().length;
  return {
    start,
    dash: 'lost',
    inlineText: '',
    name: decodeHTMLStrict(unescapeMarkdown(name)),
    handle: m[2].replaceAll('\\_', '_'),
    dateText: date.dateText,
    date: date.date,
    status: null,
  };
}

// News datasets that keep ASCII only (ISOT's fake/true news, scraped bodies) blank the em dash: the post,
// two or more spaces where the dash was, then `Name (@handle) Date` glued to the next paragraph
// (`…from them!  Donald J. Trump (@realDonaldTrump) November 25, 2017Of course…`).
const LOST_DASH_REACH = 100;
const LOST_DASH_GAP = /[ \t\u00A0]{2,}/g;
const NAME_OPENER = /^[^\s\p{Ll}()[\]<>@|:#*•>-]/u;

/**
 * A run-on byline whose dash became spaces. Held to more than a dashed one, since nothing marks it but
 * the gap: a name of at most 8 words that reads as a name (no credit phrase, no sentence, no markup),
 * post text before the gap, and the date ending the line or glued to the next paragraph (at most one
 * blank, then a capital); prose that names `(@handle)` next to a date reads on ("… March 3, 2024 wrote …").
 */
function lostDashSignature(
  line: string,
  from: number,
  at: number,
  rawHandle: string,
  afterDate: number,
): SignatureMatch | undefined {
  // The next paragraph glued on, or after one blank where its opening quote was (`2017 I don t care…`).
  if (!/^(?:$|\p{L}|\s\p{Lu})/u.test(line.slice(afterDate, afterDate + 2))) return undefined;
  const raw = line.slice(from, at);
  const window = raw.trimEnd();
  if (raw.length - window.length > 3) return undefined;
  let gap: RegExpExecArray | undefined;
  LOST_DASH_GAP.lastIndex = 0;
  for (let m = LOST_DASH_GAP.exec(window); m !== null; m = LOST_DASH_GAP.exec(window)) gap = m;
  if (gap === undefined) return undefined;
  const name = window.slice(gap.index + gap[0].length);
  const before = window.slice(0, gap.index);
  if (before.trim() === '' || !NAME_OPENER.test(name) || /[()[\]<>@|:]/.test(name)) return undefined;
  if (name.split(/\s+/).length > 8 || CREDIT_WORDS.test(name) || SENTENCE_IN_NAME.test(name))
    return undefined;
  return { start: from + gap.index, dash: 'lost', end: at, name, handle: rawHandle.replaceAll('\\_', '_') };
}
