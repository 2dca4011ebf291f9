import { type CitationDraft, createDraft } from '../citation-draft.js';
import { namedPostFromArgs, parseTemplateArgs } from './template-args.js';

const COMPONENT_START = /<([A-Z][A-Za-z0-9_]{0,60}(?:\.[A-Z][A-Za-z0-9_]{0,60}){0,3})(?=[\s/>])/g;
// Post components by name: <Tweet>, <STweet>, <TweetEmbed>, <EmbeddedTweet>, <TwitterEmbed>, <XEmbed>, <XPost>.
const POST_COMPONENT = /tweet|twitter|^X(?:Embed|Post|Status)?$/i;
const MAX_TAG = 4000;

/**
 * MDX/Astro/JSX post components: `<Tweet id="…" />`, `<STweet id=… />`, `<TweetEmbed tweetId={…} />`,
 * `<Tweet tweetLink="user/status/id" />`, `<XEmbed url=…>`. A component without a post ID is skipped.
 */
export function extractMdxComponents(text: string): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  COMPONENT_START.lastIndex = 0;
  for (let m = COMPONENT_START.exec(text); m !== null; m = COMPONENT_START.exec(text)) {
    const name = m[1] ?? '';
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (!POST_COMPONENT.test(last) && last !== 'Embed') continue;
    const end = findTagEnd(text, m.index + m[0].length);
    if (end === undefined) continue;
    const attributes = text.slice(m.index + m[0].length, end).replace(/\/?>$/, '');
    const post = namedPostFromArgs(parseTemplateArgs(attributes), { positional: false });
    // A generic <Embed> only counts when it names a post URL, never with a bare id.
    if (!post || (last === 'Embed' && !/status/i.test(attributes))) continue;
    drafts.push(createDraft({ kind: 'embed', form: 'mdx', start: m.index, end, ...post }));
    COMPONENT_START.lastIndex = end;
  }
  return drafts;
}

/** Index just after the `>` closing a JSX opening tag; quotes and `{…}` may contain `>`. */
function findTagEnd(text: string, from: number): number | undefined {
  let quote: string | null = null;
  let braces = 0;
  const limit = Math.min(text.length, from + MAX_TAG);
  for (let i = from; i < limit; i++) {
    const ch = text.charAt(i);
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{') braces++;
    else if (ch === '}') braces = Math.max(0, braces - 1);
    else if (ch === '>' && braces === 0) return i + 1;
    else if (ch === '<' && braces === 0) return undefined;
  }
  return undefined;
}
