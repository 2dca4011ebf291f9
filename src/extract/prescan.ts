import { FORMATS, SOURCE_FORMATS, type SourceFormat } from './formats.js';

// Every citation carries a status ID (a permalink, an embed attribute, a shortcode/component/template
// argument) or a flattened signature "(@handle)". Pages without one of the markers their format's readers
// declare are answered without parsing at all: share buttons, "follow us on Twitter" footers and profile
// links no longer cost a DOM parse.

/** The distinct markers the readers of `format` declare (regular-expression sources). */
export function markerSources(format: SourceFormat): string[] {
  return [...new Set(FORMATS[format].readers.flatMap((reader) => reader.markers))];
}

/** One case-insensitive pattern matching any of `sources`. */
export function compileMarkers(sources: readonly string[]): RegExp {
  return new RegExp(sources.join('|'), 'i');
}

const BY_FORMAT = new Map(SOURCE_FORMATS.map((format) => [format, compileMarkers(markerSources(format))]));
const ANY_FORMAT = compileMarkers([...new Set(SOURCE_FORMATS.flatMap(markerSources))]);

/**
 * True when `text` mentions something a reader of `format` (of any format, when not given) could make a
 * citation of (cheap, no parsing). False means no reader would find anything.
 */
export function hasCandidateMarkers(text: string, format?: SourceFormat): boolean {
  return (format === undefined ? ANY_FORMAT : (BY_FORMAT.get(format) as RegExp)).test(text);
}

/** True for content that is not text: NUL bytes, or mostly control characters in the first 8 KiB. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 8192);
  if (head.length === 0) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control / head.length > 0.1;
}
