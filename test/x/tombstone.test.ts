import { describe, expect, it } from 'vitest';
import { classifyTombstone } from '../../src/x/tombstone.js';

describe('classifyTombstone', () => {
  it.each([
    ['This Post was deleted by the Post author. Learn more', 'deleted'],
    ['This Tweet was deleted by the Tweet author. Learn more', 'deleted'],
    ['This Post is from a suspended account. Learn more', 'suspended'],
    ['This Tweet is from a suspended account. Learn more', 'suspended'],
    [
      'You’re unable to view this Post because this account owner limits who can view their Posts. Learn more',
      'protected',
    ],
    [
      "You're unable to view this Tweet because this account owner limits who can view their Tweets. Learn more",
      'protected',
    ],
    ['This Post is from an account that no longer exists. Learn more', 'account-gone'],
    ['This Tweet is from an account that no longer exists. Learn more', 'account-gone'],
    ['This Post violated the X Rules. Learn more', 'removed'],
    ['This Tweet violated the Twitter Rules. Learn more', 'removed'],
    [
      'Age-restricted adult content. This content might not be appropriate for people under 18 years old. To view this media, you’ll need to log in to X. Learn more',
      'age-restricted',
    ],
    ['This Post has been withheld in Germany in response to a legal demand. Learn more', 'withheld'],
    ['This Post is unavailable. Learn more', 'unavailable'],
  ])('classifies "%s" as %s', (text, status) => {
    expect(classifyTombstone(text)).toBe(status);
  });

  it('calls an empty tombstone unavailable, never deleted', () => {
    expect(classifyTombstone('')).toBe('unavailable');
    expect(classifyTombstone(undefined)).toBe('unavailable');
  });

  it('calls text it does not recognize unavailable, never deleted', () => {
    expect(classifyTombstone('Ce post a été supprimé par son auteur.')).toBe('unavailable');
    expect(classifyTombstone('Something went wrong. Try reloading.')).toBe('unavailable');
  });
});
