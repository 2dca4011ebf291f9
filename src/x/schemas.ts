import { z } from 'zod';

/**
 * An array that tolerates X's habit of omitting empty entity arrays (May 2026), sending `{}`
 * or a non-array: all of those mean "none". Members that do not match are dropped, since a
 * stray `{}` member carries nothing to compare.
 */
function tolerantArray<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((member) => item.safeParse(member).success) : []),
    z.array(item),
  );
}

/** An object that may be missing, `[]` or `{}`: anything that is not a plain object becomes `{}`. */
function tolerantObject<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(
    (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}),
    z.object(shape),
  );
}

const IndicesSchema = z.tuple([z.number().int(), z.number().int()]);

export const UrlEntitySchema = z.object({
  url: z.string(),
  expanded_url: z.string().optional(),
  display_url: z.string().optional(),
  indices: IndicesSchema.optional(),
});
export type UrlEntity = z.infer<typeof UrlEntitySchema>;

/** `entities` of a syndication post; every list defaults to empty. */
export const EntitiesSchema = tolerantObject({
  hashtags: tolerantArray(z.object({ text: z.string(), indices: IndicesSchema.optional() })),
  user_mentions: tolerantArray(
    z.object({ screen_name: z.string(), id_str: z.string().optional(), indices: IndicesSchema.optional() }),
  ),
  urls: tolerantArray(UrlEntitySchema),
  symbols: tolerantArray(z.object({ text: z.string(), indices: IndicesSchema.optional() })),
  media: tolerantArray(UrlEntitySchema),
});
export type Entities = z.infer<typeof EntitiesSchema>;

/** `user` of a syndication post. Missing entirely for deleted accounts (react-tweet#144). */
export const SyndicationUserSchema = z.object({
  id_str: z.string().optional(),
  name: z.string().optional(),
  screen_name: z.string().optional(),
});

/** One of `mediaDetails`: `url` and `indices` may be missing (trimmed 2022 answers carry only type and expanded_url). */
export const MediaDetailSchema = z.object({
  type: z.string(),
  indices: IndicesSchema.optional(),
  url: z.string().optional(),
  display_url: z.string().optional(),
  expanded_url: z.string().optional(),
  media_url_https: z.string().optional(),
  ext_alt_text: z.string().optional(),
});

/** The parts of a quoted post or reply parent we read (they carry no `__typename`). */
export const TweetBaseSchema = z.object({
  id_str: z.string().optional(),
  text: z.string().optional(),
  user: SyndicationUserSchema.optional(),
  display_text_range: IndicesSchema.optional(),
  entities: EntitiesSchema,
  mediaDetails: tolerantArray(MediaDetailSchema),
});
export type TweetBase = z.infer<typeof TweetBaseSchema>;

export const EditControlSchema = z.object({
  edit_tweet_ids: tolerantArray(z.string()),
});

/**
 * `note_tweet` marks a long post (over 280 characters): `text` is then only a preview. Syndication
 * sends `{ id }` and never the full text; any object (or presence at all) is read as the mark.
 */
const NoteTweetSchema = z.unknown();

/** A syndication `tweet-result` post (`__typename: "Tweet"`), validated where we read it. */
export const SyndicationTweetSchema = z.object({
  __typename: z.literal('Tweet').optional(),
  id_str: z.string().regex(/^\d{1,20}$/),
  text: z.string(),
  lang: z.string().optional(),
  created_at: z.string(),
  display_text_range: IndicesSchema.optional(),
  entities: EntitiesSchema,
  user: SyndicationUserSchema.optional(),
  mediaDetails: tolerantArray(MediaDetailSchema),
  quoted_tweet: TweetBaseSchema.optional(),
  parent: TweetBaseSchema.optional(),
  in_reply_to_screen_name: z.string().optional(),
  in_reply_to_status_id_str: z.string().optional(),
  edit_control: EditControlSchema.optional(),
  isEdited: z.boolean().optional(),
  isStaleEdit: z.boolean().optional(),
  possibly_sensitive: z.boolean().optional(),
  note_tweet: NoteTweetSchema.optional(),
});
export type SyndicationTweet = z.infer<typeof SyndicationTweetSchema>;

/**
 * The text of a syndication tombstone, wherever it is: `tombstone.text.text`. X also sends
 * `tombstone: {}` and a bare `{"__typename":"TweetTombstone"}` (age-restricted posts), so every
 * level may be missing or of another type: the body is a tombstone by its `__typename` alone.
 */
export const TombstoneTextSchema = z
  .object({ tombstone: z.object({ text: z.object({ text: z.string() }) }) })
  .transform((body) => body.tombstone.text.text);

/** `{"errors":[{"message":"Couldn't find Tweet"}]}`: syndication's other not-found answer. */
export const SyndicationErrorsSchema = z.object({
  errors: z.array(z.object({ message: z.string().optional(), code: z.number().optional() })).min(1),
});

/** publish.x.com oEmbed JSON. */
export const OEmbedSchema = z.object({
  url: z.string().optional(),
  author_name: z.string(),
  author_url: z.string(),
  html: z.string(),
});
export type OEmbed = z.infer<typeof OEmbedSchema>;

/** archive.org/wayback/available answer; `closest` is absent when nothing is archived. */
export const WaybackAvailabilitySchema = z.object({
  archived_snapshots: tolerantObject({
    closest: z
      .object({
        available: z.boolean().optional(),
        url: z.string(),
        timestamp: z.string().regex(/^\d{14}$/),
        status: z.string().optional(),
      })
      .optional(),
  }),
});
export type WaybackAvailability = z.infer<typeof WaybackAvailabilitySchema>;

/** CDX `output=json`: rows of strings, the first row naming the fields; `[]` when nothing matched. */
export const CdxRowsSchema = z.array(z.array(z.string()));

/** One CDX capture, with the fields citecheck asks for (`fl=timestamp,original,mimetype,statuscode`). */
export interface CdxCapture {
  timestamp: string;
  original: string;
  mimetype: string;
  statuscode: string;
}

/** Shape problems of a response as one line: the zod issue paths and messages. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
