import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { isTypingTarget } from './typing';
import { anchoredScroll, fitZoom, spanZoom, stepZoom, wheelZoom, type BoardView } from './zoom';
import './BoardViewport.css';

export interface BoardZoom {
  /**
   * Zoom so that this element fills the frame along one axis, and scroll to it. `margin` is what
   * stays stuck before it along that axis (the lane titles, the stage headers), in CSS pixels at 100 %.
   */
  zoomTo: (element: HTMLElement, axis: 'x' | 'y', margin: number) => void;
}

export const BoardZoomContext = createContext<BoardZoom | null>(null);
export const useBoardZoom = (): BoardZoom | null => useContext(BoardZoomContext);

export interface BoardViewportProps {
  view: BoardView;
  onView: (view: BoardView) => void;
  /** Told the zoom applied (what "fit" comes to), so the drag layer scales its copy too. */
  onZoom?: (zoom: number) => void;
  label: string;
  /**
   * The board flows into the frame's width at every zoom (the persona's sections), rather than
   * keeping its own width (the journey map's grid).
   */
  flow?: boolean;
  children: ReactNode;
}

/** Where a press starts a pan: not on a card, a control or a field. */
const PAN_REFUSED = 'button, a, input, textarea, select, label, [role="button"], [role="radiogroup"], [tabindex], .card, [contenteditable="true"]';

/**
 * The frame a board scrolls in, both ways, and is zoomed in: Ctrl/Cmd + wheel or a pinch (under
 * the pointer), + / − / 0 (the board keeps its centre), "fit" (the width, never below a legible
 * size). A drag on an empty spot, or anywhere with Space held, moves the board. CSS zoom lays the
 * board out at its zoomed size, so its sticky headers and the drag layer's measures stay right.
 */
export function BoardViewport({ view, onView, onZoom, label, flow, children }: BoardViewportProps) {
  const frame = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [fitted, setFitted] = useState(1);
  const zoom = view.fit ? fitted : view.zoom;
  const applied = useRef(zoom);
  // The spot of the frame that stays put through the next zoom change, or where to scroll after it.
  const anchor = useRef<{ x: number; y: number } | null>(null);
  const target = useRef<{ left: number; top: number } | null>(null);
  const latest = useRef({ zoom, view, onView });
  useLayoutEffect(() => {
    latest.current = { zoom, view, onView };
  });

  // The zoom reaches the content in this render; the scroll follows before the frame is painted.
  useLayoutEffect(() => {
    const box = frame.current;
    const from = applied.current;
    applied.current = zoom;
    onZoom?.(zoom);
    if (!box || from === zoom) return;
    if (target.current) {
      box.scrollLeft = target.current.left;
      box.scrollTop = target.current.top;
    } else {
      const spot = anchor.current ?? { x: box.clientWidth / 2, y: box.clientHeight / 2 };
      box.scrollLeft = anchoredScroll(box.scrollLeft, spot.x, from, zoom);
      box.scrollTop = anchoredScroll(box.scrollTop, spot.y, from, zoom);
    }
    anchor.current = null;
    target.current = null;
  }, [zoom, onZoom]);

  // Fit: the content's natural width (offsetWidth ignores its own zoom) against the frame's.
  useLayoutEffect(() => {
    const box = frame.current;
    const inner = content.current;
    if (!view.fit || flow || !box || !inner) return undefined;
    const measure = (): void => setFitted(fitZoom(box.clientWidth, inner.offsetWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [view.fit, flow]);

  // Ctrl/Cmd + wheel, and a trackpad's pinch (a wheel with ctrlKey), zoom under the pointer.
  useEffect(() => {
    const box = frame.current;
    if (!box) return undefined;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = box.getBoundingClientRect();
      anchor.current = { x: event.clientX - rect.left, y: event.clientY - rect.top };
      const { zoom: now, onView: set } = latest.current;
      set({ zoom: wheelZoom(now, event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY), fit: false });
    };
    box.addEventListener('wheel', onWheel, { passive: false });
    return () => box.removeEventListener('wheel', onWheel);
  }, []);

  // + / − / 0 from anywhere but a field. On a board these are the board's: heard before the
  // timer's shortcuts (which use + and − for a minute on the other tabs), and taken from them.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const { zoom: now, onView: set } = latest.current;
      if (event.key === '+' || event.key === '=') set({ zoom: stepZoom(now, 1), fit: false });
      else if (event.key === '-' || event.key === '_' || event.key === '−') set({ zoom: stepZoom(now, -1), fit: false });
      else if (event.key === '0') set({ zoom: 1, fit: false });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  usePanning(frame);

  const zoomApi = useMemo<BoardZoom>(
    () => ({
      zoomTo: (element, axis, margin) => {
        const box = frame.current;
        const inner = content.current;
        if (!box || !inner) return;
        const now = latest.current.zoom;
        const rect = element.getBoundingClientRect();
        const origin = inner.getBoundingClientRect();
        // Natural (100 %) position and size of the element in the content.
        const left = (rect.left - origin.left) / now;
        const top = (rect.top - origin.top) / now;
        const next = axis === 'x' ? spanZoom(box.clientWidth, margin + element.offsetWidth) : spanZoom(box.clientHeight, margin + element.offsetHeight);
        target.current = {
          left: axis === 'x' ? Math.max(0, (left - margin) * next) : (box.scrollLeft / now) * next,
          top: axis === 'y' ? Math.max(0, (top - margin) * next) : (box.scrollTop / now) * next,
        };
        if (next === now) {
          box.scrollLeft = target.current.left;
          box.scrollTop = target.current.top;
          target.current = null;
        }
        latest.current.onView({ zoom: next, fit: false });
      },
    }),
    [],
  );

  return (
    <BoardZoomContext.Provider value={zoomApi}>
      <div ref={frame} className="board-viewport" role="region" aria-label={label}>
        <div ref={content} className={flow ? 'board-viewport__content board-viewport__content--flow' : 'board-viewport__content'} style={zoom === 1 ? undefined : { zoom }}>
          {children}
        </div>
      </div>
    </BoardZoomContext.Provider>
  );
}

/** Drag on an empty spot (or anywhere while Space is held) to move the board, by mouse or pen. */
function usePanning(frame: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const box = frame.current;
    if (!box) return undefined;
    let space = false;
    let pan: { id: number; x: number; y: number; left: number; top: number; moved: boolean } | null = null;

    // Space held is a hand that moves the board. A Space pressed and released without a drag is
    // handed on as it came, so that the timer's Space (start / pause) still works on a board.
    let handing = false;
    let dragged = false;
    let pressedOn: EventTarget | null = null;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (handing || event.key !== ' ' || event.defaultPrevented || isTypingTarget(event.target)) return;
      const on = event.target instanceof Element ? event.target : null;
      // Space on a button, a card handle, a radio, is theirs (press, pick up, choose).
      if (on && on !== document.body && !box.contains(on)) return;
      if (on?.closest('button, a, input, select, [role="radiogroup"]')) return;
      event.preventDefault();
      if (!space) {
        space = true;
        dragged = false;
        pressedOn = event.target;
        box.classList.add('is-space-pan');
      }
    };
    const stopSpace = (): void => {
      space = false;
      box.classList.remove('is-space-pan');
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key !== ' ' || !space) return;
      stopSpace();
      if (dragged || !pressedOn) return;
      handing = true;
      pressedOn.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
      handing = false;
    };
    const onDown = (event: PointerEvent): void => {
      if (event.button !== 0 || event.pointerType === 'touch') return;
      const on = event.target instanceof Element ? event.target : null;
      // Not on the scrollbars, which the frame's own box includes.
      if (on === box && (event.offsetX > box.clientWidth || event.offsetY > box.clientHeight)) return;
      if (!space && on?.closest(PAN_REFUSED)) return;
      pan = { id: event.pointerId, x: event.clientX, y: event.clientY, left: box.scrollLeft, top: box.scrollTop, moved: false };
      if (space) event.preventDefault();
    };
    const onMove = (event: PointerEvent): void => {
      if (!pan || event.pointerId !== pan.id) return;
      const dx = event.clientX - pan.x;
      const dy = event.clientY - pan.y;
      if (!pan.moved) {
        if (Math.abs(dx) + Math.abs(dy) < 4) return;
        pan.moved = true;
        if (space) dragged = true;
        box.setPointerCapture(event.pointerId);
        box.classList.add('is-panning');
        window.getSelection()?.removeAllRanges();
      }
      box.scrollLeft = pan.left - dx;
      box.scrollTop = pan.top - dy;
    };
    const onUp = (event: PointerEvent): void => {
      if (!pan || event.pointerId !== pan.id) return;
      if (pan.moved && box.hasPointerCapture(event.pointerId)) box.releasePointerCapture(event.pointerId);
      box.classList.remove('is-panning');
      pan = null;
    };
    box.addEventListener('pointerdown', onDown);
    box.addEventListener('pointermove', onMove);
    box.addEventListener('pointerup', onUp);
    box.addEventListener('pointercancel', onUp);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', stopSpace);
    return () => {
      box.removeEventListener('pointerdown', onDown);
      box.removeEventListener('pointermove', onMove);
      box.removeEventListener('pointerup', onUp);
      box.removeEventListener('pointercancel', onUp);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', stopSpace);
    };
  }, [frame]);
}
