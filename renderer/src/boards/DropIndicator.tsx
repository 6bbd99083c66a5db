import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { cardNode, containerNode } from './board-dom';
import type { DragStore } from './drag-store';
import { insertionBefore } from './slots';
import './DropIndicator.css';

/** Half the gap between two cards (--card-gap in tokens.css), and the bar's half-thickness. */
const HALF_GAP = 4;
const HALF_BAR = 2;
const INSET = 4;

const cardRect = (scope: ParentNode, id: string): DOMRect | undefined => cardNode(scope, id)?.getBoundingClientRect();

/**
 * Where a dragged card would land, drawn over the board rather than in it: a tint over the card
 * list and a bar at the insertion point, two fixed layers moved by transform. Nothing inside the
 * board changes during a drag, so its cards are never repainted while the pointer moves; the
 * layers are placed again when the slot changes or the page scrolls. Containers that are not
 * card lists (a persona's tab) mark themselves.
 */
export function DropIndicator({ store, cardsOf }: { store: DragStore; cardsOf: (container: string) => readonly string[] }) {
  const area = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const latestCardsOf = useRef(cardsOf);
  useLayoutEffect(() => {
    latestCardsOf.current = cardsOf;
  });

  useEffect(() => {
    let frame = 0;
    const hide = (): void => {
      if (area.current) area.current.hidden = true;
      if (bar.current) bar.current.hidden = true;
    };
    const place = (): void => {
      frame = 0;
      const { slot, activeId } = store.get();
      const node = slot ? containerNode(slot.container) : null;
      const list = node?.querySelector('.card-list__cards');
      if (!slot || !activeId || !node || !list || !area.current || !bar.current) return hide();
      const box = node.getBoundingClientRect();
      Object.assign(area.current.style, { transform: `translate(${box.left}px, ${box.top}px)`, width: `${box.width}px`, height: `${box.height}px` });
      area.current.hidden = false;

      const cards = latestCardsOf.current(slot.container);
      const before = insertionBefore(cards, activeId, slot.index);
      let y: number | undefined;
      if (before !== null && before !== 'end') y = (cardRect(list, before)?.top ?? Number.NaN) - HALF_GAP;
      if (before === 'end') {
        const last = [...cards].reverse().find((id) => id !== activeId);
        y = last ? (cardRect(list, last)?.bottom ?? Number.NaN) + HALF_GAP : undefined;
      }
      // No bar where the card would not move, nor in an empty list (the tint says it all).
      if (y === undefined || Number.isNaN(y)) {
        bar.current.hidden = true;
        return;
      }
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
    </>,
    document.body,
  );
}
