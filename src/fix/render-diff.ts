import { createTwoFilesPatch } from 'diff';

/**
 * A unified diff of one file (`a/PATH` → `b/PATH`, 3 lines of context) that `git apply` and `patch -p1`
 * read. PURE. Line endings are part of the lines, so a CRLF file's diff keeps its CRs. Empty when equal.
 */
export function renderUnifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const name = path.replaceAll('\\', '/');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
  });
  // jsdiff starts with an "Index:"/"===" banner that patch tools skip; a plain header is easier to review.
  return patch.slice(patch.indexOf('--- '));
}
