/**
 * Decodes the three entities X leaves escaped in post text (`&lt;`, `&gt;`, then `&amp;`).
 * `&amp;` goes last so `&amp;lt;` stays the literal text `&lt;`.
 */
export function decodeTweetText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
