import type { CheckId } from '../checks.js';
import type { Citation } from '../citation.js';
import type { RetrievedPost } from '../result.js';
import { foldTypography, normalizeText } from './normalize-text.js';
import { compareText, SIMILAR_THRESHOLD } from './text.js';
import { diffWordsOf } from './word-diff.js';

/** Which of an account's posts an ID-less citation shows, judged by text alone. */
export type CandidateChoice =
  | { kind: 'chosen'; post: RetrievedPost; confidence: 'high' | 'medium' | 'low'; evidence: string }
  | { kind: 'none'; detail: string };

// The text agrees with the post: the same words, maybe cut short or in other typography.
const AGREES: ReadonlySet<string> = new Set<CheckId>([
  'text-exact',
  'text-equivalent',
  'text-typographic',
  'text-case-changed',
  'text-truncated',
]);
// Short texts ("Oopsie…") could be any post of the day: they never make a high-confidence match.
const MIN_CONFIDENT_LENGTH = 20;
// How much closer a merely similar text must be than the runner-up to be taken.
const CLEAR_MARGIN = 0.15;

interface Scored {
  post: RetrievedPost;
  agrees: boolean;
  check: string | undefined;
  similarity: number;
}

function score(citation: Citation, post: RetrievedPost): Scored {
  const check = compareText(citation, { post, archived: false })[0]?.check;
  const article = foldTypography(normalizeText(citation.text ?? '', post.links)).toLowerCase();
  const retrieved = foldTypography(normalizeText(post.text, post.links)).toLowerCase();
  const similarity = diffWordsOf(article, retrieved).similarity;
  return { post, agrees: check !== undefined && AGREES.has(check), check, similarity };
}

/**
 * Picks the candidate whose text the article shows. PURE. One agreeing text is a match (high confidence
 * when it is long enough to be unique); several agreeing is a low-confidence match on the closest; with
 * none agreeing, a similar text counts (low) only when it stands clear of the next one, since an
 * account's posts of one day often differ in a word or two. Candidates come from the archive's list of
 * the account's posts around the cited date, so handle and date already agree.
 */
export function chooseCandidateByText(citation: Citation, posts: readonly RetrievedPost[]): CandidateChoice {
  const text = citation.text?.trim() ?? '';
  if (text === '') return { kind: 'none', detail: 'the article shows no text to match against' };
  const scored = posts
    .map((post) => score(citation, post))
    .sort((a, b) => Number(b.agrees) - Number(a.agrees) || b.similarity - a.similarity);
  const [best, second] = scored;
  const percent = (s: Scored) => `${Math.round(s.similarity * 100)}% of words in common`;
  if (best?.agrees) {
    const others = scored.filter((s) => s.agrees && s !== best).map((s) => s.post.id);
    const long = Array.from(text).length >= MIN_CONFIDENT_LENGTH && best.check !== 'text-truncated';
    const confidence = others.length > 0 ? 'low' : long ? 'high' : 'medium';
    const also = others.length > 0 ? `; ${others.join(', ')} agree as well` : '';
    return {
      kind: 'chosen',
      post: best.post,
      confidence,
      evidence: `${best.post.id}: its text agrees (${best.check})${also}`,
    };
  }
  if (!best || best.similarity < SIMILAR_THRESHOLD) {
    return { kind: 'none', detail: `none of the ${posts.length} posts read has the cited text` };
  }
  if (second && best.similarity - second.similarity < CLEAR_MARGIN) {
    return {
      kind: 'none',
      detail: `none of the ${posts.length} posts read has the cited text, and the closest (${best.post.id}, ${second.post.id}) are about as similar`,
    };
  }
  return {
    kind: 'chosen',
    post: best.post,
    confidence: 'low',
    evidence: `${best.post.id}: its text is the closest (${percent(best)})`,
  };
}
