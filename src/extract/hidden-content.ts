import { findFeedMetadata, unwrapCdata } from './html/feed-markup.js';
import { findHiddenRegions, HTML_HIDDEN_ELEMENTS } from './html/hidden-regions.js';
import { findAutolinkBrackets } from './markdown/autolink.js';
import { findCodeRegions } from './markdown/code-regions.js';
import { findFrontMatter } from './markdown/front-matter.js';
import { findScriptComments } from './markdown/script-comments.js';
import { findTemplateCodeBlocks } from './markdown/template-code.js';
import { findTemplateComments } from './markdown/template-comments.js';
import { maskSpans } from './masked-text.js';
import type { Dialect } from './readers.js';

// Each function returns the source with everything a reader never sees as content blanked out (same
// length, same lines), so every index still points at the same place in the original.

// Wikitext shows these verbatim (or not at all), so a template inside them is not a reference.
const WIKI_HIDDEN_ELEMENTS = ['nowiki', 'pre', 'syntaxhighlight', 'source', 'code', 'math', 'score'];

/** Wikitext: comments and verbatim elements. */
export function maskWikitext(text: string): string {
  return maskSpans(text, findHiddenRegions(text, WIKI_HIDDEN_ELEMENTS));
}

/** HTML (and plain text, which may hold some): comments, scripts/styles/JSON-LD, template code, feed metadata. */
export function maskHtml(text: string): string {
  // Jekyll and Hexo pages written in HTML use template code blocks too; feeds wrap pages in CDATA.
  let html = unwrapCdata(maskSpans(text, findTemplateCodeBlocks(text)));
  html = maskSpans(html, findHiddenRegions(html, HTML_HIDDEN_ELEMENTS));
  return maskSpans(html, findFeedMetadata(html));
}

/** Markdown: front matter, script comments (JSX), code, template code and comments, HTML comments. */
export function maskMarkdown(text: string, dialect: Dialect): string {
  const frontMatter = findFrontMatter(text);
  let masked = frontMatter ? maskSpans(text, [frontMatter]) : text;
  if (dialect.script) masked = maskSpans(masked, findScriptComments(masked));
  // Code first: a "<!--" shown inside a code block must not hide the rest of the page.
  masked = maskSpans(masked, findCodeRegions(masked, { indentedCode: dialect.mdx !== true }));
  masked = maskSpans(masked, findTemplateCodeBlocks(masked));
  masked = maskSpans(masked, findTemplateComments(masked));
  masked = maskSpans(masked, findHiddenRegions(masked, HTML_HIDDEN_ELEMENTS));
  return maskSpans(masked, findAutolinkBrackets(masked));
}
