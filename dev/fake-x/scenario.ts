import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { jsonProblem } from '../../src/cli/json-error.js';

const StatusIdSchema = z.string().regex(/^\d{1,20}$/, 'a status ID is 1–20 decimal digits');
const HandleSchema = z.string().regex(/^[A-Za-z0-9_]{1,20}$/, 'a handle is 1–20 of A–Z, a–z, 0–9, _ (no @)');
const TcoSchema = z
  .string()
  .regex(/^https?:\/\/t\.co\/[A-Za-z0-9]+$/, 'a t.co link looks like https://t.co/AbC123');

/** Author of a post as X shows it today; `renamedFrom` lists handles the account used before. */
export const AuthorSchema = z
  .object({
    userId: z.string().regex(/^\d+$/).describe('Stable account ID (user.id_str); a rename keeps it'),
    handle: HandleSchema.describe('Current screen_name, without @'),
    name: z.string().min(1).describe('Current display name'),
    renamedFrom: z
      .array(HandleSchema)
      .default([])
      .describe('Older handles of this account, oldest first; citations may still show them'),
    verified: z.boolean().default(false).describe('Legacy verified badge'),
    isBlueVerified: z.boolean().default(false).describe('Paid verification badge'),
  })
  .describe('The account that posted');
export type Author = z.infer<typeof AuthorSchema>;

export const UrlEntitySchema = z
  .object({
    tco: TcoSchema.describe('The t.co link exactly as it appears in the post text'),
    expanded: z.string().min(1).describe('Where the t.co link leads (entities.urls[].expanded_url)'),
    display: z.string().min(1).describe('Shortened form X displays, e.g. example.org/report'),
  })
  .describe('A link in the post text');

export const MediaEntitySchema = z
  .object({
    tco: TcoSchema.describe('The t.co link the media occupies at the end of the text'),
    display: z
      .string()
      .regex(
        /^pic\.(?:twitter|x)\.com\/[A-Za-z0-9]+$/,
        'media display is pic.twitter.com/CODE or pic.x.com/CODE',
      )
      .describe(
        'pic.twitter.com/CODE (older posts) or pic.x.com/CODE (2026 payloads); CODE is the t.co code',
      ),
    type: z.enum(['photo', 'video', 'animated_gif']).default('photo'),
    altText: z.string().optional().describe('ext_alt_text of a photo'),
  })
  .describe('An attached photo, video or GIF');

export const MentionSchema = z
  .object({
    handle: HandleSchema.describe('Mentioned screen_name; the text must contain @handle'),
    userId: z.string().regex(/^\d+$/),
    name: z.string().min(1),
  })
  .describe('An @mention in the post text');

export const EditsSchema = z
  .object({
    ids: z.array(StatusIdSchema).min(1).describe('Every version of the post, oldest first (edit_tweet_ids)'),
    isStaleEdit: z
      .boolean()
      .optional()
      .describe('A newer version exists; defaults to "this ID is not the last of ids"'),
  })
  .describe('Edit history: each edit of a post gets a new ID');

const SimpleStateSchema = z.enum([
  'available',
  'deleted',
  'protected',
  'suspended',
  'age-restricted',
  'account-gone',
  'removed',
  'unavailable',
  'never-existed',
]);

/** Normalized post state (the scenario file may write simple states as a bare string). */
export type PostState =
  | {
      status: Exclude<z.infer<typeof SimpleStateSchema>, 'age-restricted' | 'account-gone' | 'never-existed'>;
    }
  | { status: 'age-restricted'; response: 'tombstone' | 'empty-tombstone' | 'bare-tombstone' | 'empty' }
  | { status: 'account-gone'; response: 'tombstone' | 'user-less' }
  | { status: 'never-existed'; response: '404' | 'errors' }
  | { status: 'withheld'; countries: string[] };

export const PostStateSchema = z
  .union([
    SimpleStateSchema,
    z.object({
      status: z.literal('withheld'),
      countries: z
        .array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2 country code'))
        .min(1)
        .describe('Countries the post is withheld in'),
    }),
    z.object({
      status: z.literal('age-restricted'),
      response: z
        .enum(['tombstone', 'empty-tombstone', 'bare-tombstone', 'empty'])
        .default('tombstone')
        .describe(
          'Which of the observed logged-out answers syndication gives: a tombstone with text, ' +
            '`tombstone: {}`, a bare `{"__typename":"TweetTombstone"}`, or `{}`',
        ),
    }),
    z.object({
      status: z.literal('account-gone'),
      response: z
        .enum(['tombstone', 'user-less'])
        .default('tombstone')
        .describe('A tombstone, or the post without `user` (react-tweet#144)'),
    }),
    z.object({
      status: z.literal('never-existed'),
      response: z
        .enum(['404', 'errors'])
        .default('404')
        .describe('An HTML 404, or 200 `{"errors":[{"message":"Couldn\'t find Tweet"}]}`'),
    }),
  ])
  .default('available')
  .transform((state): PostState => {
    if (typeof state !== 'string') return state;
    if (state === 'age-restricted') return { status: 'age-restricted', response: 'tombstone' };
    if (state === 'account-gone') return { status: 'account-gone', response: 'tombstone' };
    if (state === 'never-existed') return { status: 'never-existed', response: '404' };
    return { status: state };
  })
  .describe(
    'available | deleted | protected | suspended | age-restricted | account-gone | removed | unavailable | ' +
      'never-existed, or {"status":"withheld","countries":["DE"]} / {"status":"age-restricted","response":"empty"} / ' +
      '{"status":"account-gone","response":"user-less"} / {"status":"never-existed","response":"errors"}',
  );

export const PostSchema = z
  .object({
    id: StatusIdSchema.describe('Status ID (a Snowflake ID whose time should match createdAt)'),
    author: AuthorSchema,
    createdAt: z.iso.datetime().describe('Posting time, ISO 8601 UTC'),
    text: z
      .string()
      .describe('Full text as the syndication endpoint holds it (unescaped), with t.co links in place'),
    lang: z.string().default('en'),
    urls: z.array(UrlEntitySchema).default([]),
    media: z.array(MediaEntitySchema).default([]),
    mentions: z.array(MentionSchema).default([]),
    hashtags: z
      .array(z.string().regex(/^\w+$/u))
      .default([])
      .describe('Hashtags without #; the text must contain #tag'),
    quotedId: StatusIdSchema.optional().describe('ID of the quoted post (must be in the scenario)'),
    replyToId: StatusIdSchema.optional().describe(
      'ID of the post this one replies to (must be in the scenario)',
    ),
    edits: EditsSchema.optional(),
    state: PostStateSchema,
    favoriteCount: z.number().int().min(0).default(0),
    conversationCount: z.number().int().min(0).default(0),
    possiblySensitive: z.boolean().default(false),
    entityLists: z
      .enum(['omitted', 'empty-arrays', 'empty-objects'])
      .default('omitted')
      .describe('How syndication sends empty entity lists: left out (2026), as [] (2023), or as {} (2026)'),
    longPostOembed: z
      .enum(['full', 'preview'])
      .default('full')
      .describe(
        'A post over 280 characters is a long post: syndication sends a preview and note_tweet. ' +
          'What oEmbed shows of it is unverified: the full text, or the preview ending in "…"',
      ),
  })
  .describe('One post the fake can serve');
export type Post = z.infer<typeof PostSchema>;

export const CaptureSchema = z
  .object({
    url: z.string().min(1).describe('Original URL that was archived, e.g. https://twitter.com/h/status/ID'),
    timestamp: z.string().regex(/^\d{14}$/, 'a Wayback timestamp is 14 digits YYYYMMDDhhmmss'),
    statusCode: z.number().int().default(200).describe('HTTP status archived for that URL'),
    post: StatusIdSchema.optional().describe('Render this scenario post as the archived content'),
    format: z
      .enum(['html', 'json'])
      .default('html')
      .describe('html: a server-rendered status page; json: the syndication tweet-result payload'),
    body: z.string().optional().describe('Raw archived body, instead of post'),
    contentType: z.string().optional().describe('Content type of body (default text/html)'),
  })
  .refine((capture) => (capture.post === undefined) !== (capture.body === undefined), {
    message: 'a capture needs exactly one of "post" (a post ID) or "body" (raw content)',
  })
  .describe('One Wayback Machine capture');
export type Capture = z.infer<typeof CaptureSchema>;

export const ScenarioSchema = z
  .object({
    label: z
      .string()
      .min(1)
      .describe('Says what the data is, e.g. "Illustrative data: invented accounts and posts"'),
    posts: z.array(PostSchema),
    shortLinks: z
      .record(z.string().regex(/^[A-Za-z0-9]+$/, 't.co code'), z.string().min(1))
      .default({})
      .describe('Extra t.co codes → target URL; post link and media codes resolve without being listed'),
    archive: z.array(CaptureSchema).default([]).describe('Wayback Machine captures'),
  })
  .superRefine((scenario, ctx) => {
    const ids = new Map<string, number>();
    const users = new Map<string, { handle: string; name: string; at: number }>();
    scenario.posts.forEach((post, index) => {
      const where = ['posts', index];
      if (ids.has(post.id)) {
        ctx.addIssue({ code: 'custom', path: [...where, 'id'], message: `duplicate post id ${post.id}` });
      }
      ids.set(post.id, index);
      const known = users.get(post.author.userId);
      if (known && (known.handle !== post.author.handle || known.name !== post.author.name)) {
        ctx.addIssue({
          code: 'custom',
          path: [...where, 'author'],
          message: `user ${post.author.userId} is @${known.handle} "${known.name}" in posts.${known.at}; give one current handle and name per account (old handles go in renamedFrom)`,
        });
      } else if (!known) {
        users.set(post.author.userId, { handle: post.author.handle, name: post.author.name, at: index });
      }
      const tokens: Array<[string, string, string]> = [
        ...post.urls.map((u, i): [string, string, string] => [u.tco, 'urls', String(i)]),
        ...post.media.map((m, i): [string, string, string] => [m.tco, 'media', String(i)]),
        ...post.mentions.map((m, i): [string, string, string] => [`@${m.handle}`, 'mentions', String(i)]),
        ...post.hashtags.map((h, i): [string, string, string] => [`#${h}`, 'hashtags', String(i)]),
      ];
      for (const [token, field, i] of tokens) {
        if (!post.text.includes(token)) {
          ctx.addIssue({
            code: 'custom',
            path: [...where, field, Number(i)],
            message: `"${token}" does not appear in the post text`,
          });
        }
      }
    });
    scenario.posts.forEach((post, index) => {
      for (const field of ['quotedId', 'replyToId'] as const) {
        const ref = post[field];
        if (ref !== undefined && !ids.has(ref)) {
          ctx.addIssue({ code: 'custom', path: ['posts', index, field], message: `no post with id ${ref}` });
        }
      }
    });
    scenario.archive.forEach((capture, index) => {
      if (capture.post !== undefined && !ids.has(capture.post)) {
        ctx.addIssue({
          code: 'custom',
          path: ['archive', index, 'post'],
          message: `no post with id ${capture.post}`,
        });
      }
    });
  })
  .describe('What the fake X serves: posts, short links and archive captures (illustrative data)');

/** A validated scenario (states normalized, defaults filled). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in JSON, before defaults. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** A scenario file that does not validate; the message lists each problem as `path: message`. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError' as const;
}

/** Validates scenario JSON; throws ScenarioError naming the path of every problem. */
export function parseScenario(json: unknown, source = 'scenario'): Scenario {
  const result = ScenarioSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  // One line, so the fake-x CLI prints it as one (`fake-x: FILE is not a valid scenario: a.b: …; c: …`).
  return raise(`${source} is not a valid scenario: ${lines.join('; ')}`);
}

/** Reads and validates a scenario file; every way it can fail is a ScenarioError naming the file. */
export async function loadScenario(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return raise(`cannot read scenario ${path}: ${readProblem(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { at, message } = jsonProblem(text, error);
    return raise(`${path} is not JSON${at === undefined ? '' : ` at ${at}`}: ${message}`);
  }
  return parseScenario(json, path);
}

/** Why a file could not be read, in words rather than an errno dump. */
function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function raise(message: string): never {
  throw new ScenarioError(message);
}
