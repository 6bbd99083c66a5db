import { useEffect, type RefObject } from 'react';
import { listen } from './listen';
import { pinchZoom, wheelZoom, type BoardView } from './zoom';

interface Latest {
  zoom: number;
  onView: (view: BoardView) => void;
}

type Spot = { x: number; y: number };

/**
 * Zoom gestures on a board's frame, each around the spot it points at (written to `anchor`, which
 * the frame keeps still through the zoom): Ctrl/Cmd + wheel and a trackpad's pinch (a wheel with
 * ctrlKey) under the pointer; two fingers on a touchscreen between the fingers, following their
 * spread. One finger still scrolls the board.
 */
export function useZoomGestures(frame: RefObject<HTMLElement | null>, latest: RefObject<Latest>, anchor: RefObject<Spot | null>): void {
  useEffect(() => {
    const box = frame.current;
    if (!box) return undefined;
    const spotOf = (x: number, y: number): Spot => {
      const rect = box.getBoundingClientRect();
      return { x: x - rect.left, y: y - rect.top };
    };

    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      anchor.current = spotOf(event.clientX, event.clientY);
      const { zoom, onView } = latest.current;
      onView({ zoom: wheelZoom(zoom, event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY), fit: false });
    };

    let pinch: { distance: number; zoom: number } | null = null;
    const fingers = (event: TouchEvent): { distance: number; middle: Spot } | null => {
      const [a, b] = [event.touches[0], event.touches[1]];
      if (!a || !b || event.touches.length !== 2) return null;
      return { distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY), middle: spotOf((a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2) };
    };
    const onTouchStart = (event: TouchEvent): void => {
      const now = fingers(event);
      pinch = now ? { distance: now.distance, zoom: latest.current.zoom } : null;
    };
    const onTouchMove = (event: TouchEvent): void => {
      const now = fingers(event);
      if (!pinch || !now) return;
      if (event.cancelable) event.preventDefault();
      anchor.current = now.middle;
      const { zoom, onView } = latest.current;
      const next = pinchZoom(pinch.zoom, pinch.distance, now.distance);
      if (next !== zoom) onView({ zoom: next, fit: false });
    };
    const onTouchEnd = (event: TouchEvent): void => {
      if (event.touches.length < 2) pinch = null;
    };

    return listen(box, { wheel: onWheel, touchstart: onTouchStart, touchmove: onTouchMove, touchend: onTouchEnd, touchcancel: onTouchEnd }, { passive: false });
  }, [frame, latest, anchor]);
}
