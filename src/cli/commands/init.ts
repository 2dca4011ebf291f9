import { open } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../config-file.js';
import { UsageError } from '../exit-code.js';

/** Where editors find the schema once citecheck is installed in the project. */
const SCHEMA_PATH = './node_modules/citecheck/schema/config.schema.json';

/**
 * A starting config: the common options at their defaults, one example exception, and `$comment`s in
 * place of the comments JSON does not have. Every key is described by the schema `$schema` names, so an
 * editor shows its documentation and completes the others.
 */
export function starterConfig(): string {
  const config = {
    $schema: SCHEMA_PATH,
    $comment:
      'citecheck verify reads this file from the working directory (or --config FILE); flags override it. Every verify flag has a key of the same name, camel-cased (--fail-on → failOn): see the $schema for all of them.',
    out: 'reports',
    format: ['html', 'json', 'md'],
    failOn: 'error',
    cacheDir: 'cache',
    rate: [],
    ignore: [
      {
        $comment:
          'A reviewed exception. Match by check, status, handle and/or path (a glob); reason is required; until (YYYY-MM-DD) ends it. Suppressed findings stay listed in every report. Delete this example or make it yours.',
        check: 'status-deleted',
        path: 'articles/example-about-a-deleted-post.md',
        reason: 'The article is about this deletion: the cited post is meant to be gone.',
        until: '2099-12-31',
      },
    ],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** `citecheck init`: writes the starter config, never over an existing file. */
export async function runInit(target: string = CONFIG_FILE_NAME): Promise<number> {
  const file = path.resolve(target);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${target} already exists: not overwritten (edit it, or remove it first)`);
    }
    throw new UsageError(`cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await handle.writeFile(starterConfig());
  } finally {
    await handle.close();
  }
  console.log(
    `wrote ${target}: output in reports/ as HTML, JSON and Markdown, failing on errors, cache in cache/,`,
  );
  console.log(
    '  and one example ignore entry to adapt or delete. Editors complete and document every key via $schema.',
  );
  return 0;
}
