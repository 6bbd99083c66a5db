import { useEffect, type RefObject } from 'react';
import { listen } from './listen';
import { isTypingTarget } from './typing';

/** Where a press starts a pan: not on a card, a control or a field. */
const PAN_REFUSED = 'button, a, input, textarea, select, label, [role="button"], [role="radiogroup"], [tabindex], .card, [contenteditable="true"]';

/** Drag on an empty spot (or anywhere while Space is held) to move the board, by mouse or pen. */
export function usePanning(frame: RefObject<HTMLDivElement | null>): void {
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
    const offBox = listen(box, { pointerdown: onDown, pointermove: onMove, pointerup: onUp, pointercancel: onUp });
    const offKeyDown = listen(window, { keydown: onKeyDown }, { capture: true });
    const offWindow = listen(window, { keyup: onKeyUp, blur: stopSpace });
    return () => {
      offBox();
      offKeyDown();
      offWindow();
    };
  }, [frame]);
}
