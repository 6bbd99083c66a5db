import { startTransition, useEffect, useState } from 'react';
import type { Card } from '../../../shared/domain/board';

/**
 * Big boards are drawn in two passes: first what fits on the opening screen, then everything
 * else just after that first paint, in a transition that React interrupts for the user's input.
 * A map of a thousand cards opens as fast as one of a hundred and is whole a moment later.
 *
 * False until the first pass has been painted, then true for good.
 */
export function useRestDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) return undefined;
    let timer: number | undefined;
    // The frame callback runs before that paint; the task it posts, after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setDrawn(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [drawn]);
  return drawn;
}

/** Room a capture field and a list's padding take, in CSS pixels. */
const LIST_CHROME = 60;

/** A card's likely height in CSS pixels: its padding and gap, then about 26 characters per 21-pixel line. */
export const estimateCardHeight = (card: Card): number => 36 + 21 * Math.max(1, Math.ceil(card.text.length / 26));

/** A list's likely height. */
export const estimateListHeight = (cards: readonly Card[]): number => cards.reduce((sum, card) => sum + estimateCardHeight(card), LIST_CHROME);

/** How many of these cards the opening screen can show, from the top of a list (at least one). */
export function cardsOnFirstScreen(cards: readonly Card[], screen = window.innerHeight): number {
  let height = LIST_CHROME;
  let count = 0;
  for (const card of cards) {
    if (height > screen) break;
    height += estimateCardHeight(card);
    count += 1;
  }
  return Math.max(1, count);
}
