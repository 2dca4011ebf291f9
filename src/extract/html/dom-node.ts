import { load } from 'cheerio';

/** The parts of a htmlparser2 node we read; indices point into the parsed text (endIndex inclusive). */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
  startIndex: number | null;
  endIndex: number | null;
}

/**
 * Parses HTML (or Markdown with raw HTML) with htmlparser2 through cheerio: no implied <html>/<body>,
 * no re-parenting, so every node keeps its exact source span.
 */
export function parseDom(text: string): DomNode {
  const $ = load(
    text,
    {
      xml: {
        xmlMode: false,
        withStartIndices: true,
        withEndIndices: true,
        recognizeSelfClosing: true,
        decodeEntities: true,
        lowerCaseTags: true,
        lowerCaseAttributeNames: true,
      },
    },
    false,
  );
  return $.root()[0] as unknown as DomNode;
}

export function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(node: DomNode, name: string): string | undefined {
  return node.attribs?.[name];
}

/** Class names, from `class` or JSX's `className` (MDX pages paste embeds as JSX). */
export function classTokens(node: DomNode): string[] {
  return (attr(node, 'class') ?? attr(node, 'classname') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Source span of a node as [start, end) in the parsed text. */
export function nodeSpan(node: DomNode): { start: number; end: number } {
  const start = node.startIndex ?? 0;
  return { start, end: (node.endIndex ?? start) + 1 };
}

/** Nearest ancestor (excluding the node) that satisfies `test`. */
export function findAncestor(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  for (let p = node.parent ?? null; p; p = p.parent ?? null) if (test(p)) return p;
  return undefined;
}

/** Depth-first, document-order list of descendants (iterative: deep documents must not overflow the stack). */
export function descendants(root: DomNode): DomNode[] {
  const out: DomNode[] = [];
  const stack: DomNode[] = [...(root.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    out.push(node);
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  return out;
}
