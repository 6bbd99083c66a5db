import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { cardNode, containerNode, groupNode } from './board-dom';
import type { DragStore } from './drag-store';
import { insertionEdge } from './drop-geometry';
import { sameSlot, type DropOnto, type SlotItem } from './slots';
import './DropIndicator.css';

/** Half the gap between two cards (--card-gap in tokens.css), and the bar's half-thickness. */
const HALF_GAP = 4;
const HALF_BAR = 2;
const INSET = 4;
/** How far the "onto" ring stands outside the card or group it frames. */
const RING_OUT = 3;

export interface DropIndicatorProps {
  store: DragStore;
  itemsOf: (container: string) => readonly SlotItem[];
  /** The words on the "onto" ring: make a group, or join this one. */
  ontoLabel: (onto: DropOnto) => string;
}

/**
 * Where a dragged card would land, drawn over the board rather than in it: a tint over the card
 * list, and either a bar at the insertion point (between cards) or a ring with its words around
 * the card or group it would be dropped onto (to group them) — two gestures that never look
 * alike. These are fixed layers moved by transform: nothing inside the board changes during a
 * drag, so its cards are never repainted while the pointer moves; the layers are placed again
 * when the slot changes or the page scrolls. Containers that are not card lists (a persona's
 * tab) mark themselves.
 */
export function DropIndicator({ store, itemsOf, ontoLabel }: DropIndicatorProps) {
  const area = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const ring = useRef<HTMLDivElement>(null);
  const latest = useRef({ itemsOf, ontoLabel });
  useLayoutEffect(() => {
    latest.current = { itemsOf, ontoLabel };
  });

  useEffect(() => {
    let frame = 0;
    const hide = (): void => {
      for (const layer of [area.current, bar.current, ring.current]) if (layer) layer.hidden = true;
    };
    const place = (): void => {
      frame = 0;
      const { slot, activeId, source } = store.get();
      const node = slot ? containerNode(slot.container) : null;
      const list = node?.querySelector('.card-list__cards');
      if (!slot || !activeId || !node || !list || !area.current || !bar.current || !ring.current) return hide();
      const box = node.getBoundingClientRect();
      Object.assign(area.current.style, { transform: `translate(${box.left}px, ${box.top}px)`, width: `${box.width}px`, height: `${box.height}px` });
      area.current.hidden = false;
      area.current.classList.toggle('is-onto', Boolean(slot.onto));

      // No mark where the card would not move (its own place, its own group): the tint says it all.
      if (sameSlot(slot, source)) {
        bar.current.hidden = true;
        ring.current.hidden = true;
        return;
      }
      if (slot.onto) {
        bar.current.hidden = true;
        const target = slot.onto.kind === 'group' ? groupNode(list, slot.onto.id) : cardNode(list, slot.onto.id);
        const rect = target?.getBoundingClientRect();
        if (!rect) {
          ring.current.hidden = true;
          return;
        }
        Object.assign(ring.current.style, {
          transform: `translate(${rect.left - RING_OUT}px, ${rect.top - RING_OUT}px)`,
          width: `${rect.width + 2 * RING_OUT}px`,
          height: `${rect.height + 2 * RING_OUT}px`,
        });
        ring.current.dataset.label = latest.current.ontoLabel(slot.onto);
        ring.current.hidden = false;
        return;
      }
      ring.current.hidden = true;
      const edge = insertionEdge(list, latest.current.itemsOf(slot.container), activeId, slot.index);
      // An empty list: the tint says it all.
      if (!edge) {
        bar.current.hidden = true;
        return;
      }
      const y = edge.at === 'before' ? edge.rect.top - HALF_GAP : edge.rect.bottom + HALF_GAP;
      Object.assign(bar.current.style, { transform: `translate(${box.left + INSET}px, ${y - HALF_BAR}px)`, width: `${box.width - 2 * INSET}px` });
      bar.current.hidden = false;
    };
    // Placed in the next frame, before it is painted: reads layout once however many changes came.
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    const off = store.subscribe(schedule);
    window.addEventListener('scroll', schedule, true);
    return () => {
      off();
      window.removeEventListener('scroll', schedule, true);
      cancelAnimationFrame(frame);
    };
  }, [store]);

  return createPortal(
    <>
      <div ref={area} className="drop-indicator drop-indicator--area" aria-hidden="true" hidden />
      <div ref={bar} className="drop-indicator drop-indicator--bar" aria-hidden="true" hidden />
      <div ref={ring} className="drop-indicator drop-indicator--onto" aria-hidden="true" hidden />
    </>,
    document.body,
  );
}
