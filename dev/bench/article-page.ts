import type { FileKind } from './article-forms.js';
import { between, paragraph, pick, type Random, sentence } from './invented-text.js';

/** Markup that mentions X without citing a post: share and follow buttons, profile links, CSS. */
function htmlTraps(random: Random): string {
  const handle = pick(random, ['harbourdesk', 'citynotes', 'fieldnotes']);
  return [
    `<a class="share" href="https://twitter.com/intent/tweet?text=${encodeURIComponent(sentence(random, 3, 5))}">Share on X</a>`,
    `<a href="https://twitter.com/${handle}">Follow @${handle}</a>`,
    `<a href="https://x.com/${handle}?ref_src=twsrc%5Etfw" class="twitter-follow-button">Follow</a>`,
  ].join('\n');
}

function htmlPage(title: string, body: string[], random: Random): string {
  const nav = Array.from(
    { length: between(random, 6, 14) },
    (_, i) => `<li><a href="/section-${i}/">Section ${i}</a></li>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    `<meta name="description" content="${sentence(random)}">`,
    `<meta property="og:title" content="${title}">`,
    '<link rel="stylesheet" href="/assets/site.css">',
    '<style>.twitter-tweet { margin: 1em auto; } blockquote { border-left: 3px solid #ccc; }</style>',
    `<script type="application/ld+json">{"@type":"BlogPosting","headline":${JSON.stringify(title)},"@context":"https://schema.org"}</script>`,
    '</head>',
    '<body>',
    `<header><nav><ul>${nav.join('')}</ul></nav></header>`,
    '<main><article>',
    `<h1>${title}</h1>`,
    ...body,
    '</article></main>',
    `<footer>${random() < 0.6 ? htmlTraps(random) : ''}<p>© Example Site</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A code fence holding an embed example: rendered as code, so it cites nothing. */
export function fencedEmbedTrap(embed: string): string {
  return `\`\`\`html\n${embed}\n\`\`\``;
}

/**
 * Lays out an article of `kind` around its rendered citations (invented prose between them). Returns
 * the file text; citations keep their order.
 */
export function renderPage(kind: FileKind, title: string, citations: string[], random: Random): string {
  const blocks: string[] = [];
  const paragraphs = between(random, 3, 9);
  const slots = new Map<number, string[]>();
  for (const citation of citations) {
    const at = between(random, 1, paragraphs);
    slots.set(at, [...(slots.get(at) ?? []), citation]);
  }
  for (let index = 0; index <= paragraphs; index++) {
    const text = paragraph(random);
    blocks.push(kind === 'html' ? `<p>${text}</p>` : text);
    for (const citation of slots.get(index) ?? []) blocks.push(citation);
  }
  switch (kind) {
    case 'html':
      return htmlPage(title, blocks, random);
    case 'md':
    case 'mdx':
      return `---\ntitle: "${title}"\ndate: 2024-0${between(random, 1, 9)}-1${between(random, 0, 9)}\n---\n\n${blocks.join('\n\n')}\n`;
    case 'txt':
      return `${title}\n${blocks.join('\n')}\n`;
    case 'wiki':
      return `'''${title}''' is a topic.\n\n== History ==\n${blocks.join('\n\n')}\n\n== References ==\n<references />\n`;
  }
}
