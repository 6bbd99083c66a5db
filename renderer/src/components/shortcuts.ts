import { useEffect, useLayoutEffect, useRef } from 'react';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** A shortcut key is the page's unless the focus is in a text field, or a modal dialog owns the keyboard. */
export function isPageKey(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : null;
  if (element?.closest(TYPING)) return false;
  return !document.querySelector('[aria-modal="true"]');
}

/**
 * Listens to key presses on the whole window while `enabled`, always with the latest `onKeyDown`
 * (set in a layout effect: a key pressed right after a change is painted already sees it).
 */
export function useWindowKeydown(onKeyDown: (event: KeyboardEvent) => void, enabled: boolean): void {
  const latest = useRef(onKeyDown);
  useLayoutEffect(() => {
    latest.current = onKeyDown;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const listener = (event: KeyboardEvent): void => latest.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
