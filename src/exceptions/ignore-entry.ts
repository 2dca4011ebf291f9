import { z } from 'zod';
import { CHECK_IDS, type CheckId } from '../checks.js';

const checkId = z.enum(CHECK_IDS as [CheckId, ...CheckId[]]);

/**
 * A reviewed exception in citecheck.config.json: findings it matches are reported as suppressed (with its
 * reason and where it lives) and no longer fail the run. Every matcher given must match.
 */
export const IgnoreEntrySchema = z
  .strictObject({
    $comment: z.string().optional().describe('A note for readers; citecheck ignores it'),
    check: checkId.optional().describe('Check id the finding must have, e.g. status-deleted'),
    status: z
      .string()
      .regex(/^\d{1,20}$/, 'expected a numeric status ID')
      .optional()
      .describe('Status ID of the cited post'),
    handle: z
      .string()
      .regex(/^@?\w{1,15}$/, 'expected an X handle such as @example')
      .optional()
      .describe('Handle the article cites (case-insensitive, @ optional)'),
    path: z
      .string()
      .min(1)
      .optional()
      .describe('Glob of article paths as reported (relative to the working directory), e.g. docs/**/*.md'),
    reason: z
      .string({ error: 'a reason is required: say why this finding is accepted' })
      .trim()
      .min(1, 'a reason is required: say why this finding is accepted')
      .describe('Why the finding is accepted (shown wherever it is reported)'),
    until: z.iso
      .date('expected a date YYYY-MM-DD')
      .optional()
      .describe('Last day the exception applies (YYYY-MM-DD); after it, it is reported as expired'),
  })
  .refine((entry) => [entry.check, entry.status, entry.handle, entry.path].some((v) => v !== undefined), {
    message: 'an ignore entry must name at least one of check, status, handle, path',
  })
  .describe('A reviewed exception: findings it matches are reported as suppressed and do not fail the run');
export type IgnoreEntry = z.infer<typeof IgnoreEntrySchema>;

export const IgnoreListSchema = z
  .array(IgnoreEntrySchema)
  .describe('Reviewed exceptions (see also inline citecheck-ignore markers in the articles)');
