import type { SourceFormat } from '../extract/index.js';
import { detectFormat } from '../extract/index.js';
import { decodeText } from './decode-file-bytes.js';
import { displayPath, type InputEntry, resolveInputs } from './list-inputs.js';
import { readRegularFile } from './read-regular-file.js';

/** One input, read: a document to extract from, or why it could not be read. */
export type InputResult =
  | { kind: 'document'; source: string; name: string; format: SourceFormat; text: string }
  | { kind: 'error'; source: string; message: string };

export interface ReadInputsOptions {
  cwd: string;
  stdin?: NodeJS.ReadableStream;
  /** Fetches a URL input's body; without it URL inputs become error entries. */
  fetchText?: (url: string) => Promise<string>;
  /** Largest input read, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Folders never read as inputs: the run's own --out and cache folders (see resolveInputs). */
  exclude?: readonly string[];
}

export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Reads files, folders, globs, `-` (stdin) and http(s) URLs, one document at a time in a deterministic
 * (sorted) order. Unreadable inputs become error entries naming the input; nothing throws per input.
 */
export async function* readInputs(
  specs: readonly string[],
  options: ReadInputsOptions,
): AsyncGenerator<InputResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  for (const entry of await resolveInputs(specs, {
    cwd: options.cwd,
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
  })) {
    yield await readEntry(entry, options, maxBytes);
  }
}

async function readEntry(
  entry: InputEntry,
  options: ReadInputsOptions,
  maxBytes: number,
): Promise<InputResult> {
  switch (entry.kind) {
    case 'missing':
      return { kind: 'error', source: entry.spec, message: entry.message };
    case 'stdin': {
      if (!options.stdin) return { kind: 'error', source: '-', message: 'no stdin stream to read' };
      const bytes = await readStream(options.stdin, maxBytes).catch((error: unknown) => errorText(error));
      if (typeof bytes === 'string') return { kind: 'error', source: '-', message: bytes };
      return toDocument('-', 'stdin', bytes);
    }
    case 'url': {
      if (!options.fetchText) {
        return {
          kind: 'error',
          source: entry.url,
          message: 'URL inputs need the fetcher (fetchText) to be read',
        };
      }
      try {
        const text = await options.fetchText(entry.url);
        return {
          kind: 'document',
          source: entry.url,
          name: entry.url,
          format: detectFormat(entry.url, text),
          text,
        };
      } catch (error) {
        return { kind: 'error', source: entry.url, message: `could not fetch: ${errorText(error)}` };
      }
    }
    case 'file': {
      const source = displayPath(entry.path, options.cwd);
      try {
        const bytes = await readRegularFile(entry.path, maxBytes);
        if (typeof bytes === 'string') return { kind: 'error', source, message: bytes };
        return toDocument(source, entry.path, bytes);
      } catch (error) {
        return { kind: 'error', source, message: `could not read: ${errorText(error)}` };
      }
    }
  }
}

function toDocument(source: string, name: string, bytes: Uint8Array): InputResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { kind: 'error', source, message: decoded.message };
  return { kind: 'document', source, name, format: detectFormat(name, decoded.text), text: decoded.text };
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) return `stdin is above the ${maxBytes}-byte input limit`;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
