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
import { AppError } from '../../shared/ipc/result';
import { listMatrices } from '../store/matrices-repo';
import { containerOfRow, readBoardContent } from '../store/board-read-repo';
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
import { cardDelete, cardUpdate, createCard } from '../services/boards/cards';
import { getRow, type CardRow } from '../store/board-tables';
import { isOffered, participantBoard, type BoardContent } from './board-view';
import type { AuthorDisplay, Step, Workshop } from '../../shared/domain/workshop';
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

/**
 * What every participant of the workshop sees, read once for all phones: the shared part of the
 * state, and the board content from which each phone's own view is cut (stateFor).
 */
export interface RoomSnapshot {
  /** Board left null: it differs per phone. */
  shared: ParticipantState;
  step: Step | null;
  authorDisplay: AuthorDisplay;
  content: BoardContent | null;
}

export function roomState(db: ReadableDB, workshopId: string, nowMs: number): RoomSnapshot {
  const workshop = requireWorkshop(db, workshopId);
  const index = workshop.steps.findIndex((s) => s.id === workshop.currentStepId);
  const step = index >= 0 ? workshop.steps[index] : undefined;
  const shared: ParticipantState = {
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
    board: null,
    vote: roomVote(db, workshopId),
    matrix: step ? roomMatrix(db, workshopId, step) : null,
  };
  const boardStep = step && (step.kind === 'persona' || step.kind === 'journey') ? step : null;
  return { shared, step: boardStep, authorDisplay: workshop.authorDisplay, content: boardStep ? readBoardContent(db, workshopId) : null };
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
    items: matrix.items.map((item) => ({ id: item.id, text: item.text, members: item.members, votes: item.votes, placement: item.placement })),
  };
}

/** The room's state for one participant: the board's cards they may see, and their own dots. */
export function stateFor(db: ReadableDB, room: RoomSnapshot, participantId: string): ParticipantState {
  const board = room.step && room.content ? participantBoard(room.content, room.step, room.authorDisplay, participantId) : null;
  return withOwnBallot(db, { ...room.shared, board }, participantId);
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
          items: session.results.items.map((r) => ({ itemId: r.itemId, text: r.text, members: r.members, votes: r.votes, rank: r.rank })),
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
    items: listItems(db, session.id).map((i) => ({ id: i.id, text: i.text, members: i.members })),
    myBallot: null,
    results,
  };
}

/** The current board step and its places (as this participant sees them), or null when the step has no board. */
function currentBoard(db: ReadableDB, workshop: Workshop, participantId: string): { step: Step; targets: BoardTargets } | null {
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
  if (!step) return null;
  const targets = participantBoard(readBoardContent(db, workshop.id), step, workshop.authorDisplay, participantId);
  return targets ? { step, targets } : null;
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
  const board = currentBoard(db, workshop, participant.id);
  if (!board || !isOffered(board.targets, container)) {
    throw new AppError('forbidden', 'Cards can only be added to the current step’s board');
  }
  const input = validInput('cardCreate', { workshopId: workshop.id, container, text, author: participant.name ?? undefined });
  return createCard(ctx, input, participant.id).id;
}

/**
 * The card a participant may change: their own, on the board of the step that is running now.
 * Checked in this order so each refusal says what is wrong: not their card (or no such card),
 * the step over, then a card elsewhere than on the current board.
 */
function ownCardOnBoard(ctx: ServiceContext, participant: ParticipantRecord, cardId: string): CardRow {
  const db = ctx.store().db;
  requireActive(db, participant);
  const card = getRow(db, 'cards', cardId);
  if (!card || card.workshop_id !== participant.workshopId) throw new AppError('not_found', 'No such card on this workshop’s board');
  if (card.participant_id !== participant.id) throw new AppError('forbidden', 'You can only change the cards you wrote', undefined, 'not_own_card');
  const workshop = requireEditable(db, participant.workshopId);
  const board = workshop.state === 'finished' ? null : currentBoard(db, workshop, participant.id);
  if (!board) throw new AppError('conflict', 'The step has ended: cards can no longer be changed', undefined, 'step_ended');
  if (!isOffered(board.targets, containerOfRow(card))) {
    throw new AppError('forbidden', 'This card is not on the current step’s board', undefined, 'not_on_board');
  }
  return card;
}

/** A participant rewrites their own card: one undoable board edit, like the laptop's. */
export function editOwnCard(ctx: ServiceContext, participant: ParticipantRecord, cardId: string, text: string): string {
  ownCardOnBoard(ctx, participant, cardId);
  cardUpdate(ctx, validInput('cardUpdate', { cardId, patch: { text } }));
  return cardId;
}

export function deleteOwnCard(ctx: ServiceContext, participant: ParticipantRecord, cardId: string): string {
  ownCardOnBoard(ctx, participant, cardId);
  cardDelete(ctx, validInput('cardDelete', { cardId }));
  return cardId;
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
