import type { PostState } from './scenario.js';

/** English tombstone wording per state (reference §1.3); withheld wording is the web UI's, unverified for syndication. */
export function tombstoneText(state: PostState, handle: string): string {
  switch (state.status) {
    case 'deleted':
      return 'This Post was deleted by the Post author. Learn more';
    case 'suspended':
      return 'This Post is from a suspended account. Learn more';
    case 'protected':
      return 'You’re unable to view this Post because this account owner limits who can view their Posts. Learn more';
    case 'account-gone':
      return 'This Post is from an account that no longer exists. Learn more';
    case 'removed':
      return 'This Post violated the X Rules. Learn more';
    case 'age-restricted':
      return 'Age-restricted adult content. This content might not be appropriate for people under 18 years old. To view this media, you’ll need to log in to X. Learn more';
    case 'withheld':
      return `This Post from @${handle} has been withheld in ${countryNames(state.countries)} in response to a legal demand. Learn more`;
    default:
      return 'This Post is unavailable. Learn more';
  }
}

function countryNames(codes: string[]): string {
  const names = new Intl.DisplayNames('en', { type: 'region' });
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(
    codes.map((code) => names.of(code) ?? code),
  );
}

/** A syndication `TweetTombstone` body with the "Learn more" link entity. */
export function tombstoneBody(text: string): unknown {
  const learnMore = 'Learn more';
  const from = Array.from(text).length - Array.from(learnMore).length;
  return {
    __typename: 'TweetTombstone',
    tombstone: {
      text: {
        text,
        rtl: false,
        entities: text.endsWith(learnMore)
          ? [
              {
                from_index: from,
                to_index: from + learnMore.length,
                ref: {
                  __typename: 'TimelineUrl',
                  url: 'https://help.x.com/rules-and-policies/notices-on-x',
                  url_type: 'ExternalUrl',
                },
              },
            ]
          : [],
      },
    },
  };
}
