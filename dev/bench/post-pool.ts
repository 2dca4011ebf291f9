import type { ScenarioInput } from '../fake-x/scenario.js';
import {
  between,
  person,
  pick,
  postText,
  publisherUrl,
  type Random,
  sentence,
  shortCode,
} from './invented-text.js';

type ScenarioPost = ScenarioInput['posts'][number];

/** What the site's articles say about a post versus what X holds now. */
export type PostTruth = 'available' | 'deleted' | 'changed';

/** One invented post: the scenario entry the fake serves plus what the articles quote. */
export interface PoolPost {
  post: ScenarioPost;
  truth: PostTruth;
  /** Text as the articles show it, t.co links in place (differs from post.text when changed). */
  citedText: string;
  handle: string;
  name: string;
  /** The post's media t.co code, when it has a photo: flattened-text citations need one to find the ID. */
  mediaCode: string | null;
  /** Link t.co codes and how X displays them, in text order. */
  links: Array<{ code: string; display: string }>;
  createdAt: Date;
}

const SNOWFLAKE_EPOCH_MS = 1288834974657n;
const SPAN_START = Date.UTC(2015, 0, 1);
const SPAN_MS = Date.UTC(2025, 11, 31) - SPAN_START;

/** A Snowflake ID whose timestamp bits are `ms`: ((ms − epoch) << 22) | 22 low bits. */
export function snowflakeId(ms: number, low22: number): string {
  return (((BigInt(ms) - SNOWFLAKE_EPOCH_MS) << 22n) | BigInt(low22 & 0x3fffff)).toString();
}

/**
 * Invents `count` posts by `count / 3` accounts. About 4 % are deleted and 4 % changed since the
 * articles quoted them, so 5–10 % of the posts the articles cite disagree with X.
 */
export function createPostPool(random: Random, count: number, nextSerial: () => number): PoolPost[] {
  const accounts = Array.from({ length: Math.max(3, Math.ceil(count / 3)) }, (_, index) => ({
    ...person(random, index),
    userId: String(100_000 + index),
  }));
  // One current handle and name per account: the scenario rejects two spellings of one user.
  const byHandle = new Map(accounts.map((account) => [account.handle, account]));
  const uniqueAccounts = [...byHandle.values()];
  const pool: PoolPost[] = [];
  for (let index = 0; index < count; index++) {
    const account = pick(random, uniqueAccounts);
    const createdMs = SPAN_START + Math.floor(random() * SPAN_MS);
    const createdAt = new Date(Math.floor(createdMs / 1000) * 1000);
    const id = snowflakeId(createdAt.getTime(), between(random, 0, 0x3fffff));
    const links = random() < 0.35 ? [linkEntity(random, index, nextSerial())] : [];
    const mediaCode = random() < 0.6 ? shortCode(random, nextSerial()) : null;
    const body = postText(random);
    const citedText = [
      body,
      ...links.map((link) => link.tco),
      ...(mediaCode ? [`https://t.co/${mediaCode}`] : []),
    ].join(' ');
    const roll = random();
    const truth: PostTruth = roll < 0.04 ? 'deleted' : roll < 0.08 ? 'changed' : 'available';
    const currentText =
      truth === 'changed' ? citedText.replace(body, `${body} ${sentence(random, 3, 6)}`) : citedText;
    pool.push({
      post: {
        id,
        author: { userId: account.userId, handle: account.handle, name: account.name },
        createdAt: createdAt.toISOString(),
        text: currentText,
        lang: 'en',
        urls: links.map((link) => ({ tco: link.tco, expanded: link.expanded, display: link.display })),
        media: mediaCode
          ? [{ tco: `https://t.co/${mediaCode}`, display: `pic.twitter.com/${mediaCode}` }]
          : [],
        state: truth === 'deleted' ? 'deleted' : 'available',
      },
      truth,
      citedText,
      handle: account.handle,
      name: account.name,
      mediaCode,
      links: links.map((link) => ({ code: link.code, display: link.display })),
      createdAt,
    });
  }
  return pool;
}

function linkEntity(random: Random, index: number, serial: number) {
  const code = shortCode(random, serial);
  const target = publisherUrl(random, index);
  return { code, tco: `https://t.co/${code}`, expanded: target.url, display: target.display };
}

/**
 * Draws a post index with a Zipf-like skew (weight (rank+1)^-0.8): a few posts are cited across many
 * articles, most once, as on a real site.
 */
export function createZipfPicker(random: Random, size: number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += (rank + 1) ** -0.8;
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}
