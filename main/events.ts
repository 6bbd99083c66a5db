import type { AppEvent, EventMap, EventName } from '../shared/ipc/contract';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of change events from services to every window, the presenter and sockets. */
export interface EventBus {
  emit<K extends EventName>(type: K, payload: EventMap[K]): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(type, payload) {
      const event = { type, payload } as AppEvent;
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          // One broken subscriber (a closed window, a dead socket) must not starve the others.
          console.error('Event listener failed', error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
