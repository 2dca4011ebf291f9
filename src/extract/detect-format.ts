import type { SourceFormat } from '../citation.js';

const BY_EXTENSION: Record<string, SourceFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  mdx: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  astro: 'markdown',
  tsx: 'markdown',
  jsx: 'markdown',
  qmd: 'markdown',
  rmd: 'markdown',
  wiki: 'wikitext',
  wikitext: 'wikitext',
  mediawiki: 'wikitext',
  txt: 'text',
  text: 'text',
};

/** The format a file's extension names, or undefined (no extension, or one citecheck does not know). */
export function formatFromName(name: string): SourceFormat | undefined {
  const path = name.replace(/[?#].*$/, '');
  const extension = /\.([A-Za-z0-9]{1,12})$/.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : BY_EXTENSION[extension];
}

/** Picks the format from the file extension, else sniffs the first 4 KiB (stdin, URLs, odd names). */
export function detectFormat(name: string, text: string): SourceFormat {
  const known = formatFromName(name);
  if (known) return known;
  const head = text.slice(0, 4096);
  if (/^\s*(?:<!doctype html|<html[\s>]|<\?xml)/i.test(head)) return 'html';
  if (/\{\{\s*cite[ _]|^=={1,5}[^=\n]{1,200}=={1,5}\s*$|\[\[[^\]\n]{1,200}\]\]|'''/im.test(head))
    return 'wikitext';
  if (/^(?:---\s*$|#{1,6} |> |```|~~~|\s{0,3}[-*+] )|\]\([^)\s]{1,500}\)|\{\{[<%]|\{%/m.test(head))
    return 'markdown';
  if (/<(?:p|div|blockquote|body|article|section|a)[\s>]/i.test(head)) return 'html';
  return 'text';
}
