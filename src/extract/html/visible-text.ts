import { attr, classTokens, type DomNode, isElement } from './dom-node.js';

/** An anchor as rendered: its place in the rendered text, its href and its displayed text. */
export interface RenderedAnchor {
  start: number;
  end: number;
  href: string;
  text: string;
}

export interface RenderedText {
  text: string;
  anchors: RenderedAnchor[];
}

const NOT_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'section',
]);

/**
 * Renders nodes to the text a reader sees: tags removed, `<br>` → newline, paragraphs → blank line,
 * source whitespace collapsed, entities already decoded by the parser, emoji `<img alt>` kept.
 * `skip` leaves out whole subtrees (e.g. a nested embed shown as a quote).
 */
export function renderVisible(nodes: readonly DomNode[], skip?: (node: DomNode) => boolean): RenderedText {
  const parts: string[] = [];
  const anchors: RenderedAnchor[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  // Work list of nodes and anchor-closing markers, so deep trees need no recursion.
  type Item = { node: DomNode } | { close: RenderedAnchor } | { blockEnd: true };
  const stack: Item[] = [...nodes].reverse().map((node) => ({ node }));
  while (stack.length > 0) {
    const item = stack.pop() as Item;
    if ('close' in item) {
      item.close.end = length;
      item.close.text = parts.join('').slice(item.close.start);
      anchors.push(item.close);
      continue;
    }
    if ('blockEnd' in item) {
      push('\n\n');
      continue;
    }
    const node = item.node;
    if (node.type === 'text') {
      push((node.data ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (!isElement(node) || NOT_RENDERED.has(node.name ?? '') || skip?.(node)) continue;
    const name = node.name ?? '';
    if (name === 'br') {
      push('\n');
      continue;
    }
    if (name === 'img') {
      const classes = classTokens(node);
      if (classes.some((c) => c.includes('emoji') || c.includes('smiley'))) push(attr(node, 'alt') ?? '');
      continue;
    }
    const children = node.children ?? [];
    if (BLOCKS.has(name)) stack.push({ blockEnd: true });
    if (name === 'a')
      stack.push({ close: { start: length, end: length, href: attr(node, 'href') ?? '', text: '' } });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode });
  }
  return { text: parts.join(''), anchors };
}

/** Tidies rendered text: no spaces around newlines, at most one blank line, trimmed. */
export function tidyText(text: string): string {
  return text
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
