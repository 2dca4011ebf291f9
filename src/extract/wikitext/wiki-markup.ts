import { decodeHTMLStrict } from 'entities';

// Templates that stand for punctuation, as they render.
const DASH_TEMPLATES: Record<string, string> = {
  ndash: '–',
  mdash: '—',
  snd: ' – ',
  spnd: ' – ',
  'spaced ndash': ' – ',
  spd: ' — ',
  'spaced mdash': ' — ',
};

/**
 * `<nowiki>…</nowiki>` shows its content literally: its markup characters become entities, so later
 * stripping and parameter splitting leave them alone and the final decoding shows them as written.
 */
export function protectNowiki(value: string): string {
  return value.replace(/<nowiki\s*>([\s\S]{0,5000}?)<\/nowiki\s*>/gi, (_whole, inner: string) =>
    inner.replace(/[|{}[\]<>'&=]/g, (ch) => `&#${ch.charCodeAt(0)};`),
  );
}

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
      const dash = DASH_TEMPLATES[name];
      if (dash !== undefined) return dash;
      if (name === 'date') return parts[1] ?? '';
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
