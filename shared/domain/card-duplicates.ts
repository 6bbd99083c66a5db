import type { Card, MergedCard } from './board';

/**
 * Duplicates: two cards saying the same thing become one. The card kept keeps its own text and
 * gains, in its `mergedFrom`, the other card (text, author, participant) followed by whatever had
 * already been merged into that one — so nobody's note or name is lost.
 *
 * A vote counts on the card it was cast on; once that card has been merged, what it counted goes
 * to the card it was merged into. `mergedFrom` keeps the merged card's id for that reason.
 */

/** What `into` carries once `other` is merged into it (`participantId`: who wrote it from a phone, if anyone). */
export function mergedFromAfter(
  into: Pick<Card, 'mergedFrom'>,
  other: Pick<Card, 'id' | 'text' | 'author' | 'mergedFrom'> & { participantId?: string | null },
): MergedCard[] {
  const merged: MergedCard = { id: other.id, text: other.text, author: other.author, participantId: other.participantId ?? null };
  return [...into.mergedFrom, merged, ...other.mergedFrom];
}

/** Every card id that now stands for a card of the board: a merged card's id → the id of the card it was merged into. */
export function keptCardIds(cards: Iterable<Pick<Card, 'id' | 'mergedFrom'>>): Map<string, string> {
  const kept = new Map<string, string>();
  for (const card of cards) {
    kept.set(card.id, card.id);
    for (const merged of card.mergedFrom) kept.set(merged.id, card.id);
  }
  return kept;
}

/** The authors of a card and of the duplicates merged into it, each once, in order. */
export function authorsOf(card: Pick<Card, 'author' | 'mergedFrom'>): string[] {
  const names = [card.author, ...card.mergedFrom.map((merged) => merged.author)].filter((name): name is string => !!name);
  return [...new Set(names)];
}
