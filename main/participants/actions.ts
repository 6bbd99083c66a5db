import { createHash, randomBytes } from 'node:crypto';
import type { CardContainer } from '../../shared/domain/board';
import { timerDurationMs, timerRemainingMs } from '../../shared/domain/timer';
import type { Ballot, BallotDot } from '../../shared/domain/voting';
import {
  PARTICIPANT_TOKEN_BYTES,
  type BoardTargets,
  type JoinAnswer,
  type ParticipantMatrix,
  type ParticipantState,
  type ParticipantVote,
} from '../../shared/participant/protocol';
import type { Step } from '../../shared/domain/workshop';
import { AppError } from '../../shared/ipc/result';
import { listMatrices } from '../store/matrices-repo';
import { readBoardContent } from '../store/board-read-repo';
import {
  countActiveParticipants,
  insertParticipant,
  isActiveParticipant,
  participantByTokenHash,
  touchParticipant,
  workshopOfJoinCode,
  type ParticipantRecord,
} from '../store/participants-repo';
import type { ReadableDB } from '../store/types';
import { ballotOf, listItems, listSessions, openSessionOf } from '../store/voting-repo';
import { validInput } from '../ipc/validate';
import { cardCreate } from '../services/boards/cards';
import type { ServiceContext } from '../services/context';
import { castBallot, requireSession } from '../services/voting/ballots';
import { currentSession } from '../services/voting/view';
import { newId, requireEditable, requireWorkshop } from '../services/workshops';

/**
 * The only things a participant can do: join, read the room's state, add a card to the current
 * board, vote in the open session. Each write is one synchronous transaction, committed before
 * the caller acknowledges it.
 */

export const MAX_PARTICIPANTS_PER_WORKSHOP = 300;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Admits a phone with the join code; the token is returned once and only its hash is stored. */
export function joinWorkshop(ctx: ServiceContext, workshopId: string, code: string, name: string | undefined): JoinAnswer {
  const token = randomBytes(PARTICIPANT_TOKEN_BYTES).toString('base64url');
  const now = ctx.now().toISOString();
  const participant = ctx.store().transaction((db) => {
    if (workshopOfJoinCode(db, code) !== workshopId) throw new AppError('unauthorized', 'Unknown or expired join code');
    requireEditable(db, workshopId);
    if (countActiveParticipants(db, workshopId) >= MAX_PARTICIPANTS_PER_WORKSHOP) {
      throw new AppError('conflict', 'This workshop is full');
    }
    const record: ParticipantRecord = {
      id: newId(),
      workshopId,
      name: name ? name : null,
      joinedAt: now,
      lastSeenAt: now,
      removedAt: null,
    };
    insertParticipant(db, record, hashToken(token));
    return record;
  });
  return { token, participantId: participant.id, name: participant.name };
}

/** The participant a token admits to this workshop, or a refusal that tells the phone to join again. */
export function authenticate(ctx: ServiceContext, workshopId: string, token: string): ParticipantRecord {
  const now = ctx.now().toISOString();
  return ctx.store().transaction((db) => {
    const participant = participantByTokenHash(db, hashToken(token));
    if (!participant) throw new AppError('unauthorized', 'Unknown participant token');
    if (participant.removedAt !== null) throw new AppError('forbidden', 'This participant was removed', undefined, 'participant_removed');
    if (participant.workshopId !== workshopId) throw new AppError('forbidden', 'This token belongs to another workshop');
    touchParticipant(db, participant.id, now);
    return participant;
  });
}

/** Still allowed to act (not removed since the socket opened). */
export function requireActive(db: ReadableDB, participant: ParticipantRecord): void {
  if (!isActiveParticipant(db, participant.id)) throw new AppError('forbidden', 'This participant was removed', undefined, 'participant_removed');
}

/** What every participant of the workshop sees, except their own dots (added by withOwnBallot). */
export function roomState(db: ReadableDB, workshopId: string, nowMs: number): ParticipantState {
  const workshop = requireWorkshop(db, workshopId);
  const index = workshop.steps.findIndex((s) => s.id === workshop.currentStepId);
  const step = index >= 0 ? workshop.steps[index] : undefined;
  return {
    workshop: {
      title: workshop.title,
      language: workshop.language,
      progress:
        workshop.state === 'finished' || (!step && workshop.steps.some((s) => s.actualStart !== null))
          ? 'finished'
          : workshop.steps.some((s) => s.actualStart !== null)
            ? 'running'
            : 'not-started',
    },
    step: step ? { title: step.title, kind: step.kind, instructions: step.instructions, index: index + 1, count: workshop.steps.length } : null,
    timer: step
      ? {
          status: workshop.timer.status,
          remainingMs: timerRemainingMs(workshop.timer, step.plannedMinutes, nowMs),
          durationMs: timerDurationMs(step.plannedMinutes, workshop.timer),
        }
      : null,
    board: step ? boardTargets(db, workshopId, step.kind) : null,
    vote: roomVote(db, workshopId),
    matrix: step ? roomMatrix(db, workshopId, step) : null,
  };
}

/** The matrix of the current step when it is a prioritisation step: what the room placed, nothing else. */
export function roomMatrix(db: ReadableDB, workshopId: string, step: Pick<Step, 'id' | 'kind'>): ParticipantMatrix | null {
  if (step.kind !== 'prioritisation') return null;
  const matrix = listMatrices(db, workshopId).find((m) => m.stepId === step.id);
  if (!matrix) return null;
  return {
    title: matrix.title,
    verticalLabel: matrix.verticalLabel,
    horizontalLabel: matrix.horizontalLabel,
    items: matrix.items.map((item) => ({ id: item.id, text: item.text, votes: item.votes, placement: item.placement })),
  };
}

export function withOwnBallot(db: ReadableDB, state: ParticipantState, participantId: string): ParticipantState {
  if (!state.vote) return state;
  const mine = ballotOf(db, state.vote.sessionId, participantId);
  return { ...state, vote: { ...state.vote, myBallot: mine.length > 0 ? mine : null } };
}

export function roomVote(db: ReadableDB, workshopId: string): ParticipantVote | null {
  const sessions = listSessions(db, workshopId);
  const id = currentSession(sessions);
  const session = sessions.find((s) => s.id === id);
  if (!session || session.phase === 'setup') return null;
  // Tallies exist for participants only in the revealed phase, from the stored snapshot.
  const results =
    session.phase === 'revealed' && session.results
      ? {
          items: session.results.items.map((r) => ({ itemId: r.itemId, text: r.text, votes: r.votes, rank: r.rank })),
          votersVoted: session.results.votersVoted,
          maxVotes: session.results.maxVotes,
        }
      : null;
  return {
    sessionId: session.id,
    title: session.title,
    round: session.round,
    phase: session.phase,
    rules: session.rules,
    items: listItems(db, session.id).map((i) => ({ id: i.id, text: i.text })),
    myBallot: null,
    results,
  };
}

/** The current step's board: persona sections for a persona step, journey cells for a journey step. */
export function boardTargets(db: ReadableDB, workshopId: string, stepKind: string): BoardTargets | null {
  if (stepKind !== 'persona' && stepKind !== 'journey') return null;
  const { personas, journeyMaps } = readBoardContent(db, workshopId);
  if (stepKind === 'persona') {
    return {
      kind: 'persona',
      personas: personas.map((p) => ({
        id: p.id,
        name: p.name,
        sections: p.sections.filter((s) => !s.hidden).map((s) => ({ id: s.id, title: s.title })),
      })),
    };
  }
  return {
    kind: 'journey',
    maps: journeyMaps.map((m) => ({
      id: m.id,
      title: m.title,
      stages: m.stages.map((s) => ({ id: s.id, title: s.title })),
      // The emotion lane holds a score per stage, not cards.
      lanes: m.lanes.filter((l) => !l.hidden && l.kind !== 'emotion').map((l) => ({ id: l.id, title: l.title, kind: l.kind })),
    })),
  };
}

/** Is this container one of the places the current board offers? Anything else is refused. */
export function isOffered(targets: BoardTargets | null, container: CardContainer): boolean {
  if (!targets) return false;
  if (targets.kind === 'persona') {
    return container.kind === 'section' && targets.personas.some((p) => p.sections.some((s) => s.id === container.sectionId));
  }
  if (container.kind !== 'cell') return false;
  const map = targets.maps.find((m) => m.id === container.mapId);
  return !!map && map.stages.some((s) => s.id === container.stageId) && map.lanes.some((l) => l.id === container.laneId);
}

/** Adds a card through the boards service, so it is undoable and every board view hears of it. */
export function addCard(
  ctx: ServiceContext,
  participant: ParticipantRecord,
  container: CardContainer,
  text: string,
): string {
  const db = ctx.store().db;
  requireActive(db, participant);
  const workshop = requireWorkshop(db, participant.workshopId);
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
  if (!step || !isOffered(boardTargets(db, workshop.id, step.kind), container)) {
    throw new AppError('forbidden', 'Cards can only be added to the current step’s board');
  }
  const card = cardCreate(ctx, validInput('cardCreate', { workshopId: workshop.id, container, text, author: participant.name ?? undefined }));
  return card.id;
}

export interface VoteRequest {
  participant: ParticipantRecord;
  sessionId: string;
  dots: Ballot;
}
export type VoteOutcome = { ok: true; dots: BallotDot[] } | { ok: false; error: AppError };

/**
 * Casts (or replaces) ballots in the workshop's open session — all the ballots that arrived
 * together, in ONE transaction: a room voting at once then costs one commit (synchronous=FULL)
 * and one facilitator view instead of a hundred. Each ballot runs in its own savepoint, so a
 * refused one changes nothing and does not hold the others back. Nothing may be acknowledged
 * before this returns, that is before the commit.
 */
export function voteTogether(
  ctx: ServiceContext,
  workshopId: string,
  requests: readonly VoteRequest[],
): { outcomes: VoteOutcome[]; castIn: string | null } {
  const now = ctx.now().toISOString();
  return ctx.store().transaction((db) => {
    const workshop = requireEditable(db, workshopId);
    // The session and its items are read once for the whole batch, not once per ballot.
    const open = openSessionOf(db, workshop.id);
    const items = open ? listItems(db, open.id) : [];
    const outcomes = requests.map((request): VoteOutcome => {
      try {
        db.transaction(() => {
          requireActive(db, request.participant);
          if (!open || open.id !== request.sessionId) throw notOpen(db, workshop.id, request.sessionId);
          castBallot(db, open, { kind: 'phone', participantId: request.participant.id }, request.dots, now, items);
        })();
        return { ok: true, dots: request.dots };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error };
        throw error;
      }
    });
    // The caller tells the other views after the acks; each reads what it shows.
    return { outcomes, castIn: open && outcomes.some((o) => o.ok) ? open.id : null };
  });
}

/** Why a ballot for this session is refused: another workshop's session, or one not open. */
function notOpen(db: ReadableDB, workshopId: string, sessionId: string): AppError {
  const session = requireSession(db, sessionId);
  if (session.workshopId !== workshopId) return new AppError('forbidden', 'This vote belongs to another workshop');
  return new AppError('conflict', 'This vote is not open');
}
