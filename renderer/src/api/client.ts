import { buildApi } from '../../../shared/ipc/build-api';
import type { AppEvent, AtelierApi } from '../../../shared/ipc/contract';
import { httpInvoke, Liveness, takeAdminToken, webSocketEvents } from './http-transport';
import type { EventSourceLike } from './types';

declare global {
  interface Window {
    atelier?: AtelierApi;
  }
}

export interface Client {
  api: AtelierApi;
  events: EventSourceLike;
  host: 'electron' | 'web';
}

/** One interface, two transports: the preload's IPC in Electron, HTTP + WebSocket in a browser. */
export function createClient(): Client {
  if (window.atelier) return { api: window.atelier, events: electronEvents(), host: 'electron' };
  const token = takeAdminToken();
  const liveness = new Liveness();
  return { api: buildApi(httpInvoke(token, liveness)), events: webSocketEvents(token, liveness), host: 'web' };
}

/** The preload forwards main's events with window.postMessage (no callbacks cross contextBridge). */
function electronEvents(): EventSourceLike {
  return {
    subscribe(listener) {
      const onMessage = (message: MessageEvent): void => {
        if (message.source !== window || message.origin !== window.location.origin) return;
        const data = message.data as { source?: unknown; event?: AppEvent } | null;
        if (data?.source === 'atelier-main' && data.event) listener(data.event);
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
    onConnectionChange() {
      return () => undefined;
    },
  };
}
