import { createHash } from 'node:crypto';

/** `sha256:<hex>` of the text as checked (UTF-8): how `citecheck fix` knows a file has not changed since. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
