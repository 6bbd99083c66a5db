import type { AppEvent } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
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

export function httpInvoke(token: string) {
  return async (channel: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await response.json()) as Result<unknown>;
      if (body && typeof body === 'object' && 'ok' in body) return body;
      return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}` } };
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : 'Network error' } };
    }
  };
}

/** Events over a WebSocket that reconnects with backoff; the token goes in the first message. */
export function webSocketEvents(token: string): EventSourceLike {
  const listeners = new Set<(event: AppEvent) => void>();
  const connectionListeners = new Set<(connected: boolean) => void>();
  let delay = 250;
  let connected = false;

  const setConnected = (value: boolean): void => {
    if (connected === value) return;
    connected = value;
    for (const listener of connectionListeners) listener(value);
  };

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
      if ((data as { type?: unknown }).type === 'ready') {
        delay = 250;
        setConnected(true);
        return;
      }
      for (const listener of listeners) listener(data as AppEvent);
    });
    socket.addEventListener('close', () => {
      setConnected(false);
      window.setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5_000);
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
  };
}
