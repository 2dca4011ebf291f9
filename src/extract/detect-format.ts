import { FALLBACK_FORMAT, FORMATS, formatSpec, SOURCE_FORMATS, type SourceFormat } from './formats.js';
import type { Dialect } from './readers.js';

const BY_EXTENSION = new Map<string, { format: SourceFormat; dialect: Dialect }>(
  SOURCE_FORMATS.flatMap((format) =>
    Object.entries(FORMATS[format].extensions).map(([extension, dialect]) => [
      extension,
      { format, dialect },
    ]),
  ),
);

const SNIFFS = SOURCE_FORMATS.flatMap((format) =>
  formatSpec(format).sniff.map(({ rank, pattern }) => ({ rank, pattern, format })),
).sort((a, b) => a.rank - b.rank);

/** Every extension citecheck reads (with its dot, lower case): a folder walk reads what a path would. */
export const ARTICLE_EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys()].map((e) => `.${e}`);

function extensionOf(name: string): string | undefined {
  const path = name.replace(/[?#].*$/, '');
  return /\.([A-Za-z0-9]{1,12})$/.exec(path)?.[1]?.toLowerCase();
}

/** The format a file's extension names, or undefined (no extension, or one citecheck does not know). */
export function formatFromName(name: string): SourceFormat | undefined {
  const extension = extensionOf(name);
  return extension === undefined ? undefined : BY_EXTENSION.get(extension)?.format;
}

/** Picks the format from the file extension, else sniffs the first 4 KiB (stdin, URLs, odd names). */
export function detectFormat(name: string, text: string): SourceFormat {
  const known = formatFromName(name);
  if (known) return known;
  const head = text.slice(0, 4096);
  return SNIFFS.find(({ pattern }) => pattern.test(head))?.format ?? FALLBACK_FORMAT;
}

/** How to read a document of `format`: what its name's extension says, and what its content adds. */
export function dialectOf(name: string, format: SourceFormat, text: string): Dialect {
  const extension = extensionOf(name);
  const named = (extension === undefined ? undefined : BY_EXTENSION.get(extension)?.dialect) ?? {};
  const spec = formatSpec(format);
  const sniffed = spec.dialect?.(text) ?? {};
  return { mdx: Boolean(named.mdx || sniffed.mdx), script: Boolean(named.script || sniffed.script) };
}
