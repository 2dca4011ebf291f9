import { createHash } from 'node:crypto';

/** CSP source expression for an inline element's exact text: `'sha256-<base64>'`. */
export function cspHash(inlineText: string): string {
  return `'sha256-${createHash('sha256').update(inlineText, 'utf8').digest('base64')}'`;
}

/**
 * A policy that lets only the given inline style and script run (by hash), loads nothing from anywhere,
 * and allows images only as data: URLs. `base-uri` and `form-action` do not fall back to default-src.
 */
export function strictPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    `script-src ${cspHash(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
