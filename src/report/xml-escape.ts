/**
 * Escapes text for XML 1.0 content and attributes. Characters XML 1.0 forbids even as references
 * (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; tab, LF and CR become
 * references so attribute values keep them.
 */
export function escapeXml(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls XML 1.0 forbids is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/[&<>"'\t\n\r]/g, (char) => XML_ESCAPES[char] ?? char)
  );
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
