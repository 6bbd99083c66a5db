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

/** Votes per source card of one revealed vote: card id → heat. Items not made from a card have none. */
export function heatByCard(items: readonly { sourceCardId: string | null; votes: number; rank: number }[], maxVotes: number): ReadonlyMap<string, CardHeat> {
  const map = new Map<string, CardHeat>();
  for (const item of items) {
    if (item.sourceCardId === null) continue;
    map.set(item.sourceCardId, { votes: item.votes, rank: item.rank, share: maxVotes > 0 ? item.votes / maxVotes : 0 });
  }
  return map;
}

/** 0 for no dot, else 1..4 by share of the most-voted item (any dot shows at least a faint tint). */
export function heatLevel(heat: Pick<CardHeat, 'votes' | 'share'>): number {
  return heat.votes === 0 ? 0 : Math.max(1, Math.ceil(heat.share * HEAT_LEVELS));
}
