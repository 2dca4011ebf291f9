import { CHECKS, type CheckId } from '../checks.js';
import { createLocator } from '../extract/source-location.js';

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
  // The same line numbering as the citations' locations.
  const lineOf = createLocator(text);
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
    const endLine = lineOf(end - 1).line;
    markers.push({
      line: lineOf(match.index).line,
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
