import type { Span } from '../masked-text.js';
import { findDelimitedBlocks } from './delimited-blocks.js';

// Code shown by template languages, whose embed markup is displayed, not rendered: Jekyll/Liquid
// {% highlight %}, Hexo/Octopress {% codeblock %}, Hugo {{< highlight >}} and {{< code >}}. Each tag opens
// its own line (a tag quoted in a sentence or in <code> opens nothing). {% raw %} is different: it only
// stops Liquid, so the HTML inside still renders and only the Liquid tags in it are shown as text.
const OPENERS =
  /^[ \t]{0,3}(?:\{%-?\s{0,20}(highlight|raw|codeblock|code)\b[^%\n]{0,500}-?%\}|\{\{[<%]\s{0,20}(highlight|code)\b[^{}\n]{0,500}[>%]\}\})/gm;
// Inside {% raw %}, tags ({% twitter … %}) are shown as text; `{{ … }}` is too, but it is words of the post.
const TEMPLATE_TAG = /\{%[^%]{0,2000}%\}/g;

function closerFor(opener: RegExpExecArray): RegExp {
  const [, liquid, hugo] = opener;
  if (liquid !== undefined) return new RegExp(`\\{%-?\\s{0,20}end${liquid}\\s{0,20}-?%\\}`, 'g');
  return new RegExp(`\\{\\{[<%]\\s{0,20}/\\s{0,20}${hugo}\\s{0,20}[>%]\\}\\}`, 'g');
}

/** Template code blocks, opener to closer; one without a closer hides nothing (it is not a block then). */
export function findTemplateCodeBlocks(text: string): Span[] {
  const spans: Span[] = [];
  for (const { opener, start, end } of findDelimitedBlocks(text, OPENERS, closerFor)) {
    if (opener[1] !== 'raw') {
      spans.push({ start, end });
      continue;
    }
    for (const tag of text.slice(start, end).matchAll(TEMPLATE_TAG)) {
      spans.push({ start: start + tag.index, end: start + tag.index + tag[0].length });
    }
  }
  return spans;
}
