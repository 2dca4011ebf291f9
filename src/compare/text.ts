import type { CheckId } from '../checks.js';
import type { Citation } from '../citation.js';
import type { FieldVerdict, RetrievedPost } from '../result.js';
import { type ComparedPost, labelArchived } from './compared-post.js';
import { foldTypography, normalizeText } from './normalize-text.js';
import { settleTextBoundary } from './text-boundary.js';
import { createVerdict } from './verdict.js';
import { diffWordsOf } from './word-diff.js';

/** Word-diff similarity from which a changed text counts as "similar" rather than "different". */
export const SIMILAR_THRESHOLD = 0.6;
// A truncated prefix shorter than this could match almost anything ("Oopsie…").
const MIN_PREFIX_LENGTH = 20;
// X's cut marks, after typography folding: "…", "more…", "Show more".
const CUT_MARKS = [/\s*\.\.\.$/u, /\s*(?:show\s*)?more\s*\.\.\.$/iu, /\s*show\s*more$/iu];
// A word that is a link: with a scheme, or a host with a path (the display form X shows, e.g. example.org/a…).
const LINK_WORD = /^(?:https?:\/\/\S+|(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*)$/u;

/** Drops the words at the very end of a text that `isDropped` picks, word by word (no backtracking). */
function withoutTrailingWords(text: string, isDropped: (word: string) => boolean): string {
  const words = text.split(' ');
  while (words.length > 1 && isDropped(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** Drops the links at the very end of a text ("Watch: https://t.co/x"). */
function withoutTrailingLinks(text: string): string {
  return withoutTrailingWords(text, (word) => LINK_WORD.test(word));
}

/**
 * The display forms of the post's own links that its displayed text leaves out: a quote post's link
 * past `display_text_range`, which the widget shows as the quoted card but oEmbed's paragraph still
 * ends with. An article copying that paragraph is right to show it.
 */
function hiddenLinkForms(post: RetrievedPost, retrieved: string): Set<string> {
  const forms = new Set<string>();
  for (const link of post.links) {
    if (link.kind !== 'url') continue;
    const form = normalizeText(link.url, post.links);
    if (form !== '' && !retrieved.includes(form)) forms.add(form);
  }
  return forms;
}
// Reply mentions that syndication keeps in `text` while embeds show them as "Replying to".
const LEADING_MENTIONS = /^(?:@\w{1,15}\s+)+/u;

/**
 * The post without the reply mentions the article leaves out. A reply's own text may itself start with a
 * mention ("@a @b @c look", shown as "@c look" under "Replying to @a @b"), so when the article starts with
 * one, only the mentions before the article's first word are dropped.
 */
function withoutReplyMentions(post: string, article: string): string {
  const lead = LEADING_MENTIONS.exec(post)?.[0] ?? '';
  if (!article.startsWith('@')) return post.slice(lead.length);
  const first = article.split(' ', 1)[0] ?? '';
  let cut = 0;
  for (const mention of lead.matchAll(/@\w{1,15}\s+/gu)) {
    if (mention[0].trim() === first) return post.slice(cut);
    cut += mention[0].length;
  }
  return post;
}

function stemsOf(text: string): string[] {
  const stems: string[] = [];
  for (const mark of CUT_MARKS) {
    const stem = text.replace(mark, '');
    if (stem !== text && Array.from(stem).length >= MIN_PREFIX_LENGTH) stems.push(stem.toLowerCase());
  }
  return stems;
}

// Flattened copies lose line breaks ("imprison.@nayibbukele"), so spacing never decides a comparison.
function withoutSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}

function isConsistentPrefix(foldedArticle: string, foldedPost: string, postTruncated: boolean): boolean {
  const article = withoutSpaces(foldedArticle);
  const post = withoutSpaces(foldedPost);
  const lowerPost = post.toLowerCase();
  const lowerArticle = article.toLowerCase();
  if (stemsOf(article).some((stem) => lowerPost.startsWith(stem))) return true;
  if (!postTruncated) return false;
  const postStems = [...stemsOf(post), ...(Array.from(post).length >= MIN_PREFIX_LENGTH ? [lowerPost] : [])];
  const articleStems = [...stemsOf(article), lowerArticle];
  return postStems.some((postStem) =>
    articleStems.some((articleStem) => articleStem.startsWith(postStem) || postStem.startsWith(articleStem)),
  );
}

function hasEditHistory(post: RetrievedPost): boolean {
  const edit = post.edit;
  return edit !== null && (edit.isEdited || edit.isStaleEdit || edit.editIds.length > 1);
}

/**
 * Classifies the article's copy of the post text against the retrieved text, from the mildest to the
 * strongest difference: exact, equivalent (invisible/link-form differences), typographic, case, truncated
 * prefix, edited post, similar, different. No verdict when the article shows no text (ID-only embeds).
 */
export function compareText(citation: Citation, compared: ComparedPost): FieldVerdict[] {
  if (citation.text === null || citation.text.trim() === '') return [];
  const { post, archived } = compared;
  // A run-on or multi-paragraph post's uncertain start, settled against the retrieved text.
  const boundary = settleTextBoundary(citation, post);
  const cited = boundary.text;
  const evidence = { expected: cited, actual: post.text };
  const say = (check: CheckId, message: string, diff?: ReturnType<typeof diffWordsOf>['parts']) =>
    createVerdict(
      check,
      labelArchived(`${message}${boundary.note}`, archived),
      diff === undefined ? evidence : { ...evidence, diff },
    );

  if (cited === post.text) return [say('text-exact', 'The text matches the post exactly.')];
  const shownArticle = normalizeText(cited, post.links);
  const fullPost = normalizeText(post.text, post.links);
  const withoutMentions = withoutReplyMentions(fullPost, shownArticle);
  // Citations that show no links at all (a wikitext |title=, a quote typed by hand) leave out the post's
  // trailing link: that omission is the link check's business, not a text difference.
  const retrieved =
    citation.links.length === 0 && withoutTrailingLinks(shownArticle) === shownArticle
      ? withoutTrailingLinks(withoutMentions)
      : withoutMentions;
  const hidden = hiddenLinkForms(post, retrieved);
  const article = withoutTrailingWords(shownArticle, (word) => hidden.has(word));
  if (article === retrieved) {
    return [
      say(
        'text-equivalent',
        'The text matches the post once invisible characters and link forms are normalized.',
      ),
    ];
  }
  const shown = diffWordsOf(article, retrieved);
  const foldedArticle = foldTypography(article);
  const foldedPost = foldTypography(retrieved);
  if (withoutSpaces(foldedArticle) === withoutSpaces(foldedPost)) {
    return [
      say(
        'text-typographic',
        'The text differs from the post only in quotes, apostrophes, dashes, ellipses or spacing.',
        shown.parts,
      ),
    ];
  }
  if (withoutSpaces(foldedArticle).toLowerCase() === withoutSpaces(foldedPost).toLowerCase()) {
    return [say('text-case-changed', 'The text differs from the post only in letter case.', shown.parts)];
  }
  if (isConsistentPrefix(foldedArticle, foldedPost, post.truncated)) {
    const message = !post.truncated
      ? 'The article shows a truncated prefix of the post that agrees with it as far as it goes.'
      : post.truncation === 'long-post-preview'
        ? 'X sent only the preview of a long post, and the article agrees with it as far as it goes.'
        : 'The retrieved text is only a prefix of the post, and the article agrees with it as far as it goes.';
    return [say('text-truncated', message)];
  }
  const similarity = diffWordsOf(foldedArticle.toLowerCase(), foldedPost.toLowerCase()).similarity;
  const percent = `${Math.round(similarity * 100)}%`;
  if (hasEditHistory(post)) {
    return [
      say(
        'text-edited',
        `The post has been edited since and its text differs (${percent} similar).`,
        shown.parts,
      ),
    ];
  }
  if (similarity >= SIMILAR_THRESHOLD) {
    return [
      say('text-similar', `The text differs from the post in some words (${percent} similar).`, shown.parts),
    ];
  }
  return [say('text-different', `The text does not match the post (${percent} similar).`, shown.parts)];
}
