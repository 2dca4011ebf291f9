import type { FieldVerdict, IdResolution } from '../result.js';
import type { ComparedPost } from './compared-post.js';
import { createVerdict } from './verdict.js';

/** A cited ID that is an older version of an edited post: the newest version is the last edit ID. */
export function compareId(resolution: IdResolution, compared: ComparedPost): FieldVerdict[] {
  const edit = compared.post.edit;
  if (resolution.status !== 'found' || edit === null || !edit.isStaleEdit) return [];
  const newest = edit.editIds.at(-1) ?? null;
  const pointer = newest === null || newest === resolution.statusId ? '' : `: the newest is ${newest}`;
  return [
    createVerdict('id-stale-edit', `The cited ID is an older version of an edited post${pointer}.`, {
      expected: resolution.statusId,
      actual: newest,
    }),
  ];
}
