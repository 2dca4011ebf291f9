import { decodeHTMLStrict } from 'entities';

/**
 * Plain text of a wikitext value: `[[target|label]]` → label, `[[target]]` → target,
 * `[https://… label]` → label, `{{!}}` → `|`, `{{lang|xx|text}}` → text, other templates dropped,
 * `''`/`'''` and tags removed, entities decoded.
 */
export function stripWikiMarkup(value: string): string {
  let out = value.slice(0, 20_000);
  out = out.replace(/\{\{\s*!\s*\}\}/g, '|');
  // Innermost templates first, a bounded number of rounds (nesting deeper than that is dropped whole).
  for (let round = 0; round < 8 && out.includes('{{'); round++) {
    out = out.replace(/\{\{([^{}]{0,5000})\}\}/g, (_whole, inner: string) => {
      const parts = inner.split('|');
      const name = (parts[0] ?? '').trim().toLowerCase();
      if (/^(?:lang|lang-\w+|transl|nowrap|small|nobr)$/.test(name)) return parts[parts.length - 1] ?? '';
      return '';
    });
  }
  const unclosed = out.indexOf('{{');
  if (unclosed !== -1) out = out.slice(0, unclosed);
  out = out.replace(/\[\[(?:[^[\]|]{0,500}\|)?([^[\]]{0,500})\]\]/g, '$1');
  out = out.replace(/\[(?:https?:)?\/\/[^\s\]]{1,2000}\s([^\]]{0,500})\]/g, '$1');
  out = out.replace(/'{2,5}/g, '');
  out = out.replace(/<[^<>]{0,500}>/g, '');
  return decodeHTMLStrict(out).replace(/\s+/g, ' ').trim();
}
