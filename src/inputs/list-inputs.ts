import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

/** Extensions read when recursing into a folder (files named directly are read whatever they are called). */
// Every extension detectFormat knows (Quarto and R Markdown are Markdown), so a folder reads what a path would.
export const ARTICLE_EXTENSIONS = [
  '.html',
  '.htm',
  '.xhtml',
  '.md',
  '.mdx',
  '.markdown',
  '.mdown',
  '.mkd',
  '.qmd',
  '.rmd',
  '.astro',
  '.tsx',
  '.jsx',
  '.txt',
  '.text',
  '.wiki',
  '.wikitext',
  '.mediawiki',
];

/** One resolved input: a file path, a URL, stdin, or a spec that matched nothing. */
export type InputEntry =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'missing'; spec: string; message: string };

const URL_SPEC = /^https?:\/\//i;
const GLOB_CHARS = /[*?[\]{}]/;

/** Resolves specs to entries: sorted, without duplicates (files by absolute path, URLs by text). */
export async function resolveInputs(
  specs: readonly string[],
  options: { cwd: string },
): Promise<InputEntry[]> {
  const files = new Set<string>();
  const urls = new Set<string>();
  const missing: InputEntry[] = [];
  let stdin = false;
  for (const spec of specs) {
    if (spec === '-') {
      stdin = true;
      continue;
    }
    if (URL_SPEC.test(spec)) {
      urls.add(spec);
      continue;
    }
    const absolute = path.resolve(options.cwd, spec);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const file of await walkFolder(absolute)) files.add(file);
    } else if (info?.isFile()) {
      files.add(absolute);
    } else if (GLOB_CHARS.test(spec)) {
      const matched = await glob(spec, {
        cwd: options.cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**'],
      });
      if (matched.length === 0)
        missing.push({ kind: 'missing', spec, message: 'no files match this pattern' });
      for (const file of matched) files.add(path.normalize(file));
    } else {
      missing.push({ kind: 'missing', spec, message: 'no such file or folder' });
    }
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [
    ...(stdin ? [{ kind: 'stdin' } as const] : []),
    ...[...files].sort(byText).map((file) => ({ kind: 'file', path: file }) as const),
    ...[...urls].sort(byText).map((url) => ({ kind: 'url', url }) as const),
    ...missing,
  ];
}

/** Article files under a folder, skipping node_modules and dot-folders. */
async function walkFolder(root: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      } else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        out.push(full);
      }
    }
  }
  return out;
}

/**
 * The resolved, sorted, deduplicated inputs as strings (absolute file paths, URLs, `-`), e.g. to
 * shard them deterministically. Specs that match nothing are left out (readInputs reports them).
 */
export async function listInputs(specs: readonly string[], options: { cwd: string }): Promise<string[]> {
  const entries = await resolveInputs(specs, options);
  return entries.flatMap((e) =>
    e.kind === 'file' ? [e.path] : e.kind === 'url' ? [e.url] : e.kind === 'stdin' ? ['-'] : [],
  );
}
