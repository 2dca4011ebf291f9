import { CHECKS, type CheckId } from '../compare/check-ids.js';

/**
 * An inline exception in the article itself, in a comment the page never shows:
 * `<!-- citecheck-ignore status-deleted: reason -->` (HTML, Markdown, wikitext) or
 * `{/* citecheck-ignore status-deleted: reason *\/}` (MDX). Several check ids may be listed, comma-separated.
 *
 * It applies to the citations that start on the line where the marker ends (a marker beside a link), or,
 * when none does, to those on the next non-blank line after it (a marker above an embed), as eslint's
 * disable-line / disable-next-line comments do.
 */
export interface InlineMarker {
  /** 1-based line the marker starts on (where it is reported). */
  line: number;
  /** 1-based line the marker ends on. */
  endLine: number;
  checks: CheckId[];
  /** Names after `citecheck-ignore` that are no check id. */
  unknownChecks: string[];
  reason: string | null;
}

const COMMENT = /<!--([\s\S]*?)-->|\{\s*\/\*([\s\S]*?)\*\/\s*\}/g;
const MARKER = /^\s*citecheck-ignore(?![\w-])([\s\S]*)$/;

/** Every citecheck-ignore marker of a document, in order. Pure; reads only the text. */
export function findInlineMarkers(text: string): InlineMarker[] {
  if (!text.includes('citecheck-ignore')) return [];
  const lineStarts = lineStartOffsets(text);
  const markers: InlineMarker[] = [];
  for (const match of text.matchAll(COMMENT)) {
    const body = MARKER.exec(match[1] ?? match[2] ?? '');
    if (body === null) continue;
    const colon = body[1]?.indexOf(':') ?? -1;
    const names = (colon === -1 ? (body[1] ?? '') : (body[1] ?? '').slice(0, colon))
      .split(/[\s,]+/)
      .filter((name) => name !== '');
    const reason =
      colon === -1
        ? ''
        : (body[1] ?? '')
            .slice(colon + 1)
            .replace(/\s+/g, ' ')
            .trim();
    const end = match.index + match[0].length;
    const endLine = lineAt(lineStarts, end - 1);
    markers.push({
      line: lineAt(lineStarts, match.index),
      endLine,
      checks: names.filter((name): name is CheckId => Object.hasOwn(CHECKS, name)),
      unknownChecks: names.filter((name) => !Object.hasOwn(CHECKS, name)),
      reason: reason === '' ? null : reason,
    });
  }
  return markers;
}

/**
 * The line a marker applies to, given the lines where citations start: the marker's last line when a
 * citation starts there, else the next non-blank line of the text after it.
 */
export function targetLineOf(marker: InlineMarker, text: string, citationLines: ReadonlySet<number>): number {
  if (citationLines.has(marker.endLine)) return marker.endLine;
  const lines = text.split('\n');
  for (let line = marker.endLine + 1; line <= lines.length; line += 1) {
    if ((lines[line - 1] ?? '').trim() !== '') return line;
  }
  return marker.endLine + 1;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset (binary search over the line starts). */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
