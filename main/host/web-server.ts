import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_WORKSHOP_FILE_CHARS } from '../../shared/domain/workshop-file';
import { MAX_IMAGE_BASE64 } from '../../shared/ipc/channels/boards';
import { PICTURE_CACHE_CONTROL, pictureIdOf } from '../../shared/ipc/pictures';
import { AppError } from '../../shared/ipc/result';
import type { Core } from '../core';
import { readJsonBody } from '../http/body';
import type { AvatarPicture } from '../store/avatar-repo';
import { createEventsSocket, REVISION_HEADER } from './events-socket';
import {
  SECURITY_HEADERS,
  allowedHosts,
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  tokensMatch,
} from '../http/http-security';
import { loadStatic } from '../http/static-files';
import { safely, sendError, sendJson, sendText } from '../http/replies';

export const API_BODY_LIMIT = 1024 * 1024;
/**
 * Channels whose input may be larger than API_BODY_LIMIT. A workshop file is up to 50 MB of text;
 * sent as a JSON string its quotes and line breaks are escaped, so the body may be up to twice that.
 */
export const LARGE_BODY_LIMITS: Readonly<Record<string, number>> = {
  workshopImportFile: 2 * MAX_WORKSHOP_FILE_CHARS + 1024,
  // A persona photo of up to 5 MB, base64-encoded, with room for the ids around it.
  personaSetAvatar: MAX_IMAGE_BASE64 + 1024,
};
const COOKIE = 'atelier_admin';

export interface WebHostOptions {
  core: Core;
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed for tests; a fresh 256-bit token per run otherwise. */
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The browser host: the same services as the Electron app, on 127.0.0.1 only, guarded by a
 * per-run admin token. Static files need the token once (it becomes a SameSite=Strict cookie);
 * API calls need it in a header, which other sites cannot set, so the cookie alone is not enough.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let hosts = new Set<string>();
  const events = createEventsSocket(options.core.bus, token);

  const server = createServer(safely(handle, 'Request'));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, hosts)) return sendText(res, 421, 'Misdirected request');
    const url = new URL(req.url ?? '/', 'http://localhost');

    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');

    const queryToken = url.searchParams.get('token');
    const cookieToken = readCookie(req.headers.cookie, COOKIE);
    if (!tokensMatch(queryToken, token) && !tokensMatch(cookieToken, token)) return sendUnauthorizedPage(res);
    if (tokensMatch(queryToken, token)) {
      res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const imageId = pictureIdOf(url.pathname);
    if (imageId !== null) return sendPicture(req, res, options.core.picture(imageId));
    const file = await loadStatic(options.staticDir, url.pathname);
    if (!file) return sendText(res, 404, 'Not found');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (!tokensMatch(header(req, 'x-atelier-token'), token)) {
      return sendError(res, { code: 'unauthorized', message: 'Missing or wrong admin token' });
    }
    if (!isAllowedOrigin(req.headers.origin, hosts, false)) {
      return sendError(res, { code: 'forbidden', message: 'Origin not allowed' });
    }
    if (req.method !== 'POST') return sendError(res, { code: 'invalid_input', message: 'Use POST' });
    if (!/^application\/json\b/.test(header(req, 'content-type') ?? '')) {
      return sendError(res, { code: 'invalid_input', message: 'Content-Type must be application/json' });
    }
    let input: unknown;
    try {
      input = await readJsonBody(req, Object.hasOwn(LARGE_BODY_LIMITS, channel) ? (LARGE_BODY_LIMITS[channel] ?? API_BODY_LIMIT) : API_BODY_LIMIT);
    } catch (error) {
      if (error instanceof AppError) return sendError(res, error.toData(), error.code === 'too_large');
      throw error;
    }
    // Read before the call: whatever it answers includes at least every event up to here.
    res.setHeader(REVISION_HEADER, String(events.revision()));
    const result = await options.core.dispatch(channel, input, { origin: 'web' });
    // JSON has no undefined: a channel that answers nothing (void) answers null, so every success carries its value.
    if (result.ok) return sendJson(res, 200, { ok: true, value: result.value ?? null });
    return sendError(res, result.error);
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (
      url.pathname !== '/events' ||
      !isAllowedHost(req.headers.host, hosts) ||
      !isAllowedOrigin(req.headers.origin, hosts, true)
    ) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    events.handleUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(['127.0.0.1', 'localhost'], port);
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A picture by image id, with the same token check as the app's files (an <img> sends the cookie). */
function sendPicture(req: IncomingMessage, res: ServerResponse, picture: AvatarPicture | null): void {
  if (!picture) return sendText(res, 404, 'Not found');
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': picture.mime, 'Cache-Control': PICTURE_CACHE_CONTROL });
  res.end(req.method === 'HEAD' ? undefined : picture.bytes);
}

function sendUnauthorizedPage(res: ServerResponse): void {
  sendText(
    res,
    401,
    'Atelier: access denied. Open the link printed in the terminal (it carries the access token).\n' +
      'Atelier : accès refusé. Ouvrez le lien affiché dans le terminal (il contient le jeton d’accès).\n',
  );
}
