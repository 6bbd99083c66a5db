import type { AppEvent } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { retryDelay } from './retry';
import type { EventSourceLike } from './types';

const TOKEN_KEY = 'atelier.adminToken';

/**
 * The browser host hands out its admin token in the URL once; keep it for this tab and take it
 * out of the address bar so it does not end up in screenshots or on the projector.
 */
export function takeAdminToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Whether answers read before the event socket went live may have missed a push. The host
 * counts its events: every answer carries the revision it was read at, "ready" the revision
 * the socket starts at. An answer read at a lower one may predate a push the socket never got:
 * then, and only then, the page is told to read again (onConnectionChange(true)), instead of
 * reading everything twice on every start.
 */
export class Liveness {
  /** The revision the socket went live at; null while it is not. */
  private liveFrom: number | null = null;
  /** The lowest revision of the answers that arrived while the socket was not live. */
  private oldestUnlive = Infinity;
  private catchUp: () => void = () => undefined;

  /** `catchUp` is called whenever an answer may have missed a push. */
  setCatchUp(catchUp: () => void): void {
    this.catchUp = catchUp;
  }

  answered(revision: number): void {
    if (this.liveFrom === null) this.oldestUnlive = Math.min(this.oldestUnlive, revision);
    else if (revision < this.liveFrom) this.catchUp();
  }

  /** The socket is live from `revision`: true if answers that came before it may be stale. */
  wentLive(revision: number): boolean {
    const stale = this.oldestUnlive < revision;
    this.liveFrom = revision;
    this.oldestUnlive = Infinity;
    return stale;
  }

  wentDown(): void {
    this.liveFrom = null;
  }
}

const REVISION_HEADER = 'X-Atelier-Revision';
/** The close code of an events socket whose token the host does not know. */
const ACCESS_REFUSED = 4401;

export function httpInvoke(token: string, liveness?: Liveness) {
  return async (channel: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      const revision = Number(response.headers.get(REVISION_HEADER));
      if (liveness && response.headers.has(REVISION_HEADER) && Number.isSafeInteger(revision)) liveness.answered(revision);
      const body = (await response.json()) as Result<unknown>;
      if (body && typeof body === 'object' && 'ok' in body) return body;
      return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}` } };
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : 'Network error' } };
    }
  };
}

/**
 * Events over a WebSocket that reconnects with backoff; the token goes in the first message.
 * The page starts out assuming the link is up: the first "ready" tells nobody unless answers
 * read before it may have missed a push (see Liveness); a link lost, then back, is told.
 */
export function webSocketEvents(token: string, liveness = new Liveness()): EventSourceLike {
  const listeners = new Set<(event: AppEvent) => void>();
  const connectionListeners = new Set<(connected: boolean) => void>();
  const refusedListeners = new Set<() => void>();
  let refused = false;
  let failures = 0;
  // As the page assumes at first; false once the link is lost.
  let connected = true;

  const tell = (value: boolean): void => {
    for (const listener of connectionListeners) listener(value);
  };
  liveness.setCatchUp(() => tell(true));

  const connect = (): void => {
    const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${protocol}//${window.location.host}/events`);
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.addEventListener('message', (message) => {
      let data: unknown;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        return;
      }
      const ready = data as { type?: unknown; revision?: unknown };
      if (ready.type === 'ready') {
        failures = 0;
        const stale = liveness.wentLive(typeof ready.revision === 'number' ? ready.revision : Infinity);
        if (!connected || stale) {
          connected = true;
          tell(true);
        }
        return;
      }
      for (const listener of listeners) listener(data as AppEvent);
    });
    socket.addEventListener('close', (event) => {
      liveness.wentDown();
      if (connected) {
        connected = false;
        tell(false);
      }
      // The host answered but refused the token: it was restarted with a new one (see events-socket.ts).
      if (event.code === ACCESS_REFUSED) {
        refused = true;
        for (const listener of refusedListeners) listener();
        return;
      }
      window.setTimeout(connect, retryDelay(failures));
      failures += 1;
    });
  };
  connect();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onConnectionChange(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    onAccessRefused(listener) {
      refusedListeners.add(listener);
      if (refused) listener();
      return () => refusedListeners.delete(listener);
    },
  };
}
