import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
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

/**
 * True once the element has come within a screen of the viewport, and from then on. Cards wire
 * their drag handles only then (see BoardCard). Never during a drag: a cell scrolled into view
 * mid-drag waits for the drop rather than register draggables under the pointer.
 */
export function useArmedWhenNear(element: Element | null): boolean {
  const store = useContext(DragStoreContext) ?? NO_STORE;
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!element || armed) return undefined;
    let near = false;
    let observing = false;
    // Observers cost a little on every frame: none run during a drag (nothing arms then anyway).
    const observe = (on: boolean): void => {
      if (on === observing) return;
      observing = on;
      if (on) observer.observe(target);
      else observer.disconnect();
    };
    const arm = (): void => {
      const dragging = store.get().activeId !== null;
      observe(!dragging);
      if (near && !dragging) setArmed(true);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        near = entries.some((entry) => entry.isIntersecting);
        arm();
      },
      { rootMargin: '25% 10%' },
    );
    // The parent: a journey cell skips its layout while off screen, and observing inside it would force that layout.
    const target = element.parentElement ?? element;
    observe(true);
    const off = store.subscribe(arm);
    return () => {
      observer.disconnect();
      off();
    };
  }, [element, armed, store]);
  return armed;
}
