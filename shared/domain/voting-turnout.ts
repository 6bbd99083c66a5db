import type { VotingSessionView, WorkshopVoting } from './voting';

/**
 * The one list of what a ballot changes in a session's view: who has voted, the counts, and who
 * is still to vote. A ballot (or a voter added or removed, or a phone joining) changes nothing
 * else: not the items, rules or phase, and not the results, which exist only once revealed, from
 * the snapshot stored at reveal, when no ballot is taken any more.
 */
export const TURNOUT_FIELDS = ['voters', 'voterCount', 'votedCount', 'notVotedNames'] as const;

/** One session's turnout, exactly as its whole view shows it (names hidden in anonymous mode alike). */
export type SessionTurnout = { sessionId: string } & Pick<VotingSessionView, (typeof TURNOUT_FIELDS)[number]>;

/** The turnout of one session of a workshop, or of every session when a phone joined or was removed. */
export interface VotingTurnout {
  workshopId: string;
  /** null: every session of the workshop. */
  sessionId: string | null;
  sessions: SessionTurnout[];
}

/**
 * Lays a turnout read over the voting view shown; sessions it does not name keep their objects.
 * null when it cannot be placed (another workshop, a session not shown, or a whole-workshop
 * turnout whose sessions are not those shown): the view is then read whole.
 */
export function withTurnout(voting: WorkshopVoting, turnout: VotingTurnout): WorkshopVoting | null {
  if (turnout.workshopId !== voting.workshopId) return null;
  const byId = new Map(turnout.sessions.map((s) => [s.sessionId, s]));
  if (byId.size !== turnout.sessions.length) return null;
  if (turnout.sessionId === null ? byId.size !== voting.sessions.length : byId.size !== 1 || !byId.has(turnout.sessionId)) return null;
  let placed = 0;
  const sessions = voting.sessions.map((view) => {
    const part = byId.get(view.id);
    if (!part) return view;
    placed += 1;
    const { sessionId: _id, ...turnout } = part;
    return { ...view, ...turnout };
  });
  return placed === byId.size ? { ...voting, sessions } : null;
}
