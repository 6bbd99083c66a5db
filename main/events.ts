import type { AppEvent, EventMap, EventName } from '../shared/ipc/contract';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of change events from services to every window, the presenter and sockets. */
export interface EventBus {
  emit<K extends EventName>(type: K, payload: EventMap[K]): void;
  subscribe(listener: EventListener): () => void;
  /** The revision `key` (a workshop's board) is at: what a read of it answers. */
  revision(key: string): number;
  /** Counts one more change of `key` and returns its new revision, for the push that says so. */
  advance(key: string): number;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  // Revisions start from the clock, so those of a restarted app are above any a page still holds
  // from before: a page that reconnects then sees it is behind and reads again.
  const base = Date.now() * 1000;
  const revisions = new Map<string, number>();
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
    revision: (key) => revisions.get(key) ?? base,
    advance(key) {
      const next = (revisions.get(key) ?? base) + 1;
      revisions.set(key, next);
      return next;
    },
  };
}

/** The revision key of a workshop's board. */
export const boardKey = (workshopId: string): string => `board:${workshopId}`;
