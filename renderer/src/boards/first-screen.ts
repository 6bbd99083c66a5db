import { startTransition, useEffect, useRef, useState } from 'react';
import type { Card } from '../../../shared/domain/board';

/**
 * Big boards are drawn in passes: first what the opening screen shows, then the rest a part at a
 * time, each pass after the previous one has been painted and in a transition that React
 * interrupts for the user's input. A map of a thousand cards opens as fast as one of a hundred,
 * stays responsive while it fills in, and is whole a moment later.
 *
 * Returns how many passes are done: 0 until the opening screen has been painted, then 1, 2, …
 * up to `passes`; once all are done it returns Infinity for good (a pass added later, a lane
 * say, is drawn at once).
 */
export function useDrawPasses(passes: number): number {
  const [done, setDone] = useState(0);
  const finished = useRef(false);
  if (done >= passes) finished.current = true;
  useEffect(() => {
    if (finished.current) return undefined;
    let timer: number | undefined;
    // The frame callback runs before the next paint; the task it posts, after it.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setDone((count) => count + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [done]);
  return finished.current ? Infinity : done;
}

/** False until the opening screen has been painted, then true for good. */
export const useRestDrawn = (): boolean => useDrawPasses(1) >= 1;

/** About how many cards one pass after the first draws: a frame's worth of work or so. */
export const CARDS_PER_PASS = 200;

/** Room a capture field and a list's padding take, in CSS pixels. */
const LIST_CHROME = 60;

/** A card's likely height in CSS pixels: its padding and gap, then about 26 characters per 21-pixel line. */
export const estimateCardHeight = (card: Card): number => 36 + 21 * Math.max(1, Math.ceil(card.text.length / 26));

/** A list's likely height. */
export const estimateListHeight = (cards: readonly Card[]): number => cards.reduce((sum, card) => sum + estimateCardHeight(card), LIST_CHROME);

/**
 * The least height a card can take, with the gap after it: the padding, and one 21-pixel line
 * per 40 characters (a line holds fewer) or per line break. Counting with it never leaves
 * part of the screen without its card.
 */
const leastCardHeight = (card: Card): number => 28 + 21 * Math.max(1, Math.ceil(card.text.length / 40), card.text.split('\n').length);

/** The least height a list of these cards can take: what lies above a section is at least this tall. */
export const leastListHeight = (cards: readonly Card[]): number => cards.reduce((sum, card) => sum + leastCardHeight(card), 0);

/** How many of these cards it takes to fill `room` pixels from the top of a list (at least one). */
export function cardsOnFirstScreen(cards: readonly Card[], room = window.innerHeight): number {
  let height = 0;
  let count = 0;
  for (const card of cards) {
    if (height >= room) break;
    height += leastCardHeight(card);
    count += 1;
  }
  return Math.max(1, count);
}

/**
 * Splits rows into the passes that draw them after the opening screen: the rows that screen
 * shows come whole in the first pass, then about CARDS_PER_PASS cards' worth of rows per pass.
 * Returns, per pass, how many rows from the top are whole once it is done.
 */
export function rowPasses(cardsPerRow: readonly number[], onScreen: number): number[] {
  const ends: number[] = [];
  let row = Math.min(Math.max(1, onScreen), cardsPerRow.length);
  ends.push(row);
  while (row < cardsPerRow.length) {
    let cards = 0;
    do {
      cards += cardsPerRow[row] ?? 0;
      row += 1;
    } while (row < cardsPerRow.length && cards + (cardsPerRow[row] ?? 0) <= CARDS_PER_PASS);
    ends.push(row);
  }
  return ends;
}
