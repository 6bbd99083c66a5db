/**
 * The vote heat a pain-point card shows once votes are revealed, on the journey map's screen and
 * in the deliverable alike: its dots and rank, and a level 0..4 the tint's strength follows.
 */
export interface CardHeat {
  votes: number;
  rank: number;
  /** votes / the most dots any item got: 0..1. */
  share: number;
}

export const HEAT_LEVELS = 4;

interface HeatedItem {
  sourceCardId: string | null;
  sourceGroupId?: string | null;
  memberCardIds?: readonly string[];
  votes: number;
  rank: number;
}

/**
 * Votes per source card of one revealed vote: card id → heat. A group item heats each card it
 * held when the vote was made, and the group itself (by its id, for its stack): the room voted on
 * the theme, so every card of it shows the theme's votes and rank. Typed items have none.
 */
export function heatByCard(items: readonly HeatedItem[], maxVotes: number): ReadonlyMap<string, CardHeat> {
  const map = new Map<string, CardHeat>();
  for (const item of items) {
    const heat = { votes: item.votes, rank: item.rank, share: maxVotes > 0 ? item.votes / maxVotes : 0 };
    if (item.sourceCardId !== null) map.set(item.sourceCardId, heat);
    for (const cardId of item.memberCardIds ?? []) map.set(cardId, heat);
    if (item.sourceGroupId) map.set(item.sourceGroupId, heat);
  }
  return map;
}

/**
 * A card's heat: its own item's, plus that of every duplicate merged into it (a vote cast on a
 * card merged since counts for the card it joined): votes and shares add up, the best rank shows.
 */
export function heatOfCard(heat: ReadonlyMap<string, CardHeat>, card: { id: string; mergedFrom: readonly { id: string }[] }): CardHeat | null {
  const parts = [card.id, ...card.mergedFrom.map((merged) => merged.id)].flatMap((id) => {
    const part = heat.get(id);
    return part ? [part] : [];
  });
  const [first, ...rest] = parts;
  if (!first) return null;
  return rest.reduce(
    (sum, part) => ({ votes: sum.votes + part.votes, rank: Math.min(sum.rank, part.rank), share: Math.min(1, sum.share + part.share) }),
    first,
  );
}

/** 0 for no dot, else 1..4 by share of the most-voted item (any dot shows at least a faint tint). */
export function heatLevel(heat: Pick<CardHeat, 'votes' | 'share'>): number {
  return heat.votes === 0 ? 0 : Math.max(1, Math.ceil(heat.share * HEAT_LEVELS));
}
