import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_X_HOSTS } from '../fake-x/hosts.js';
import { isXSiteHost, parseStatusUrl } from '../x-url/index.js';

/** Hosts the fake X serves; the proxy forwards these to it with X-Forwarded-Host. */
const FAKE_HOSTS = new Set<string>(FAKE_X_HOSTS);

/** What the proxy answered, for the peer figure. */
export interface PeerProxyCounts {
  /** Every request a peer sent (all reach loopback only). */
  requests: number;
  /** Forwarded to the fake X (and so rate-limited by it). */
  toFake: number;
  /** x.com / twitter.com pages, answered by the proxy from the scenario (the fake serves none). */
  xPages: number;
  /** Any other site, answered 200 as a stand-in for the working web. */
  web: number;
  /** 429 answers passed back to the peer. */
  rateLimited: number;
  /** Requests in proxy form (absolute URL or CONNECT): a peer tried to leave loopback; refused. */
  refused: number;
}

/** The loopback proxy that lets tools without an upstream hook reach the fake X. */
export interface PeerProxy {
  url: string;
  /** `https://host/path?q` → `http://127.0.0.1:PORT/h/host/path?q` */
  rewrite(url: string): string;
  /** The inverse of rewrite; other URLs come back unchanged. */
  original(url: string): string;
  counts(): PeerProxyCounts;
  resetCounts(): void;
  close(): Promise<void>;
}

/** Answers an x.com / twitter.com status page: the post's state decides 200 or 404. */
export type StatusPageState = (statusId: string) => 'available' | 'gone' | 'unknown';

/**
 * Starts the path-prefix proxy on 127.0.0.1: `/h/<host>/<path>` goes to the fake X as if sent to
 * https://<host>/<path> (Location headers rewritten back into the prefix form, so redirects stay on
 * loopback). x.com pages are answered as favourably to link checkers as possible: 200 for a live
 * post, 404 for a gone one. Nothing is ever sent beyond loopback.
 */
export async function startPeerProxy(fakeUrl: string, statusPage: StatusPageState): Promise<PeerProxy> {
  const counts: PeerProxyCounts = { requests: 0, toFake: 0, xPages: 0, web: 0, rateLimited: 0, refused: 0 };
  let origin = '';
  const rewrite = (url: string): string => {
    if (!URL.canParse(url)) return url;
    const parsed = new URL(url);
    return `${origin}/h/${parsed.host}${parsed.pathname}${parsed.search}`;
  };
  const server = createServer((req, res) => {
    counts.requests++;
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
  });
  server.on('connect', (_req, socket) => {
    counts.requests++;
    counts.refused++;
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    const match = /^\/h\/([^/?#]+)(\/[^#]*)?$/.exec(raw);
    if (!raw.startsWith('/') || match === null) {
      counts.refused++;
      res
        .writeHead(403, { 'content-type': 'text/plain' })
        .end('bench proxy: only /h/<host>/<path> is served');
      return;
    }
    const host = (match[1] ?? '').toLowerCase();
    const rest = match[2] ?? '/';
    if (FAKE_HOSTS.has(host)) {
      counts.toFake++;
      const response = await fetch(`${fakeUrl}${rest}`, {
        method: req.method ?? 'GET',
        headers: {
          'x-forwarded-host': host,
          'x-forwarded-proto': 'https',
          'user-agent': req.headers['user-agent'] ?? '',
        },
        redirect: 'manual',
      });
      if (response.status === 429) counts.rateLimited++;
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (name === 'content-length' || name === 'content-encoding' || name === 'transfer-encoding') return;
        headers[name] = name === 'location' ? rewrite(new URL(value, `https://${host}${rest}`).href) : value;
      });
      const type = response.headers.get('content-type') ?? '';
      // Page bodies name targets too (t.co's meta refresh): keep every URL in them on loopback.
      const body = /text|json/.test(type)
        ? (await response.text()).replace(/https?:\/\/[^\s"'<>)\]`\\]+/g, (url) => rewrite(url))
        : Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, headers).end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    if (isXSiteHost(host)) {
      counts.xPages++;
      const id = parseStatusUrl(`https://${host}${rest}`)?.statusId;
      const state = id === undefined ? 'available' : statusPage(id);
      const status = state === 'available' ? 200 : 404;
      res
        .writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>X</title>');
      return;
    }
    counts.web++;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>ok</title>');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    rewrite,
    original(url) {
      const match = new RegExp(`^${origin.replace(/[.]/g, '\\.')}/h/([^/?#]+)(.*)$`).exec(url);
      return match ? `https://${match[1]}${match[2] || '/'}` : url;
    },
    counts: () => ({ ...counts }),
    resetCounts() {
      for (const key of Object.keys(counts) as Array<keyof PeerProxyCounts>) counts[key] = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
