import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { PICTURE_CACHE_CONTROL, pictureIdOf } from '../../shared/ipc/pictures';
import { mimeTypeOf } from '../mime';
import type { AvatarPicture } from '../store/avatar-repo';
import { APP_HOST, APP_RESPONSE_HEADERS, APP_SCHEME, resolveAppAsset } from '../security';

/**
 * Registration options for the app:// scheme. It must be registered before 'ready'.
 * standard: relative URLs, origins and web storage work as with https; secure: treated as a
 * secure context; supportFetchAPI: the renderer can fetch() its own assets. No bypassCSP, no
 * CORS, no service workers: nothing else is needed, and the renderer never loads a file:// URL.
 */
export const APP_SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

export { mimeTypeOf };

export type AppRequestHandler = (request: Request) => Promise<Response>;

/** The picture an image id names, or null (see Core.picture). */
export type PictureSource = (imageId: string) => AvatarPicture | null;

/**
 * Serves the built renderer folder, and pictures by image id at app://atelier/images/<id>. Only
 * GET/HEAD on app://atelier/ are answered; every response, errors included, carries the CSP and
 * the other APP_RESPONSE_HEADERS.
 *
 * electronegativity-justified CSP_GLOBAL_CHECK: the CSP is a header of every app:// response,
 * set here; the tool only recognises webRequest.onHeadersReceived and <meta> tags
 * (test/unit/electron/protocol.test.ts checks the header).
 */
export function createAppRequestHandler(rendererDir: string, pictures: PictureSource = () => null): AppRequestHandler {
  const root = path.resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return plain(404, 'Not found');
    const imageId = pictureIdOf(url.pathname);
    if (imageId !== null) {
      const picture = pictures(imageId);
      if (!picture) return plain(404, 'Not found');
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(picture.bytes), {
        status: 200,
        headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': picture.mime, 'Cache-Control': PICTURE_CACHE_CONTROL },
      });
    }
    const file = resolveAppAsset(root, url.pathname);
    if (!file) return plain(404, 'Not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache' },
      });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Installs the handler on a session's protocol (the default session in main.ts). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, pictures?: PictureSource): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, pictures));
}
