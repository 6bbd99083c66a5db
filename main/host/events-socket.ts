import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventBus } from '../events';
import { tokensMatch } from './http-security';

const AUTH_TIMEOUT_MS = 5_000;
const HEARTBEAT_MS = 20_000;
export const EVENTS_MAX_PAYLOAD = 16 * 1024;

/**
 * Pushes every bus event to authenticated sockets. The token travels in the first message, not
 * the URL, so it never lands in logs or history. Sockets that stop answering pings are dropped.
 */
export function createEventsSocket(bus: EventBus, token: string) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: EVENTS_MAX_PAYLOAD });
  const alive = new WeakMap<WebSocket, boolean>();
  const authed = new Set<WebSocket>();

  const unsubscribe = bus.subscribe((event) => {
    const data = JSON.stringify(event);
    for (const socket of authed) socket.send(data);
  });

  wss.on('connection', (socket) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
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
        socket.send(JSON.stringify({ type: 'ready' }));
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

  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close() {
      unsubscribe();
      clearInterval(heartbeat);
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
  };
}
