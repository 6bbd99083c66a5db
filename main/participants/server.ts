import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../../shared/domain/settings';
import { AppError } from '../../shared/ipc/result';
import { joinRequestSchema, type JoinAnswer } from '../../shared/participant/protocol';
import { readJsonBody } from '../http/body';
import { SECURITY_HEADERS, allowedHosts, isAllowedHost, isAllowedOrigin } from '../http/http-security';
import { loadStatic } from '../http/static-files';
import { safely, sendError, sendJson } from '../http/replies';
import type { ParticipantHub } from './hub';
import { lanAddresses } from './lan';
import { PARTICIPANT_PAGE, readParticipantPageFiles } from './page-files';
import { createRateLimiter, type RateLimit } from './rate-limit';

/** A join request is a six-letter code and a name: a kilobyte is plenty. */
export const JOIN_BODY_LIMIT = 1024;
/** The icon a phone's browser shows in its tab (and asks for on its own); not in the build's manifest. */
const APP_ICONS = new Set(['/favicon.ico', '/favicon.svg']);

export interface ParticipantServerOptions {
  /** 0.0.0.0 for the room's network; 127.0.0.1 in tests. */
  bindAddress: string;
  /** 0 picks a free port. */
  port: number;
  staticDir: string;
  hub: ParticipantHub;
  /** The workshop's language, written into the page's <html lang>. */
  language(): Language;
  /** Admits a phone (throws AppError unauthorized for a wrong or expired code). */
  join(code: string, name: string | undefined): JoinAnswer;
  /** Wrong codes per IP address before it must wait: brute-forcing ~10^9 codes stays hopeless. */
  joinFailureLimit?: RateLimit;
  /** All join attempts per IP address. */
  joinLimit?: RateLimit;
  /** Re-reads the machine's addresses (tests pass a fixed list). */
  addresses?: () => string[];
}

export interface ParticipantServer {
  port: number;
  /** http://<address>:<port>/ for each LAN address (or the bound address when it is specific), at start. */
  urls: string[];
  /** The same, read again now: the laptop may have joined or changed networks since. */
  currentUrls(): string[];
  close(): Promise<void>;
}

/**
 * The participant page's server: the page and the files it loads (listed by the build's
 * manifest), POST /join, and the /ws socket. Host and Origin are checked against an exact list on
 * every request (DNS rebinding: a page on another name resolving to this laptop sends a different
 * Host; a page of another site sends its own Origin), and the socket is handed to the hub only
 * then. Everything a participant may do goes through the hub, which knows only participant
 * actions.
 */
export async function startParticipantServer(options: ParticipantServerOptions): Promise<ParticipantServer> {
  const addresses = options.addresses ?? lanAddresses;
  const failures = createRateLimiter(options.joinFailureLimit ?? { burst: 5, perSecond: 1 / 12 });
  const attempts = createRateLimiter(options.joinLimit ?? { burst: 120, perSecond: 2 });
  let port = 0;
  let hosts = new Set<string>();
  let hostsReadAt = 0;
  // Read at start: sharing starts a new server, so a rebuilt renderer is picked up then.
  const pageFiles = await readParticipantPageFiles(options.staticDir);

  function hostNames(): string[] {
    const specific = options.bindAddress !== '0.0.0.0' ? [options.bindAddress] : [];
    return [...new Set([...specific, ...addresses(), '127.0.0.1', 'localhost'])];
  }

  /** The laptop may change networks while sharing: an unknown Host re-reads the addresses, at most every 5 s. */
  function hostAllowed(host: string | undefined): boolean {
    if (isAllowedHost(host, hosts)) return true;
    if (Date.now() - hostsReadAt < 5000) return false;
    hosts = allowedHosts(hostNames(), port);
    hostsReadAt = Date.now();
    return isAllowedHost(host, hosts);
  }

  const server = createServer(safely(handle, 'Participant request'));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host)) {
      return sendError(res, { code: 'forbidden', message: 'This address is not the laptop’s: open the join link again' }, true, 421);
    }
    const { pathname } = url(req);
    // Browsers send no Origin on a same-origin GET; any Origin they do send must be this server's.
    if (!isAllowedOrigin(req.headers.origin, hosts, pathname === '/join')) {
      return sendError(res, { code: 'forbidden', message: 'Origin not allowed' });
    }
    if (pathname === '/join') return handleJoin(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, { code: 'invalid_input', message: 'Method not allowed' }, false, 405);

    if (!pageFiles) return sendError(res, { code: 'store_unavailable', message: 'The participant page is not built (npm run build)' });
    if (pathname === '/' || pathname === `/${PARTICIPANT_PAGE}`) {
      const page = await loadStatic(options.staticDir, `/${PARTICIPANT_PAGE}`);
      if (!page) return sendError(res, { code: 'store_unavailable', message: 'The participant page is not built (npm run build)' });
      // The language comes from a two-value enum, never from a request.
      const html = page.body.toString('utf8').replace(/<html lang="[a-z]+"/, `<html lang="${options.language()}"`);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': page.type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    // Only the files the page loads and the app icon: the facilitator's app and its source maps
    // stay on the laptop.
    const icon = APP_ICONS.has(pathname);
    const file = pageFiles.has(pathname) || icon ? await loadStatic(options.staticDir, pathname) : null;
    if (!file) return sendError(res, { code: 'not_found', message: 'Not found' });
    // Built file names carry a hash of their content; the icon's does not.
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': icon ? 'max-age=3600' : 'max-age=31536000, immutable' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleJoin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendError(res, { code: 'invalid_input', message: 'Use POST' });
    if (!/^application\/json\b/.test(String(req.headers['content-type'] ?? ''))) {
      return sendError(res, { code: 'invalid_input', message: 'Content-Type must be application/json' });
    }
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (!failures.has(ip) || !attempts.take(ip)) {
      res.setHeader('Retry-After', '60');
      return sendError(res, { code: 'rate_limited', message: 'Too many attempts; wait a minute' }, true);
    }
    let body: unknown;
    try {
      body = await readJsonBody(req, JOIN_BODY_LIMIT);
    } catch (error) {
      if (error instanceof AppError) return sendError(res, error.toData(), true);
      throw error;
    }
    const parsed = joinRequestSchema.safeParse(body);
    if (!parsed.success) {
      failures.take(ip);
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'code';
      return sendError(res, { code: 'invalid_input', message: `${field}: ${issue?.message ?? 'invalid'}`, field });
    }
    try {
      const answer = options.join(parsed.data.code, parsed.data.name);
      sendJson(res, 200, { ok: true, value: answer });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'unauthorized') failures.take(ip);
      sendError(res, error.toData());
    }
  }

  server.on('upgrade', (req, socket, head) => {
    if (url(req).pathname !== '/ws' || !hostAllowed(req.headers.host) || !isAllowedOrigin(req.headers.origin, hosts, true)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    options.hub.handleUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new AppError('conflict', `Port ${options.port} is not available; choose another or let Atelier pick one`)
          : error,
      ),
    );
    server.listen(options.port, options.bindAddress, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(hostNames(), port);
  hostsReadAt = Date.now();
  // Slow or idle clients do not hold connections open: phones reconnect cheaply.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.maxRequestsPerSocket = 100;

  const currentUrls = (): string[] => (options.bindAddress === '0.0.0.0' ? addresses() : [options.bindAddress]).map((address) => `http://${address}:${port}/`);
  return {
    port,
    urls: currentUrls(),
    currentUrls,
    close: () =>
      new Promise<void>((resolve) => {
        options.hub.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function url(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', 'http://localhost');
}
