/**
 * Makes untrusted text inert in GitHub Markdown on one line: newlines collapse to spaces, Markdown
 * punctuation is backslash-escaped, `<`/`>`/`&` become entities (no raw HTML), and `@name` / `#123`
 * get a zero-width space after the sigil so a PR comment never pings the cited accounts or links issues.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => MARKDOWN_ENTITIES[char] ?? char)
    .replace(/@(?=\w)/g, '@\u200B')
    .replace(/#(?=\d)/g, '#\u200B');
}

const MARKDOWN_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A Markdown link target for an http(s) URL: parentheses, spaces and angle brackets percent-encoded. */
export function markdownUrl(href: string): string {
  return href.replace(
    /[()<> ]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
