import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppErrorData } from '../../shared/ipc/result';
import { SECURITY_HEADERS } from './http-security';
import { httpStatusFor } from './status-codes';

/** How both servers (the browser host and the participant server) answer: security headers on every reply. */

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * An error answer, `{ ok: false, error }`, with the HTTP status of its code unless another is given
 * (421 for a request meant for another host); `closeAfter` drops the connection (a body too large to read).
 */
export function sendError(res: ServerResponse, error: AppErrorData, closeAfter = false, status = httpStatusFor(error.code)): void {
  if (closeAfter) res.setHeader('Connection', 'close');
  sendJson(res, status, { ok: false, error });
}

/** A request listener for `handle`: should it fail, the client gets a 500 (or the end of the reply begun) and the log says why. */
export function safely(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, what: string): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`${what} failed`, error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Unexpected error' } });
      else res.end();
    });
  };
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
