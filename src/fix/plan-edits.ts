import type { CheckId } from '../checks.js';
import type { SourceFormat } from '../extract/index.js';
import type { FixKind, SuggestedEdit, VerificationResult } from '../result.js';
import { snowflakeTime } from '../x/snowflake.js';
import { rewriteDateLike } from './date-style.js';
import { createRegionFinder, type MarkupRegion } from './markup-region.js';
import { createIndexOfLocation, lineEndAt, lineEndingOf } from './text-position.js';
import { parameterInsertion, readTemplateCall, type TemplateCall } from './wiki-template.js';

/** What an edit adding a recovered status link answers: the ID was found without one in the article. */
export const ID_RECOVERED = 'id-recovered';
export type FixAnswer = CheckId | typeof ID_RECOVERED;

/** An edit planned for one citation (its index in the article's results). */
export interface PlannedEdit extends SuggestedEdit {
  resultIndex: number;
}

/** A fix citecheck could make in principle but does not, and why (low confidence, no safe place…). */
export interface FixRefusal {
  resultIndex: number;
  line: number;
  fix: FixKind;
  check: string;
  reason: string;
}

export interface FixPlan {
  edits: PlannedEdit[];
  refusals: FixRefusal[];
}

/** Gone for good: an archived copy is the reader's only way to the post. */
const DEAD_STATUSES = new Set(['deleted', 'removed', 'account-gone', 'suspended']);

type Proposal =
  | { kind: 'edit'; edit: SuggestedEdit }
  | { kind: 'refusal'; fix: FixKind; check: string; reason: string };

interface FixContext {
  text: string;
  format: SourceFormat;
  result: VerificationResult;
  start: number;
  region: MarkupRegion;
  eol: string;
}

/**
 * Plans the edits that answer an article's findings, each only where the evidence is high-confidence,
 * as data (spans of `text` and their replacements) for a person to review. PURE: the same text and
 * results always give the same plan; nothing outside the spans changes.
 */
export function planEdits(input: {
  text: string;
  format: SourceFormat;
  results: readonly VerificationResult[];
}): FixPlan {
  const { text, format } = input;
  const eol = lineEndingOf(text);
  const plan: FixPlan = { edits: [], refusals: [] };
  const indexOfLocation = createIndexOfLocation(text);
  const findRegion = createRegionFinder(text);
  input.results.forEach((result, resultIndex) => {
    const line = result.citation.location.line;
    const start = indexOfLocation(result.citation.location);
    const region = start === null ? null : findRegion(result.citation, start);
    if (start === null || region === null) return;
    const context: FixContext = { text, format, result, start, region, eol };
    const proposals = [
      ...permalinkFix(context),
      ...dateFix(context),
      ...numberFix(context),
      ...archiveFix(context),
      ...handleFix(context),
    ];
    for (const proposal of proposals) {
      if (proposal.kind === 'edit') plan.edits.push({ ...proposal.edit, resultIndex });
      else plan.refusals.push({ resultIndex, line, ...withoutKind(proposal) });
    }
  });
  return dropOverlaps(plan);
}

function withoutKind(proposal: Extract<Proposal, { kind: 'refusal' }>) {
  return { fix: proposal.fix, check: proposal.check, reason: proposal.reason };
}

function edit(
  fix: FixKind,
  check: FixAnswer,
  reason: string,
  text: string,
  start: number,
  end: number,
  replacement: string,
): Proposal {
  return {
    kind: 'edit',
    edit: { fix, check, reason, start, end, original: text.slice(start, end), replacement },
  };
}

function refuse(fix: FixKind, check: FixAnswer, reason: string): Proposal {
  return { kind: 'refusal', fix, check, reason };
}

/** The recovered ID, when the article shows none and the evidence is high-confidence (else why not). */
function recoveredId(result: VerificationResult, fix: FixKind): string | Proposal | null {
  const { resolution, citation } = result;
  if (citation.statusId !== null || resolution.status !== 'found' || resolution.foundBy === 'cited')
    return null;
  if (resolution.confidence !== 'high') {
    return refuse(
      fix,
      ID_RECOVERED,
      `the ID ${resolution.statusId} was found through ${resolution.foundBy} with ${resolution.confidence} confidence only; citecheck edits on high-confidence evidence`,
    );
  }
  return resolution.statusId;
}

/** A flattened embed whose ID was recovered gets its permalink: a link on the date, or a trailing URL. */
function permalinkFix({ text, format, result, region }: FixContext): Proposal[] {
  if (result.citation.form !== 'flattened-text') return [];
  const id = recoveredId(result, 'add-permalink');
  if (id === null || typeof id !== 'string') return id === null ? [] : [id];
  const url = result.liveUrl;
  const date = region.bylineDate;
  if (url === null) return [];
  if (date === undefined) return [refuse('add-permalink', ID_RECOVERED, 'the byline shows no date to link')];
  const resolution = result.resolution;
  const reason = `Status ${id} was found through ${resolution.status === 'found' ? resolution.foundBy : ''} (${resolution.status === 'found' ? resolution.evidence : ''}); the permalink lets readers and the next check reach the post.`;
  const dateText = text.slice(date.start, date.end);
  switch (format) {
    case 'text':
      if (text.slice(date.end, date.lineEnd).trim() !== '') {
        return [refuse('add-permalink', ID_RECOVERED, 'text follows the date on the byline line')];
      }
      return [edit('add-permalink', ID_RECOVERED, reason, text, date.end, date.end, ` ${url}`)];
    case 'markdown':
      if (/[[(]$/.test(text.slice(0, date.start))) {
        return [refuse('add-permalink', ID_RECOVERED, 'the date is already inside a link')];
      }
      return [
        edit('add-permalink', ID_RECOVERED, reason, text, date.start, date.end, `[${dateText}](${url})`),
      ];
    case 'html': {
      const before = text.slice(Math.max(0, date.start - 2000), date.start).toLowerCase();
      if (before.lastIndexOf('<a') > before.lastIndexOf('</a')) {
        return [refuse('add-permalink', ID_RECOVERED, 'the date is already inside a link')];
      }
      return [
        edit(
          'add-permalink',
          ID_RECOVERED,
          reason,
          text,
          date.start,
          date.end,
          `<a href="${escapeAttribute(url)}">${dateText}</a>`,
        ),
      ];
    }
    case 'wikitext':
      return [
        edit('add-permalink', ID_RECOVERED, reason, text, date.start, date.end, `[${url} ${dateText}]`),
      ];
    default:
      // A format added to extract/formats.ts reads before this stage knows how to write a link in it.
      return [refuse('add-permalink', ID_RECOVERED, `no known way to write a link in ${format}`)];
  }
}

/** A date more than a day off is rewritten from the ID's Snowflake time, in the article's own style. */
function dateFix({ text, result, region }: FixContext): Proposal[] {
  const verdict = result.verdicts.find((v) => v.check === 'date-mismatch');
  const { citation, resolution } = result;
  if (verdict === undefined || citation.dateText === null || citation.date === null) return [];
  if (resolution.status !== 'found') return [];
  if (resolution.confidence !== 'high') {
    return [
      refuse(
        'correct-date',
        'date-mismatch',
        `the ID was found with ${resolution.confidence} confidence only; its time is not evidence enough`,
      ),
    ];
  }
  const time = snowflakeTime(resolution.statusId);
  const posted = time?.toISOString().slice(0, 10);
  if (posted === undefined) {
    return [refuse('correct-date', 'date-mismatch', 'the ID carries no creation time (pre-Snowflake)')];
  }
  if (verdict.actual !== posted) {
    return [
      refuse(
        'correct-date',
        'date-mismatch',
        `the post's date (${verdict.actual}) and its ID's time disagree`,
      ),
    ];
  }
  const rewritten = rewriteDateLike(citation.dateText, citation.date, posted);
  if (rewritten === null) {
    return [
      refuse(
        'correct-date',
        'date-mismatch',
        `"${citation.dateText}" is written in a style citecheck cannot rewrite`,
      ),
    ];
  }
  const span = dateSpan(text, result, region);
  if (span === null) return [refuse('correct-date', 'date-mismatch', 'the date as written was not found')];
  return [
    edit(
      'correct-date',
      'date-mismatch',
      `Status ${resolution.statusId} was posted ${posted} (UTC) by its Snowflake time; the article shows ${citation.dateText}.`,
      text,
      span.start,
      span.end,
      rewritten,
    ),
  ];
}

function dateSpan(
  text: string,
  result: VerificationResult,
  region: MarkupRegion,
): { start: number; end: number } | null {
  const dateText = result.citation.dateText ?? '';
  if (result.citation.form === 'wikitext') {
    const param = templateOf(text, region)?.params.find((p) => p.name === 'date');
    return param !== undefined && param.value === dateText
      ? { start: param.valueStart, end: param.valueEnd }
      : null;
  }
  if (region.bylineDate !== undefined) return region.bylineDate;
  // The embed's own date comes last (`— Name (@handle) <a…>Date</a>`), after any date in the post's text.
  const at = text.slice(region.start, region.end).lastIndexOf(dateText);
  return at === -1 ? null : { start: region.start + at, end: region.start + at + dateText.length };
}

function templateOf(text: string, region: MarkupRegion): TemplateCall | null {
  return readTemplateCall(text, region.start);
}

/** {{Cite tweet}} without |number= gets the recovered ID. */
function numberFix({ text, result, region }: FixContext): Proposal[] {
  if (result.citation.form !== 'wikitext') return [];
  const id = recoveredId(result, 'fill-number');
  if (id === null || typeof id !== 'string') return id === null ? [] : [id];
  const call = templateOf(text, region);
  if (call === null) return [];
  const reason = `Status ${id} was found through ${result.resolution.status === 'found' ? result.resolution.foundBy : ''}; |number= lets the template link the post.`;
  const number = call.params.find((p) => p.name === 'number');
  if (number !== undefined && number.value !== '') return [];
  if (number !== undefined) {
    return [edit('fill-number', ID_RECOVERED, reason, text, number.valueStart, number.valueEnd, id)];
  }
  const { at, separator } = parameterInsertion(text, call);
  return [edit('fill-number', ID_RECOVERED, reason, text, at, at, `${separator}|number=${id}`)];
}

/** A dead post's citation gets its archived copy: template parameters, or a link next to the embed. */
function archiveFix({ text, format, result, region, eol }: FixContext): Proposal[] {
  const lookup = result.lookup;
  if (lookup === null || !DEAD_STATUSES.has(lookup.status) || !('archived' in lookup)) return [];
  const archived = lookup.archived;
  if (archived === null) return [];
  const check = `status-${lookup.status}` as CheckId;
  const captured = `${archived.timestamp.slice(0, 4)}-${archived.timestamp.slice(4, 6)}-${archived.timestamp.slice(6, 8)}`;
  const reason = `The post is ${lookup.status}; the Wayback Machine holds a copy captured ${captured}.`;
  const form = result.citation.form;
  if (form !== 'wikitext' && linksArchiveAfter(text, region.end, archived.url)) return [];
  if (form === 'wikitext') {
    const call = templateOf(text, region);
    if (call === null) return [];
    const present = call.params.filter((p) =>
      ['archive-url', 'archive-date', 'url-status', 'archiveurl'].includes(p.name),
    );
    if (present.length > 0) {
      return [
        refuse('add-archive-params', check, 'the template already has archive parameters; left as written'),
      ];
    }
    const { at, separator } = parameterInsertion(text, call);
    const params = [
      `archive-url=${archived.url.replaceAll('|', '%7C')}`,
      `archive-date=${captured}`,
      'url-status=dead',
    ];
    return [
      edit(
        'add-archive-params',
        check,
        reason,
        text,
        at,
        at,
        params.map((p) => `${separator}|${p}`).join(''),
      ),
    ];
  }
  if (form === 'blockquote' || form === 'wp-block') {
    const html = `<p><a href="${escapeAttribute(archived.url)}">Archived copy of this post</a> (captured ${captured}).</p>`;
    return [edit('add-archive-link', check, reason, text, region.end, region.end, `${eol}${html}`)];
  }
  if (format === 'markdown' && (form === 'shortcode' || form === 'mdx')) {
    const lineEnd = lineEndAt(text, region.start);
    const link = `[Archived copy of this post](${archived.url.replace(/[()\s]/g, encodeURIComponent)}) (captured ${captured}).`;
    const nextLineBlank = /^(?:\r?\n|$)/.test(text.slice(lineEnd).replace(/^\r?\n/, ''));
    return [
      edit(
        'add-archive-link',
        check,
        reason,
        text,
        lineEnd,
        lineEnd,
        `${eol}${eol}${link}${nextLineBlank ? '' : eol}`,
      ),
    ];
  }
  return [
    refuse(
      'add-archive-link',
      check,
      `no place for a link next to a ${form} citation in ${format} that the next read would not take for the post itself`,
    ),
  ];
}

/** A renamed account's new handle goes into the status URL (or a template's user parameter), never the quoted text. */
function handleFix({ text, result, region }: FixContext): Proposal[] {
  const verdict = result.verdicts.find((v) => v.check === 'handle-renamed');
  const { resolution } = result;
  if (verdict?.expected == null || verdict.actual == null || resolution.status !== 'found') return [];
  if (resolution.foundBy !== 'cited') return [];
  const from = verdict.expected.replace(/^@/, '');
  const to = verdict.actual.replace(/^@/, '');
  const reason = `Status ${resolution.statusId} now answers as @${to} (same account, renamed); the quoted byline stays as written.`;
  const same = (handle: string) => handle.toLowerCase() === from.toLowerCase();
  if (result.citation.form === 'wikitext') {
    const user = templateOf(text, region)?.params.find((p) => p.name === 'user');
    if (user === undefined || !same(user.value.replace(/^@/, ''))) return [];
    const at = user.valueStart + (user.value.startsWith('@') ? 1 : 0);
    return [edit('update-handle', 'handle-renamed', reason, text, at, user.valueEnd, to)];
  }
  const segment = text.slice(region.start, region.end);
  const edits: Proposal[] = [];
  // `/old/status/ID` in any status URL of the markup, and a shortcode's or component's user attribute.
  const pattern = new RegExp(
    `(?<=/)${escapeRegExp(from)}(?=/status(?:es)?/${resolution.statusId}\\b)|(?<=\\b(?:user|username|screen_name|handle)\\s*=\\s*["']?@?)${escapeRegExp(from)}(?=["'\\s>/}]|$)`,
    'gi',
  );
  for (const hit of segment.matchAll(pattern)) {
    const at = region.start + hit.index;
    edits.push(edit('update-handle', 'handle-renamed', reason, text, at, at + hit[0].length, to));
  }
  return edits;
}

/** Whether the few lines after an embed already link its archived copy (a fix applied before). */
function linksArchiveAfter(text: string, from: number, archiveUrl: string): boolean {
  let end = from;
  for (let line = 0; line < 4 && end < text.length; line++) end = lineEndAt(text, end + 1);
  const after = text.slice(from, end);
  return after.includes(archiveUrl) || after.includes(escapeAttribute(archiveUrl));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeAttribute(url: string): string {
  return url.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** Two edits may not touch the same characters: the later one is dropped and said so. */
function dropOverlaps(plan: FixPlan): FixPlan {
  const sorted = plan.edits
    .map((e, order) => ({ e, order }))
    .sort((a, b) => a.e.start - b.e.start || a.order - b.order);
  const kept: PlannedEdit[] = [];
  const refusals = [...plan.refusals];
  let reach = -1;
  for (const { e } of sorted) {
    if (e.start < reach) {
      refusals.push({
        resultIndex: e.resultIndex,
        line: 0,
        fix: e.fix,
        check: e.check,
        reason: 'overlaps another edit',
      });
      continue;
    }
    kept.push(e);
    reach = Math.max(reach, e.end);
  }
  return { edits: kept, refusals };
}
