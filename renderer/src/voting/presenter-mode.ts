import type { SharingStatus, VotingSessionView, WorkshopVoting } from '../../../shared/domain/voting';
import type { Step, Workshop } from '../../../shared/domain/workshop';

/** What the projector shows of voting: how to join, how many have voted, or the results. */
export type PresenterVotingMode = 'join' | 'count' | 'results';

export interface PresenterVotingState {
  mode: PresenterVotingMode;
  session: VotingSessionView | null;
  /** Sharing is on for this workshop: the join details can be shown. */
  joinable: boolean;
}

/**
 * When voting takes over the projector. An open vote always does (the room is voting). Results
 * show when they were revealed after the current step started — or after the voting step just
 * before it started, as in the built-in templates where "reveal and discuss" follows the vote. A
 * voting step (or the one after it) never started on the timer counts from the beginning, so a
 * facilitator who skips the timer still gets the results. During a voting step otherwise: the
 * count once the vote is closed, the join screen while sharing is on.
 */
export function presenterVoting(
  workshop: Workshop,
  step: Step,
  voting: WorkshopVoting | null,
  sharing: SharingStatus,
): PresenterVotingState | null {
  const session = voting?.sessions.find((s) => s.id === voting.currentSessionId) ?? null;
  const joinable = sharing.active && sharing.workshopId === workshop.id;
  const index = workshop.steps.findIndex((s) => s.id === step.id);
  const previous = index > 0 ? workshop.steps[index - 1] : undefined;
  const votingStep = step.kind === 'voting';
  const afterVotingStep = previous?.kind === 'voting';

  if (session?.phase === 'open') return { mode: 'count', session, joinable };
  if (session?.phase === 'revealed') {
    const anchor = !votingStep && afterVotingStep && previous ? previous : step;
    const since = anchor.actualStart ?? (votingStep || afterVotingStep ? '' : null);
    if (since !== null && (session.revealedAt ?? '') >= since) return { mode: 'results', session, joinable };
  }
  if (!votingStep) return null;
  if (session?.phase === 'closed' && (session.closedAt ?? '') >= (step.actualStart ?? '')) return { mode: 'count', session, joinable };
  if (joinable) return { mode: 'join', session: null, joinable };
  return null;
}
