import type { Card } from '../../../shared/domain/board';
import type { VotingSessionView, WorkshopVoting } from '../../../shared/domain/voting';

export interface CardHeat {
  votes: number;
  rank: number;
  /** votes / the most votes any item got: 0..1, what the overlay's strength follows. */
  share: number;
}

/** The revealed session whose votes the board shows: the room's current one if revealed, else the latest revealed. */
export function heatSession(voting: WorkshopVoting | null): VotingSessionView | null {
  if (!voting) return null;
  const revealed = voting.sessions.filter((s) => s.phase === 'revealed' && s.results !== null);
  const current = revealed.find((s) => s.id === voting.currentSessionId);
  if (current) return current;
  return revealed.sort((a, b) => ((a.revealedAt ?? '') < (b.revealedAt ?? '') ? 1 : -1))[0] ?? null;
}

/**
 * Votes per source card of a revealed session: card id → heat. A group item heats each card it
 * held when the vote was made, and the group itself (by its id, for its stack): the room voted on
 * the theme, so every card of it shows the theme's votes and rank.
 */
export function heatByCard(session: VotingSessionView | null): ReadonlyMap<string, CardHeat> {
  const map = new Map<string, CardHeat>();
  const results = session?.results;
  if (!results) return map;
  for (const item of results.items) {
    const heat = { votes: item.votes, rank: item.rank, share: results.maxVotes > 0 ? item.votes / results.maxVotes : 0 };
    if (item.sourceCardId !== null) map.set(item.sourceCardId, heat);
    for (const cardId of item.memberCardIds) map.set(cardId, heat);
    if (item.sourceGroupId) map.set(item.sourceGroupId, heat);
  }
  return map;
}

/**
 * A card's heat: its own item's, plus that of every duplicate merged into it (a vote cast on a
 * card merged since counts for the card it joined): votes and shares add up, the best rank shows.
 */
export function heatOfCard(heat: ReadonlyMap<string, CardHeat>, card: Pick<Card, 'id' | 'mergedFrom'>): CardHeat | null {
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
