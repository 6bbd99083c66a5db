import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventBus } from '../events';
import { startHeartbeat } from '../http/heartbeat';
import { tokensMatch } from '../http/http-security';

const AUTH_TIMEOUT_MS = 5_000;
const HEARTBEAT_MS = 20_000;
export const EVENTS_MAX_PAYLOAD = 16 * 1024;

/** The header on every API answer giving the events revision it was read at (see createEventsSocket). */
export const REVISION_HEADER = 'X-Atelier-Revision';

/**
 * Pushes every bus event to authenticated sockets. The token travels in the first message, not
 * the URL, so it never lands in logs or history. Sockets that stop answering pings are dropped.
 *
 * Events are counted: the revision is how many have been pushed so far. "ready" tells a socket
 * the revision it starts at, and every API answer the revision just before it was read, so a
 * page can tell whether an answer read before its socket went live may have missed a push
 * (answered at a lower revision) and needs reading again, and otherwise not read it twice.
 */
export function createEventsSocket(bus: EventBus, token: string) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: EVENTS_MAX_PAYLOAD });
  const authed = new Set<WebSocket>();
  let revision = 0;

  const unsubscribe = bus.subscribe((event) => {
    revision += 1;
    const data = JSON.stringify(event);
    for (const socket of authed) socket.send(data);
  });

  const heartbeat = startHeartbeat(wss, HEARTBEAT_MS);
  wss.on('connection', (socket) => {
    const timer = setTimeout(() => socket.close(4401, 'auth timeout'), AUTH_TIMEOUT_MS);
    socket.on('message', (raw, isBinary) => {
      if (authed.has(socket)) return; // the event channel is one-way after auth
      clearTimeout(timer);
      let message: unknown;
      try {
        message = isBinary ? null : JSON.parse(String(raw));
      } catch {
        message = null;
      }
      const given = (message as { type?: unknown; token?: unknown } | null)?.token;
      if ((message as { type?: unknown } | null)?.type === 'auth' && typeof given === 'string' && tokensMatch(given, token)) {
        authed.add(socket);
        socket.send(JSON.stringify({ type: 'ready', revision }));
      } else {
        socket.close(4401, 'unauthorized');
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      authed.delete(socket);
    });
    socket.on('error', () => socket.terminate());
  });


  return {
    /** How many events have been pushed so far. */
    revision: () => revision,
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close() {
      unsubscribe();
      heartbeat.stop();
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
  };
}
