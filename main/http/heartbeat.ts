import type { WebSocket, WebSocketServer } from 'ws';

export interface Heartbeat {
  /** Counts a sign of life other than a pong (a message) as an answer. */
  seen(socket: WebSocket): void;
  stop(): void;
}

/**
 * Pings every socket of the server each `intervalMs`; a socket that did not answer since the
 * last ping is cut, so a phone that left the room or a closed laptop lid frees its place.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): Heartbeat {
  const alive = new WeakMap<WebSocket, boolean>();
  const seen = (socket: WebSocket): void => {
    alive.set(socket, true);
  };
  wss.on('connection', (socket: WebSocket) => {
    seen(socket);
    socket.on('pong', () => seen(socket));
  });
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return { seen, stop: () => clearInterval(timer) };
}
