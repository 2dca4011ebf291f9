import { parseStatusUrl } from '../x-url/index.js';
import { errorPage, jsonResponse } from './error-page.js';
import type { Capture } from './scenario.js';
import type { ScenarioIndex } from './scenario-index.js';
import type { Endpoint } from './traffic-log.js';

/**
 * Save Page Now's limits and moods, per user (one anonymous user, or each `LOW key:secret`). The shapes
 * follow the SPN2 API: POST /save → {url, job_id} or {status: "error", status_ext, message};
 * GET /save/status/JOB → pending, success {timestamp, original_url}, or an error.
 */
export interface SavePageNowKnobs {
  /** Captures a user may ask for per minute; over it: 429 error:too-many-requests. Default 4 / 12. */
  perMinute?: { anonymous: number; authenticated: number };
  /** Captures a user may have running at once; over it: error:user-session-limit. Default 2 / 6. */
  maxSessions?: { anonymous: number; authenticated: number };
  /** Status polls answered "pending" before a job ends. Default 1. */
  pendingPolls?: number;
  /** Every submission is refused as busy (error:no-browsers-available). */
  busy?: boolean;
  /** Jobs end with this error (e.g. error:blocked-url) instead of a capture. */
  jobError?: string;
  /** Captures of one URL per day; over it: error:too-many-daily-captures. Default 10. */
  dailyPerUrl?: number;
}

interface Job {
  user: string;
  url: string;
  polls: number;
  done: boolean;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The save endpoints of the fake: their state lives here, captures they make show up in CDX and replay. */
export interface SaveEndpoint {
  endpointOf(host: string, path: string): Endpoint | undefined;
  answer(endpoint: Endpoint, request: Request, url: URL, at: number): Promise<Response>;
  /** The scenario's index plus the captures saved so far. */
  withCaptures(index: ScenarioIndex): ScenarioIndex;
  reset(): void;
}

export function createSaveEndpoint(knobs: () => SavePageNowKnobs | undefined): SaveEndpoint {
  let jobs = new Map<string, Job>();
  let submissions: Array<{ user: string; url: string; at: number }> = [];
  let saved: Capture[] = [];

  function submit(request: Request, form: URLSearchParams, at: number): Response {
    const current = knobs() ?? {};
    const auth = /^LOW (\S+):(\S+)$/.exec(request.headers.get('authorization') ?? '');
    const user = auth ? `key:${auth[1]}` : 'anonymous';
    const kind = auth ? 'authenticated' : 'anonymous';
    const target = form.get('url') ?? '';
    if (!/^https?:\/\/\S+$/.test(target)) return spnError('error:invalid-url-syntax', 'Invalid URL syntax.');
    if (current.busy) {
      return spnError('error:no-browsers-available', 'The Wayback Machine is busy; please try again later.');
    }
    const lastMinute = submissions.filter((s) => s.user === user && at - s.at < MINUTE).length;
    if (lastMinute >= (current.perMinute ?? { anonymous: 4, authenticated: 12 })[kind]) {
      return jsonResponse(
        { status: 'error', status_ext: 'error:too-many-requests', message: 'Too many requests; slow down.' },
        429,
      );
    }
    const active = [...jobs.values()].filter((job) => job.user === user && !job.done).length;
    if (active >= (current.maxSessions ?? { anonymous: 2, authenticated: 6 })[kind]) {
      return spnError(
        'error:user-session-limit',
        'You have already reached the limit of active sessions. Please wait a minute and try again.',
      );
    }
    const today = submissions.filter((s) => s.url === target && at - s.at < DAY).length;
    if (today >= (current.dailyPerUrl ?? 10)) {
      return spnError('error:too-many-daily-captures', 'This URL has been captured too many times today.');
    }
    submissions.push({ user, url: target, at });
    const jobId = `spn2-${(jobs.size + 1).toString(16).padStart(40, '0')}`;
    jobs.set(jobId, { user, url: target, polls: 0, done: false });
    return jsonResponse({ url: target, job_id: jobId });
  }

  function status(jobId: string, at: number): Response {
    const job = jobs.get(jobId);
    if (job === undefined) return spnError('error:not-found', `No job ${jobId}.`);
    const current = knobs() ?? {};
    job.polls++;
    if (!job.done && job.polls <= (current.pendingPolls ?? 1)) {
      return jsonResponse({ status: 'pending', job_id: jobId, resources: [] });
    }
    job.done = true;
    if (current.jobError !== undefined) return spnError(current.jobError, 'The capture failed.', jobId);
    const timestamp = new Date(at).toISOString().replace(/\D/g, '').slice(0, 14);
    const post = parseStatusUrl(job.url)?.statusId;
    if (!saved.some((c) => c.url === job.url && c.timestamp === timestamp)) {
      saved.push(
        post === undefined
          ? { url: job.url, timestamp, statusCode: 200, format: 'html', body: '<html></html>' }
          : { url: job.url, timestamp, statusCode: 200, format: 'html', post },
      );
    }
    return jsonResponse({
      status: 'success',
      job_id: jobId,
      original_url: job.url,
      timestamp,
      duration_sec: 6.2,
    });
  }

  return {
    endpointOf(host, path) {
      if (host !== 'web.archive.org') return undefined;
      if (path === '/save') return 'spn-save';
      return path.startsWith('/save/status/') ? 'spn-status' : undefined;
    },
    async answer(endpoint, request, url, at) {
      if (endpoint === 'spn-save') {
        if (request.method !== 'POST') return errorPage(405, 'POST a url to /save');
        return submit(request, new URLSearchParams(await request.text()), at);
      }
      return status(decodeURIComponent(url.pathname.slice('/save/status/'.length)), at);
    },
    withCaptures(index) {
      return saved.length === 0 ? index : { ...index, captures: [...index.captures, ...saved] };
    },
    reset() {
      jobs = new Map();
      submissions = [];
      saved = [];
    },
  };
}

function spnError(statusExt: string, message: string, jobId?: string): Response {
  return jsonResponse({
    status: 'error',
    status_ext: statusExt,
    message,
    ...(jobId ? { job_id: jobId } : {}),
  });
}
