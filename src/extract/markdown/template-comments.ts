import type { Span } from '../masked-text.js';
import { findDelimitedBlocks } from './delimited-blocks.js';

// {% comment %}…{% endcomment %} (Liquid), {{/* … */}} (Hugo templates), {#  … #} (Nunjucks),
// {/* … */} (MDX/JSX comments).
const COMMENTS = /\{%-?\s*comment\s*-?%\}|\{\{-?\s*\/\*|\{#|\{\s*\/\*/g;

function closerFor(opener: RegExpExecArray): RegExp {
  const text = opener[0];
  if (text.startsWith('{%')) return /\{%-?\s*endcomment\s*-?%\}/g;
  if (text === '{#') return /#\}/g;
  if (text.startsWith('{{')) return /\*\/\s*-?\}\}/g;
  return /\*\/\s*\}/g;
}

/** Template-language comments in Markdown sources: never rendered. */
export function findTemplateComments(text: string): Span[] {
  return findDelimitedBlocks(text, COMMENTS, closerFor).map(({ start, end }) => ({ start, end }));
}
