import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { ARTICLE_EXTENSIONS } from '../extract/index.js';
import { fileKind } from './read-regular-file.js';

/** One resolved input: a file path, a URL, stdin, or a spec that matched nothing (or nothing readable). */
export type InputEntry =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'missing'; spec: string; message: string };

export interface ResolveInputsOptions {
  cwd: string;
  /**
   * Folders whose files are never inputs: the run's own --out and cache folders, so `verify .` never reads
   * its own reports back as articles. Files under them are skipped by folder walks and globs; a spec naming
   * one is an error entry.
   */
  exclude?: readonly string[];
}

const URL_SPEC = /^https?:\/\//i;
const GLOB_CHARS = /[*?[\]{}]/;

/** A candidate file: readable as an article (its real path), or why not. */
type Checked = { ok: true; real: string } | { ok: false; message: string };

/**
 * Resolves specs to entries: sorted, without duplicates. Files are kept only if they are regular files once
 * links are resolved, and each real file once (under its shortest name), so a symlink loop matched by a glob
 * is one input, not one per trip round the loop.
 */
export async function resolveInputs(
  specs: readonly string[],
  options: ResolveInputsOptions,
): Promise<InputEntry[]> {
  const files = new Map<string, string>();
  const urls = new Set<string>();
  const missing: InputEntry[] = [];
  const excluded = await Promise.all((options.exclude ?? []).map(realFolder));
  const isExcluded = (real: string) => excluded.some((dir) => isInside(real, dir));
  let stdin = false;
  /** `spec` is what the user typed when they named this file, else undefined (found by a walk or glob). */
  const addFile = async (file: string, spec?: string) => {
    const checked = await checkFile(file);
    const source = spec ?? displayPath(file, options.cwd);
    if (!checked.ok) missing.push({ kind: 'missing', spec: source, message: checked.message });
    else if (isExcluded(checked.real)) {
      // Found by a walk or a glob, one of the run's own files is silently not an input; named, it is an error.
      if (spec !== undefined) missing.push({ kind: 'missing', spec, message: OWN_OUTPUT });
    } else {
      const known = files.get(checked.real);
      if (known === undefined || shorter(file, known)) files.set(checked.real, file);
    }
  };
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
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error && info.code === 'ELOOP') {
      missing.push({ kind: 'missing', spec, message: 'symbolic link loop: not read' });
    } else if (!(info instanceof Error) && info.isDirectory()) {
      const real = await realpath(absolute);
      if (isExcluded(real)) missing.push({ kind: 'missing', spec, message: OWN_OUTPUT });
      else for (const file of await walkFolder(absolute, isExcluded)) await addFile(file);
    } else if (!(info instanceof Error)) {
      await addFile(absolute, spec);
    } else if (GLOB_CHARS.test(spec)) {
      const matched = await glob(spec, {
        cwd: options.cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**'],
      });
      if (matched.length === 0)
        missing.push({ kind: 'missing', spec, message: 'no files match this pattern' });
      for (const file of matched) await addFile(path.normalize(file));
    } else {
      missing.push({ kind: 'missing', spec, message: 'no such file or folder' });
    }
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [
    ...(stdin ? [{ kind: 'stdin' } as const] : []),
    ...[...files.values()].sort(byText).map((file) => ({ kind: 'file', path: file }) as const),
    ...[...urls].sort(byText).map((url) => ({ kind: 'url', url }) as const),
    ...missing,
  ];
}

const OWN_OUTPUT =
  "inside this run's --out or cache folder: citecheck never reads its own output as an article";

/** A regular file once links are resolved (a link to /dev/zero, a FIFO, a loop are not), or why not. */
async function checkFile(file: string): Promise<Checked> {
  try {
    const real = await realpath(file);
    const info = await stat(real);
    if (info.isFile()) return { ok: true, real };
    return { ok: false, message: `not a regular file (${fileKind(info)}): not read` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, message: 'symbolic link loop: not read' };
    if (code === 'ENOENT') return { ok: false, message: 'broken symbolic link: not read' };
    return {
      ok: false,
      message: `could not read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** The real path of a folder that may not exist yet (an --out folder created by this run). */
async function realFolder(dir: string): Promise<string> {
  return realpath(dir).catch(() => path.resolve(dir));
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The name a file found under several names is listed by: the shortest, then the first in sort order. */
function shorter(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

/**
 * Article files under a folder, skipping node_modules, dot-folders and excluded folders. Symbolic links are
 * followed (a linked article is read like any other); each real folder is entered once, so a link loop ends.
 */
async function walkFolder(root: string, isExcluded: (real: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const pending = [root];
  const entered = new Set<string>();
  // Breadth first: a folder reached under two names is entered under the shorter one.
  for (let next = 0; next < pending.length; next++) {
    const dir = pending[next] as string;
    const real = await realpath(dir).catch(() => undefined);
    if (real === undefined || entered.has(real) || isExcluded(real)) continue;
    entered.add(real);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const isDirectory = entry.isSymbolicLink()
        ? await stat(full).then(
            (info) => info.isDirectory(),
            () => false,
          )
        : entry.isDirectory();
      if (isDirectory) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      } else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        // Regular or not, a file named as an article is a candidate: checkFile says why one is not read.
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
export async function listInputs(specs: readonly string[], options: ResolveInputsOptions): Promise<string[]> {
  const entries = await resolveInputs(specs, options);
  return entries.flatMap((e) =>
    e.kind === 'file' ? [e.path] : e.kind === 'url' ? [e.url] : e.kind === 'stdin' ? ['-'] : [],
  );
}

/** Paths inside cwd are shown relative (stable across machines), others absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : file;
}
