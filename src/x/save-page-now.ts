import { z } from 'zod';
import { isFetchError } from '../fetch/fetch-error.js';
import type { Fetcher, FetchResponse } from '../fetch/types.js';
import type { SavedCapture } from '../result.js';
import { parseJsonBody } from './json-body.js';
import { replayUrl } from './wayback.js';

/** An Internet Archive S3-style key pair: raises Save Page Now's limits for the account. */
export interface SpnCredentials {
  accessKey: string;
  secret: string;
}

export const SPN_SAVE_URL = 'https://web.archive.org/save';
const STATUS_URL = 'https://web.archive.org/save/status/';

// SPN2 answers (https://docs.google.com/document/d/1Nsv52MvSjbLb2PCpHlat0gkzw0EvtSgpKHu4mk0MnrA):
// POST /save → {url, job_id} or {status: "error", status_ext, message};
// GET /save/status/JOB → {status: "pending"} | {status: "success", timestamp, original_url} | error.
const SubmitSchema = z.union([
  z.object({ job_id: z.string().min(1) }),
  z.object({ status: z.literal('error'), status_ext: z.string().optional(), message: z.string().optional() }),
]);
const StatusSchema = z.union([
  z.object({ status: z.literal('pending') }),
  z.object({
    status: z.literal('success'),
    timestamp: z.string().regex(/^\d{14}$/),
    original_url: z.string().min(1),
  }),
  z.object({ status: z.literal('error'), status_ext: z.string().optional(), message: z.string().optional() }),
]);

type NotSaved = Extract<SavedCapture, { status: 'not-saved' }>;

/**
 * What an SPN2 error code means for the run: `rate-limited` and `busy` ask every later capture to wait
 * (the queue stops sending), `daily-limit` is this URL's own limit, anything else failed this capture.
 */
export function classifySpnError(statusExt: string | undefined): NotSaved['reason'] {
  switch (statusExt) {
    case 'error:user-session-limit':
    case 'error:too-many-requests':
      return 'rate-limited';
    case 'error:too-many-daily-captures':
      return 'daily-limit';
    case 'error:service-unavailable':
    case 'error:no-browsers-available':
    case 'error:celery':
      return 'busy';
    default:
      return 'failed';
  }
}

export interface SavePageNowOptions {
  credentials?: SpnCredentials;
  /** Waits between job-status polls (injectable: tests use a virtual clock). */
  sleep: (ms: number) => Promise<void>;
  /** Between polls; SPN2 captures take seconds to a couple of minutes. Default 5 s. */
  pollIntervalMs?: number;
  /** Polls before giving up on a job. Default 24 (2 minutes, SPN2's own capture limit). */
  maxPolls?: number;
}

/** Asks Save Page Now to capture `url` and follows the job until it ends. Never throws for the service's answers. */
export async function savePageNow(
  url: string,
  fetcher: Fetcher,
  options: SavePageNowOptions,
): Promise<SavedCapture> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
    ...(options.credentials === undefined
      ? {}
      : { authorization: `LOW ${options.credentials.accessKey}:${options.credentials.secret}` }),
  };
  const submitted = await send(fetcher, {
    url: SPN_SAVE_URL,
    method: 'POST',
    headers,
    body: new URLSearchParams({ url }).toString(),
  });
  if ('reason' in submitted) return submitted;
  const submit = SubmitSchema.safeParse(submitted.value);
  if (!submit.success)
    return notSaved('failed', `unexpected answer from Save Page Now: ${submitted.summary}`);
  if (!('job_id' in submit.data)) {
    const { status_ext: ext, message } = submit.data;
    return notSaved(classifySpnError(ext), `${ext ?? 'error'}: ${message ?? 'no message'}`);
  }
  const jobId = submit.data.job_id;
  const { 'content-type': _, ...pollHeaders } = headers;
  const maxPolls = options.maxPolls ?? 24;
  for (let poll = 0; poll < maxPolls; poll++) {
    await options.sleep(options.pollIntervalMs ?? 5_000);
    const answer = await send(fetcher, {
      url: `${STATUS_URL}${encodeURIComponent(jobId)}`,
      method: 'GET',
      headers: pollHeaders,
    });
    if ('reason' in answer) return answer;
    const status = StatusSchema.safeParse(answer.value);
    if (!status.success) return notSaved('failed', `unexpected job status: ${answer.summary}`);
    if (status.data.status === 'pending') continue;
    if (status.data.status === 'success') {
      const { timestamp, original_url: original } = status.data;
      return { status: 'saved', url: replayUrl(timestamp, original), timestamp };
    }
    const { status_ext: ext, message } = status.data;
    return notSaved(classifySpnError(ext), `job ${jobId}: ${ext ?? 'error'}: ${message ?? 'no message'}`);
  }
  return notSaved('timeout', `job ${jobId} still pending after ${maxPolls} polls`);
}

function notSaved(reason: NotSaved['reason'], detail: string): NotSaved {
  return { status: 'not-saved', reason, detail };
}

/** One request through the fetcher, read as JSON; the fetcher's own errors become a NotSaved. */
async function send(
  fetcher: Fetcher,
  request: { url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<{ value: unknown; summary: string } | NotSaved> {
  let response: FetchResponse;
  try {
    response = await fetcher.fetch({ ...request, cacheClass: 'none', followRedirects: false });
  } catch (error) {
    if (!isFetchError(error)) throw error;
    if (error.code === 'rate-limited' || error.status === 429) return notSaved('rate-limited', error.message);
    if (error.status === 503) return notSaved('busy', error.message);
    if (error.code === 'timeout') return notSaved('timeout', error.message);
    return notSaved('failed', error.message);
  }
  const json = parseJsonBody(response.body, response.headers['content-type']);
  const summary = `HTTP ${response.status} ${response.body.trim().slice(0, 120)}`;
  if (!json.ok) {
    if (response.status === 429) return notSaved('rate-limited', summary);
    if (response.status === 503) return notSaved('busy', summary);
    return notSaved('failed', json.detail);
  }
  return { value: json.value, summary };
}
