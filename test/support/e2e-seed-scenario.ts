import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseScenario, type Scenario } from '../../dev/fake-x/index.js';
import { sharedDir } from './requirements.js';

/** Where the founding article lives: ../shared/articles next to the repository. */
export const sharedArticlesDir = path.join(sharedDir, 'articles');
/** The founding article (flattened PJ Media text with five embeds). */
export const seedArticlePath = path.join(sharedArticlesDir, '00-seed-pjmedia.txt');

const SNOWFLAKE_EPOCH_MS = 1288834974657n;

/** An invented Snowflake ID whose timestamp is `iso` (worker/sequence bits from `salt`). */
export function snowflakeAt(iso: string, salt: number): string {
  const ms = BigInt(Date.parse(iso));
  return (((ms - SNOWFLAKE_EPOCH_MS) << 22n) | BigInt((salt * 40_961 + 7) % 4_194_304)).toString();
}

/** The invented IDs of the seed scenario, so tests can assert which post each embed resolved to. */
export interface SeedIds {
  sortor: string;
  dietCoke: string;
  flags: string;
  oopsie: string;
  rubioOriginal: string;
  rubioEdited: string;
}

/** The seed scenario plus its IDs and the archive capture's timestamp. */
export interface SeedScenario {
  scenario: Scenario;
  ids: SeedIds;
  archiveTimestamp: string;
}

function lineStarting(lines: readonly string[], prefix: string): string {
  const line = lines.find((candidate) => candidate.startsWith(prefix));
  if (line === undefined) throw new Error(`${seedArticlePath}: no line starts with "${prefix}"`);
  return line;
}

/** The article's text before its trailing `pic.twitter.com/CODE` or `https://t.co/CODE`. */
function withoutTrailingLink(line: string): string {
  return line.replace(/\s*(?:pic\.twitter\.com|https:\/\/t\.co)\/\w+$/, '');
}

/**
 * Builds, at test time, a fake-X scenario for the founding article from the article's own text (no
 * third-party text is committed). Accounts and cited dates are the article's; IDs, user IDs, the
 * truncated ending of Sortor's long post, Rubio's edit and the archive capture are invented.
 *
 * - Sortor: a long post the embed cut at "more…"; its pic link names it.
 * - Bukele "Diet Coke": quotes Sortor's post, so its only t.co link leads to another account's post.
 * - Bukele flags: deleted since; a Wayback capture holds it.
 * - Bukele "Oopsie…": available, the text split around the signature in the article.
 * - Rubio: edited after the article quoted it; its t.co link leads to the newest version of his own post
 *   (the only way a citation without ID or media finds its post: foundBy 'short-link').
 */
export async function buildSeedScenario(): Promise<SeedScenario> {
  if (!existsSync(seedArticlePath)) {
    throw new Error(`the founding article is missing: expected ${seedArticlePath} (../shared/articles)`);
  }
  const lines = (await readFile(seedArticlePath, 'utf8')).split('\n');
  const justIn = lineStarting(lines, '🚨 JUST IN');
  const allies = withoutTrailingLink(lineStarting(lines, 'El Salvador has proven'));
  const dietCoke = withoutTrailingLink(lineStarting(lines, 'I’ll be bringing'));
  const flags = withoutTrailingLink(lineStarting(lines, '🇸🇻'));
  const oopsie = lineStarting(lines, 'Oopsie');
  const tooLate = withoutTrailingLink(lineStarting(lines, 'Too late'));
  const thanks = withoutTrailingLink(lineStarting(lines, 'Thank you for your assistance'));

  // "…to imprison.@nayibbukele deserves this recognition more…": the flattening lost the paragraph
  // breaks, and the embed cut the long post at "more…".
  const [alliesFirst, alliesRest] = allies.split(/(?=@nayibbukele)/);
  if (alliesFirst === undefined || alliesRest === undefined || !alliesRest.endsWith('…')) {
    throw new Error(`${seedArticlePath}: Sortor's embed no longer reads "…@nayibbukele … more…"`);
  }

  const ids: SeedIds = {
    sortor: snowflakeAt('2025-03-28T15:00:00.000Z', 1),
    dietCoke: snowflakeAt('2025-03-28T17:20:00.000Z', 2),
    flags: snowflakeAt('2025-02-03T15:00:00.000Z', 3),
    oopsie: snowflakeAt('2025-03-16T15:00:00.000Z', 4),
    rubioOriginal: snowflakeAt('2025-03-16T16:00:00.000Z', 5),
    rubioEdited: snowflakeAt('2025-03-16T16:07:00.000Z', 6),
  };
  const sortor = { userId: '1219370461', handle: 'nicksortor', name: 'Nick Sortor' };
  const bukele = { userId: '1010260542', handle: 'nayibbukele', name: 'Nayib Bukele' };
  const rubio = { userId: '1877829227470102528', handle: 'SecRubio', name: 'Secretary Marco Rubio' };
  const bukeleMention = { handle: 'nayibbukele', userId: bukele.userId, name: bukele.name };
  const rubioLink = {
    tco: 'https://t.co/E6DrFLeU5F',
    expanded: `https://x.com/SecRubio/status/${ids.rubioEdited}`,
    display: 'x.com/SecRubio/status/…',
  };
  const rubioEdits = { ids: [ids.rubioOriginal, ids.rubioEdited] };
  const archiveTimestamp = '20250204120000';

  const scenario = parseScenario({
    label: 'e2e: the founding article with invented IDs, edits and states (test data, not real posts)',
    posts: [
      {
        id: ids.sortor,
        author: sortor,
        createdAt: '2025-03-28T15:00:00.000Z',
        text: `${justIn}\n\n${alliesFirst}\n\n${alliesRest.slice(0, -1)} than anyone. https://t.co/kRXbKoLBIk`,
        mentions: [bukeleMention],
        media: [{ tco: 'https://t.co/kRXbKoLBIk', display: 'pic.twitter.com/kRXbKoLBIk', type: 'photo' }],
      },
      {
        id: ids.dietCoke,
        author: bukele,
        createdAt: '2025-03-28T17:20:00.000Z',
        text: `${dietCoke} https://t.co/fuBAJDqXes`,
        urls: [
          {
            tco: 'https://t.co/fuBAJDqXes',
            expanded: `https://twitter.com/nicksortor/status/${ids.sortor}`,
            display: 'twitter.com/nicksortor/sta…',
          },
        ],
        quotedId: ids.sortor,
      },
      {
        id: ids.flags,
        author: bukele,
        createdAt: '2025-02-03T15:00:00.000Z',
        text: `${flags} https://t.co/IBHielgYvI`,
        media: [{ tco: 'https://t.co/IBHielgYvI', display: 'pic.twitter.com/IBHielgYvI', type: 'photo' }],
        state: 'deleted',
      },
      {
        id: ids.oopsie,
        author: bukele,
        createdAt: '2025-03-16T15:00:00.000Z',
        text: `${oopsie}\n\n${tooLate} https://t.co/nDHL6deLJq`,
        media: [{ tco: 'https://t.co/nDHL6deLJq', display: 'pic.twitter.com/nDHL6deLJq', type: 'photo' }],
      },
      {
        id: ids.rubioOriginal,
        author: rubio,
        createdAt: '2025-03-16T16:00:00.000Z',
        text: `${thanks} https://t.co/E6DrFLeU5F`,
        urls: [rubioLink],
        edits: rubioEdits,
      },
      {
        id: ids.rubioEdited,
        author: rubio,
        createdAt: '2025-03-16T16:07:00.000Z',
        text: `${thanks.replace(/President Bukele\.$/, 'President @nayibbukele!')} https://t.co/E6DrFLeU5F`,
        urls: [rubioLink],
        mentions: [bukeleMention],
        edits: rubioEdits,
      },
    ],
    archive: [
      {
        url: `https://twitter.com/nayibbukele/status/${ids.flags}`,
        timestamp: archiveTimestamp,
        post: ids.flags,
      },
    ],
  });
  return { scenario, ids, archiveTimestamp };
}
