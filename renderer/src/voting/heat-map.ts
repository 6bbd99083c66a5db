import { heatByCard as heatOfItems, type CardHeat } from '../../../shared/domain/vote-heat';
import type { VotingSessionView, WorkshopVoting } from '../../../shared/domain/voting';

export type { CardHeat } from '../../../shared/domain/vote-heat';

/** The revealed session whose votes the board shows: the room's current one if revealed, else the latest revealed. */
export function heatSession(voting: WorkshopVoting | null): VotingSessionView | null {
  if (!voting) return null;
  const revealed = voting.sessions.filter((s) => s.phase === 'revealed' && s.results !== null);
  const current = revealed.find((s) => s.id === voting.currentSessionId);
  if (current) return current;
  return revealed.sort((a, b) => ((a.revealedAt ?? '') < (b.revealedAt ?? '') ? 1 : -1))[0] ?? null;
}

/** Votes per source card of a revealed session (shared/domain/vote-heat.ts): card or group id → heat. */
export function heatByCard(session: VotingSessionView | null): ReadonlyMap<string, CardHeat> {
  const results = session?.results;
  return results ? heatOfItems(results.items, results.maxVotes) : new Map<string, CardHeat>();
}

export { heatOfCard } from '../../../shared/domain/vote-heat';
