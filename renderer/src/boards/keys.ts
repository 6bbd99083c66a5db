import type { Card } from '../../../shared/domain/board';
import { parseContainerKey, type ParsedContainerKey } from '../../../shared/domain/card-location';

/**
 * Drop-target keys: one string per place a card can be dropped, so the drag layer needs no
 * knowledge of boards. A container's key is its card location key; a persona's tab has its own.
 */
export const personaKey = (personaId: string): string => `persona:${personaId}`;

export type ParsedKey = ParsedContainerKey | { kind: 'persona'; personaId: string };

export function parseKey(key: string): ParsedKey | null {
  const [kind, personaId, extra] = key.split(':');
  if (kind === 'persona' && personaId && extra === undefined) return { kind, personaId };
  return parseContainerKey(key);
}

const sortCache = new WeakMap<readonly Card[], readonly Card[]>();

/** Cards in position order; the same array back for the same input, so memoised lists stay put. */
export function inOrder(cards: readonly Card[]): readonly Card[] {
  let sorted = sortCache.get(cards);
  if (!sorted) {
    sorted = cards.every((card, index) => index === 0 || cards[index - 1]!.position <= card.position) ? cards : [...cards].sort((a, b) => a.position - b.position);
    sortCache.set(cards, sorted);
  }
  return sorted;
}
