/**
 * Characters a terminal or a CI log acts on instead of showing: C0 and C1 controls (newline, ESC, BEL…),
 * DEL, and the bidirectional overrides and isolates that reorder what is shown (Trojan Source).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_BREAKS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The escape a control character is shown as: `\n`, `\x1b`, `\u202e`. */
function visible(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text from file names or posts, safe to print on one terminal or log line: every control character is
 * shown as its escape, so a file named `x\n::error …` cannot start a line of its own (a workflow command)
 * and ESC/BEL sequences cannot drive the terminal.
 */
export function showControls(text: string): string {
  return text.replace(CONTROLS, visible);
}

/** showControls for text whose line breaks are encoded by the caller (workflow-command data). */
export function showControlsButLineBreaks(text: string): string {
  return text.replace(CONTROLS_BUT_LINE_BREAKS, visible);
}
