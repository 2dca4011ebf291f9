import { readFileSync } from 'node:fs';

/** citecheck's version, read from package.json beside dist/ (one source of truth). */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
}
