import type { WorkshopVoting } from '../../../shared/domain/voting';
import { withTurnout } from '../../../shared/domain/voting-turnout';
import type { AtelierApi } from '../../../shared/ipc/contract';
import { readPart, type FollowSpec } from '../api/follower';

/**
 * How the facilitator's and the presenter's voting views follow main: the whole view first; after
 * a push that says only ballots changed, only that session's turnout (every session's when a phone
 * joined or left), laid over the view shown; after any other voting push, the whole view again.
 */
export function workshopVotingSpec(api: Pick<AtelierApi, 'votingSessionsList' | 'votingTurnout'>, workshopId: string): FollowSpec<WorkshopVoting> {
  return {
    read: () => api.votingSessionsList({ workshopId }),
    react: (event) => {
      if (event.type !== 'votingChanged' || event.payload.workshopId !== workshopId) return undefined;
      if (!event.payload.ballotsOnly) return { kind: 'read' };
      const { sessionId } = event.payload;
      return readPart(sessionId ?? '*', () => api.votingTurnout({ workshopId, sessionId }), withTurnout);
    },
  };
}
