import { describe, expect, it } from 'vitest';
import { compareCitation } from '../../src/compare/index.js';
import { compareLatestEdit } from '../../src/compare/latest-edit.js';
import { available, found, makeCitation, makePost } from './factories.js';

const cited = 'The committee meets on June 3 in the old library. All welcome.';

describe('compareLatestEdit', () => {
  it('warns with a diff when the newest version of an edited post reads differently from the cited one', () => {
    const latest = makePost({
      id: '2',
      text: 'The committee meets on June 10 in the old library. All welcome.',
    });
    const [verdict] = compareLatestEdit(makeCitation({ text: cited }), latest);
    expect(verdict?.check).toBe('text-edited');
    expect(verdict?.severity).toBe('warning');
    expect(verdict?.actual).toBe(latest.text);
    expect(verdict?.diff?.filter((part) => part.op !== 'equal').map((part) => part.text.trim())).toEqual([
      '3',
      '10',
    ]);
  });

  it('says nothing when the newest version only differs in typography', () => {
    const article = "It's on June 3 in the old library - all welcome.";
    const latest = makePost({ text: 'It’s on June 3 in the old library — all welcome.' });
    expect(compareLatestEdit(makeCitation({ text: article }), makePost({ text: article }))).toEqual([]);
    expect(compareLatestEdit(makeCitation({ text: article }), latest)).toEqual([]);
  });

  it('is part of compareCitation only when the pipeline found a newer version', () => {
    const citation = makeCitation({ text: cited });
    const post = makePost({ text: cited });
    const input = { citation, resolution: found(post.id), lookup: available(post), links: [] };
    expect(compareCitation(input).map((v) => v.check)).not.toContain('text-edited');
    const latestEdit = makePost({ text: 'Meeting cancelled.' });
    expect(compareCitation({ ...input, latestEdit }).map((v) => v.check)).toContain('text-edited');
  });

  it('judges an article that quotes the newest version (while citing the older ID) against that version', () => {
    const older = makePost({
      id: '1862267607274885401',
      text: 'Set reminders for the Space tonight 🚀',
      edit: { isEdited: false, isStaleEdit: true, editIds: ['1862267607274885401', '1862267607274885499'] },
    });
    const newest = makePost({
      ...older,
      id: '1862267607274885499',
      text: 'Set a reminder for the Space tonight 🚀',
    });
    const input = { resolution: found(older.id), lookup: available(older), links: [], latestEdit: newest };
    const quotesNewest = compareCitation({
      ...input,
      citation: makeCitation({ text: newest.text, links: [] }),
    });
    expect(quotesNewest.filter((v) => v.field === 'text')).toEqual([
      expect.objectContaining({ check: 'text-exact', severity: 'ok', actual: newest.text }),
    ]);
    // An article quoting the older version still hears that the post now reads differently.
    const quotesOlder = compareCitation({
      ...input,
      citation: makeCitation({ text: older.text, links: [] }),
    });
    expect(quotesOlder.filter((v) => v.field === 'text').map((v) => v.check)).toEqual([
      'text-exact',
      'text-edited',
    ]);
  });
});
