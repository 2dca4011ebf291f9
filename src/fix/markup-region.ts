import type { Citation } from '../citation.js';
import { findStatusUrls } from '../x-url/index.js';
import { lineEndAt } from './text-position.js';
import { readTemplateCall } from './wiki-template.js';

/** The span of source a citation's markup covers, as far as an edit needs to know it. */
export interface MarkupRegion {
  start: number;
  end: number;
  /** Flattened embeds: where the byline's date is written (dateText found after the @handle). */
  bylineDate?: { start: number; end: number; lineEnd: number };
}

// A flattened byline is read at most this far below where its text starts.
const MAX_FLATTENED = 4_000;

// An embed's closing tag counts this far (real embeds are a few KB).
const MAX_EMBED = 100_000;

/** Index of the first case-insensitive `needle` in text[from, to), or -1. Reads no further than `to`. */
function findCaseless(text: string, needle: string, from: number, to: number): number {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = text.slice(from, to).search(new RegExp(escaped, 'i'));
  return at === -1 ? -1 : from + at;
}

/** Finds citations' markup in one text; closing tags are indexed once, so thousands of embeds stay linear. */
export type RegionFinder = (citation: Citation, start: number) => MarkupRegion | null;

/**
 * Finds the markup of a citation that starts at `start`: the template, the blockquote or figure up to its
 * closing tag, the status link, the flattened embed down to its byline, or else the rest of the line.
 * PURE. Null when the markup cannot be found where extraction said it starts.
 */
export function createRegionFinder(text: string): RegionFinder {
  const closers = new Map<string, number[]>();
  const closerAfter = (closer: string, start: number): number => {
    let positions = closers.get(closer);
    if (positions === undefined) {
      positions = [...text.matchAll(new RegExp(closer, 'gi'))].map((m) => m.index);
      closers.set(closer, positions);
    }
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((positions[mid] ?? 0) < start) low = mid + 1;
      else high = mid;
    }
    const at = positions[low];
    return at === undefined || at - start > MAX_EMBED ? -1 : at;
  };
  return (citation, start) => {
    switch (citation.form) {
      case 'wikitext': {
        const call = readTemplateCall(text, start);
        return call === null ? null : { start, end: call.end };
      }
      case 'blockquote':
      case 'wp-block': {
        const closer = citation.form === 'blockquote' ? '</blockquote>' : '</figure>';
        const at = closerAfter(closer, start);
        return at === -1 ? null : { start, end: at + closer.length };
      }
      case 'status-link': {
        const link = findStatusUrls(text, start, lineEndAt(text, start))[0];
        return link === undefined ? null : { start: link.start, end: link.end };
      }
      case 'flattened-text':
        return flattenedRegion(text, citation, start);
      default:
        return { start, end: lineEndAt(text, start) };
    }
  };
}

/** A flattened embed runs from its text down to the byline line `… (@handle) Date`. */
function flattenedRegion(text: string, citation: Citation, start: number): MarkupRegion | null {
  if (citation.handle === null) return null;
  const limit = Math.min(text.length, start + MAX_FLATTENED);
  for (let from = start; from < limit; ) {
    const at = findCaseless(text, `@${citation.handle}`, from, limit);
    if (at === -1) return null;
    const lineEnd = lineEndAt(text, at);
    const onLine = citation.dateText === null ? -1 : text.slice(at, lineEnd).indexOf(citation.dateText);
    const dateAt = at + onLine;
    if (citation.dateText !== null && onLine !== -1) {
      const dateEnd = dateAt + citation.dateText.length;
      return { start, end: lineEnd, bylineDate: { start: dateAt, end: dateEnd, lineEnd } };
    }
    from = at + citation.handle.length + 1;
  }
  return null;
}
