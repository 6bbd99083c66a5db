import type { AppEvent, AtelierApi, ChannelName } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { httpInvoke, Liveness, takeAdminToken, webSocketEvents } from './http-transport';
import type { EventSourceLike } from './types';

declare global {
  interface Window {
    atelier?: AtelierApi;
  }
}

/** One call to main by channel name, answered with a Result whatever happens on the way. */
export type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

/**
 * The link to main, opened first thing at start-up (it is light: no channel list, no schema),
 * so that the first screen's data is asked for while the rest of the app is still loading.
 */
export interface Transport {
  host: 'electron' | 'web';
  events: EventSourceLike;
  /** Electron: the preload's API, one function per channel. */
  electron: AtelierApi | null;
  invoke: Invoke;
}

/** The preload's IPC in Electron, HTTP + WebSocket in a browser. */
export function openTransport(): Transport {
  const api = window.atelier;
  if (api) {
    const invoke: Invoke = (channel, input) => (api[channel] as (input: unknown) => Promise<Result<unknown>>)(input);
    return { host: 'electron', events: electronEvents(), electron: api, invoke };
  }
  const token = takeAdminToken();
  const liveness = new Liveness();
  return { host: 'web', events: webSocketEvents(token, liveness), electron: null, invoke: httpInvoke(token, liveness) };
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
