import type { Span } from '../masked-text.js';

// Code shown by template languages, whose embed markup is displayed, not rendered: Jekyll/Liquid
// {% highlight %}, Hexo/Octopress {% codeblock %}, Hugo {{< highlight >}} and {{< code >}}. Each tag opens
// its own line (a tag quoted in a sentence or in <code> opens nothing). {% raw %} is different: it only
// stops Liquid, so the HTML inside still renders and only the Liquid tags in it are shown as text.
const OPENERS =
  /^[ \t]{0,3}(?:\{%-?\s{0,20}(highlight|raw|codeblock|code)\b[^%\n]{0,500}-?%\}|\{\{[<%]\s{0,20}(highlight|code)\b[^{}\n]{0,500}[>%]\}\})/gm;
// Inside {% raw %}, tags ({% twitter … %}) are shown as text; `{{ … }}` is too, but it is words of the post.
const TEMPLATE_TAG = /\{%[^%]{0,2000}%\}/g;

function closerFor(liquid: string | undefined, hugo: string | undefined): RegExp {
  if (liquid !== undefined) return new RegExp(`\\{%-?\\s{0,20}end${liquid}\\s{0,20}-?%\\}`, 'g');
  return new RegExp(`\\{\\{[<%]\\s{0,20}/\\s{0,20}${hugo}\\s{0,20}[>%]\\}\\}`, 'g');
}

/** Template code blocks, opener to closer; one without a closer hides nothing (it is not a block then). */
export function findTemplateCodeBlocks(text: string): Span[] {
  const spans: Span[] = [];
  const exhausted = new Set<string>();
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(text); m !== null; m = OPENERS.exec(text)) {
    const kind = m[1] ?? `hugo:${m[2]}`;
    if (exhausted.has(kind)) continue;
    const closer = closerFor(m[1], m[2]);
    closer.lastIndex = m.index + m[0].length;
    const close = closer.exec(text);
    if (!close) {
      exhausted.add(kind);
      continue;
    }
    const end = close.index + close[0].length;
    if (m[1] === 'raw') {
      for (const tag of text.slice(m.index, end).matchAll(TEMPLATE_TAG)) {
        spans.push({ start: m.index + tag.index, end: m.index + tag.index + tag[0].length });
      }
    } else {
      spans.push({ start: m.index, end });
    }
    OPENERS.lastIndex = end;
  }
  return spans;
}
