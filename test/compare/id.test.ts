import { describe, expect, it } from 'vitest';
import { compareId } from '../../src/compare/id.js';
import { DIET_COKE_ID, found, live, makePost, statusIdAt } from './factories.js';

describe('compareId', () => {
  it('notes a cited ID that is an older version of an edited post, with the newest ID', () => {
    const newest = statusIdAt('2025-03-28T19:30:00.000Z');
    const post = makePost({ edit: { isEdited: true, isStaleEdit: true, editIds: [DIET_COKE_ID, newest] } });
    const [verdict] = compareId(found(DIET_COKE_ID), live(post));
    expect(verdict).toMatchObject({
      field: 'id',
      check: 'id-stale-edit',
      severity: 'notice',
      expected: DIET_COKE_ID,
      actual: newest,
    });
    expect(verdict?.message).toContain(newest);
  });

  it('says nothing about the latest version of an edited post', () => {
    const newest = statusIdAt('2025-03-28T19:30:00.000Z');
    const post = makePost({
      id: newest,
      edit: { isEdited: true, isStaleEdit: false, editIds: [DIET_COKE_ID, newest] },
    });
    expect(compareId(found(newest), live(post))).toEqual([]);
  });
});
