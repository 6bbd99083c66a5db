import { createContext, useContext, useSyncExternalStore } from 'react';
import { insertionBefore, type Slot } from './slots';

export interface DragState {
  activeId: string | null;
  source: Slot | null;
  /** Where the card would land now; null when over nothing. */
  slot: Slot | null;
}

const IDLE: DragState = { activeId: null, source: null, slot: null };

/**
 * The drag in progress, outside React state: each container subscribes with a selector and
 * renders again only when ITS insertion mark changes, not on every pointer move.
 */
export class DragStore {
  private state: DragState = IDLE;
  private readonly listeners = new Set<() => void>();

  get(): DragState {
    return this.state;
  }

  set(patch: Partial<DragState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  reset(): void {
    this.set(IDLE);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const DragStoreContext = createContext<DragStore | null>(null);

const NO_STORE = new DragStore();

export interface DropMark {
  /** The dragged card would land in this container. */
  over: boolean;
  /** The card the mark goes before, 'end', or null (over, but no move). */
  before: string | 'end' | null;
}

const NOT_OVER: DropMark = { over: false, before: null };

/** The insertion mark of one container, as a primitive snapshot so unrelated moves do not re-render it. */
export function useDropMark(container: string, cardIds: readonly string[]): DropMark {
  const store = useContext(DragStoreContext) ?? NO_STORE;
  const snapshot = useSyncExternalStore(store.subscribe, () => {
    const { slot, activeId } = store.get();
    if (!slot || !activeId || slot.container !== container) return '';
    return `over:${insertionBefore(cardIds, activeId, slot.index) ?? ''}`;
  });
  if (!snapshot) return NOT_OVER;
  const before = snapshot.slice('over:'.length);
  return { over: true, before: before === '' ? null : before };
}

/** What every card handle says to assistive technology: what it is, and how to move it (an element's id). */
export interface HandleAttributes {
  roleDescription: string | undefined;
  describedBy: string | undefined;
}

export const HandleAttributesContext = createContext<HandleAttributes>({ roleDescription: undefined, describedBy: undefined });
