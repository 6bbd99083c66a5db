import { createContext } from 'react';
import { containerNode } from './board-dom';
import type { Direction } from './slots';

/** The next container a step takes, as the drag layer steps (CardDndLayout.neighbour). */
export type Neighbour = (container: string, direction: Direction) => string | null;

/** The board's neighbour rule, for the arrow keys on a card (given by CardDnd). */
export const CardNavContext = createContext<Neighbour>(() => null);

const cardsOf = (container: string): HTMLElement[] => [...(containerNode(container)?.querySelectorAll<HTMLElement>('[data-card-id] > .card__text') ?? [])];

/**
 * Moves the focus from a card to the one beside it: up and down in its list, then into the lists
 * above and below; left and right to the list beside, at the same row (or its last card). Lists
 * with no card are stepped over. Returns whether a card took the focus.
 */
export function focusNextCard(from: HTMLElement, direction: Direction, neighbour: Neighbour): boolean {
  const item = from.closest<HTMLElement>('[data-card-id]');
  const list = item?.closest<HTMLElement>('[data-container]');
  const container = list?.dataset.container;
  if (!item || !container) return false;
  const own = cardsOf(container);
  const index = own.findIndex((text) => text.parentElement === item);
  if (direction === 'up' && index > 0) return focus(own[index - 1]);
  if (direction === 'down' && index >= 0 && index < own.length - 1) return focus(own[index + 1]);
  const seen = new Set([container]);
  let key = neighbour(container, direction);
  while (key && !seen.has(key)) {
    seen.add(key);
    const cards = cardsOf(key);
    if (cards.length > 0) {
      if (direction === 'up') return focus(cards[cards.length - 1]);
      if (direction === 'down') return focus(cards[0]);
      return focus(cards[Math.min(index, cards.length - 1)]);
    }
    key = neighbour(key, direction);
  }
  return false;
}

function focus(element: HTMLElement | undefined): boolean {
  if (!element) return false;
  element.focus();
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return true;
}
