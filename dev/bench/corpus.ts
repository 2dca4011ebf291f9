import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScenarioInput } from '../fake-x/scenario.js';
import { createSeededRandom } from '../fake-x/seeded-random.js';
import {
  type CitationForm,
  carriesShortLinks,
  type FileKind,
  FORMS_BY_KIND,
  renderCitation,
} from './article-forms.js';
import { fencedEmbedTrap, renderPage } from './article-page.js';
import { between, pick, sentence } from './invented-text.js';
import { createPostPool, createZipfPicker, type PoolPost } from './post-pool.js';

/** One cited post in one article, as the generator placed it (the ground truth). */
export interface PlacedCitation {
  postId: string;
  form: CitationForm;
}

/** One generated article. */
export interface CorpusArticle {
  /** Path relative to the site folder, e.g. `posts/0042.md`. */
  file: string;
  kind: FileKind;
  text: string;
  citations: PlacedCitation[];
}

/** The fewest requests a cold run needs: one lookup per distinct post, one resolution per distinct short link. */
export interface MinimumRequests {
  lookups: number;
  shortLinks: number;
  total: number;
  /** Distinct cited posts X no longer serves: confirming and archiving them costs requests beyond the minimum. */
  unavailablePosts: number;
  /** Citations in the corpus (embeds and status links). */
  citations: number;
}

/** A generated site plus the fake-X scenario that knows every post it cites. */
export interface Corpus {
  articles: CorpusArticle[];
  posts: PoolPost[];
  scenario: ScenarioInput;
  minimum: MinimumRequests;
  bytes: number;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
}

const KIND_WEIGHTS: ReadonlyArray<[FileKind, number]> = [
  ['html', 0.4],
  ['md', 0.3],
  ['mdx', 0.1],
  ['txt', 0.15],
  ['wiki', 0.05],
];

function pickKind(roll: number): FileKind {
  let sum = 0;
  for (const [kind, weight] of KIND_WEIGHTS) {
    sum += weight;
    if (roll < sum) return kind;
  }
  return 'html';
}

/**
 * Generates a site of `articles` articles deterministically from `seed`: about 55 % cite nothing, the
 * rest cite 1–4 posts drawn with a Zipf skew from a pool (so posts and their t.co links recur across
 * articles), and 5–10 % of the cited posts were deleted or changed since.
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = createSeededRandom(options.seed ?? 7);
  let serial = 0;
  const pool = createPostPool(random, Math.max(12, Math.round(options.articles * 0.6)), () => serial++);
  const withMedia = pool.filter((post) => post.mediaCode !== null);
  const drawAny = createZipfPicker(random, pool.length);
  const drawMedia = createZipfPicker(random, withMedia.length);
  const articles: CorpusArticle[] = [];
  let bytes = 0;
  for (let index = 0; index < options.articles; index++) {
    const kind = pickKind(random());
    const citations: PlacedCitation[] = [];
    const rendered: string[] = [];
    const count = random() < 0.55 ? 0 : Math.min(4, 1 + Math.floor(-Math.log(1 - random()) / 0.9));
    for (let c = 0; c < count; c++) {
      const form = pick(random, FORMS_BY_KIND[kind]) as CitationForm;
      // Flattened text shows no ID: only a photo link leads back to the post.
      const post = kind === 'txt' ? withMedia[drawMedia()] : pool[drawAny()];
      if (post === undefined) continue;
      citations.push({ postId: post.post.id, form });
      rendered.push(renderCitation(post, form, random()));
    }
    if ((kind === 'md' || kind === 'mdx') && random() < 0.04) {
      const example = pool[drawAny()];
      if (example) rendered.push(fencedEmbedTrap(renderCitation(example, 'blockquote', 0.5)));
    }
    const title = sentence(random, 3, 7).replace(/\.$/, '');
    const text = renderPage(kind, title, rendered, random);
    bytes += Buffer.byteLength(text);
    articles.push({ file: `posts/${String(index).padStart(5, '0')}.${kind}`, kind, text, citations });
  }
  const scenario: ScenarioInput = {
    label: 'Illustrative data: invented accounts and posts (benchmark corpus)',
    posts: pool.map((entry) => entry.post),
    archive: pool
      .filter((entry, index) => entry.truth === 'deleted' && index % 2 === 0)
      .map((entry) => ({
        url: `https://twitter.com/${entry.handle}/status/${entry.post.id}`,
        timestamp: waybackTimestamp(entry.createdAt, between(random, 1, 30)),
        post: entry.post.id,
      })),
  };
  return { articles, posts: pool, scenario, minimum: minimumRequests(articles, pool), bytes };
}

function waybackTimestamp(createdAt: Date, daysLater: number): string {
  const at = new Date(createdAt.getTime() + daysLater * 86_400_000);
  return at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * The lower bound for a cold run: each distinct post looked up once and each distinct t.co code in
 * the citations' markup resolved once (a pic.twitter.com/CODE link is the same code).
 */
export function minimumRequests(
  articles: readonly CorpusArticle[],
  pool: readonly PoolPost[],
): MinimumRequests {
  const byId = new Map(pool.map((post) => [post.post.id, post]));
  const posts = new Set<string>();
  const codes = new Set<string>();
  let citations = 0;
  for (const article of articles) {
    for (const citation of article.citations) {
      citations++;
      posts.add(citation.postId);
      const post = byId.get(citation.postId);
      if (post === undefined || !carriesShortLinks(citation.form)) continue;
      for (const link of post.links) codes.add(link.code);
      if (post.mediaCode !== null) codes.add(post.mediaCode);
    }
  }
  return {
    lookups: posts.size,
    shortLinks: codes.size,
    total: posts.size + codes.size,
    unavailablePosts: [...posts].filter((id) => byId.get(id)?.truth === 'deleted').length,
    citations,
  };
}

/** Writes the articles under `<dir>/site/` and the scenario as `<dir>/scenario.json`; returns the site folder. */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<string> {
  const site = path.join(dir, 'site');
  await mkdir(path.join(site, 'posts'), { recursive: true });
  for (const article of corpus.articles) {
    await writeFile(path.join(site, article.file), article.text);
  }
  await writeFile(path.join(dir, 'scenario.json'), JSON.stringify(corpus.scenario));
  return site;
}
