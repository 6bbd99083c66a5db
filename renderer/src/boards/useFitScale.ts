import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The scale at which `content` fits its frame: the frame's width, and down to the bottom of the
 * window ('window') or the frame's own height ('frame'). Never above 1: fitting only shrinks.
 * Sizes are read with offsetWidth/offsetHeight, which ignore the transform being applied.
 */
export function useFitScale(
  frame: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  enabled: boolean,
  bound: 'window' | 'frame' = 'window',
): { scale: number; height: number; offset: number } {
  const [fit, setFit] = useState({ scale: 1, height: 0, offset: 0 });
  useLayoutEffect(() => {
    if (!enabled) {
      setFit({ scale: 1, height: 0, offset: 0 });
      return undefined;
    }
    const measure = (): void => {
      const box = frame.current;
      const inner = content.current;
      if (!box || !inner) return;
      const width = box.clientWidth;
      const height = bound === 'frame' ? box.clientHeight : window.innerHeight - box.getBoundingClientRect().top - 16;
      const next = Math.min(1, width / Math.max(1, inner.offsetWidth), Math.max(80, height) / Math.max(1, inner.offsetHeight));
      const scaledHeight = Math.ceil(inner.offsetHeight * next);
      // Limited by the height, the map is narrower than its frame: centre it.
      const offset = Math.max(0, Math.floor((width - inner.offsetWidth * next) / 2));
      setFit((current) =>
        Math.abs(current.scale - next) < 0.002 && current.height === scaledHeight && current.offset === offset ? current : { scale: next, height: scaledHeight, offset },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (frame.current) observer.observe(frame.current);
    if (content.current) observer.observe(content.current);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [frame, content, enabled, bound]);
  return fit;
}
