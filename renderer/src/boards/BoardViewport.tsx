import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isTypingTarget } from './typing';
import { usePanning } from './usePanning';
import { useZoomGestures } from './useZoomGestures';
import { anchoredScroll, fitZoom, spanZoom, stepZoom, type BoardView } from './zoom';
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

/**
 * The frame a board scrolls in, both ways, and is zoomed in: Ctrl/Cmd + wheel or a pinch (under
 * the pointer, or between the fingers), + / − / 0 (the board keeps its centre), "fit" (the width, never below a legible
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

  useZoomGestures(frame, latest, anchor);

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
