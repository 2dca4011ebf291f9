import { errorPage, jsonResponse } from './error-page.js';
import type { ScenarioIndex } from './scenario-index.js';
import { tombstoneBody, tombstoneText } from './tombstone-text.js';
import { tweetResultBody } from './tweet-result-body.js';

/**
 * `cdn.syndication.twimg.com/tweet-result?id=…&token=…` (reference §1.3).
 * A token is required (any value, as yt-dlp's random tokens show) and its absence answers `{}`, like ID 0.
 */
export function answerTweetResult(query: URLSearchParams, index: ScenarioIndex): Response {
  const id = query.get('id') ?? '';
  if (!/^\d{1,40}$/.test(id)) return jsonResponse({ error: 'Bad request.' }, 400);
  const token = query.get('token');
  if (token === null || token === '' || /^0+$/.test(id)) return jsonResponse({});
  if (id.length > 20 || BigInt(id) >= 1n << 64n) return jsonResponse({ error: 'Bad request.' }, 400);
  const post = index.post(id);
  if (!post) return errorPage(404, 'Sorry, that page does not exist');
  const state = post.state;
  switch (state.status) {
    case 'available':
      return jsonResponse(tweetResultBody(post, index));
    case 'never-existed':
      return state.response === 'errors'
        ? jsonResponse({ errors: [{ message: "Couldn't find Tweet" }] })
        : errorPage(404, 'Sorry, that page does not exist');
    case 'account-gone':
      if (state.response === 'user-less')
        return jsonResponse(tweetResultBody(post, index, { userLess: true }));
      break;
    case 'age-restricted':
      if (state.response === 'empty') return jsonResponse({});
      if (state.response === 'empty-tombstone')
        return jsonResponse({ __typename: 'TweetTombstone', tombstone: {} });
      if (state.response === 'bare-tombstone') return jsonResponse({ __typename: 'TweetTombstone' });
      break;
  }
  return jsonResponse(tombstoneBody(tombstoneText(state, post.author.handle)));
}
