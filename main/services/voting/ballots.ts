import { validateBallot, type Ballot, type VotingItem, type WorkshopVoting } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { AppError } from '../../../shared/ipc/result';
import { readParticipant } from '../../store/participants-repo';
import type { ReadableDB, WritableDB } from '../../store/types';
import {
  deleteVoter,
  findProxyVoter,
  insertVoter,
  listItems,
  readSession,
  readVoter,
  replaceBallot,
  type SessionRecord,
} from '../../store/voting-repo';
import type { ServiceContext } from '../context';
import { buildWorkshopVoting } from './view';
import { newId, requireEditable } from '../workshops';

/**
 * The one path for changing voting: find the workshop, check it is editable, change, read the
 * facilitator's view back, all in ONE synchronous transaction (committed with synchronous=FULL
 * before anything is acknowledged), then tell every window.
 */
export function editVoting<T>(
  ctx: ServiceContext,
  locate: (db: ReadableDB) => string,
  change: (db: WritableDB, workshop: Workshop, now: string) => T,
  pushed: VotingPush = {},
): { result: T; voting: WorkshopVoting } {
  const now = ctx.now().toISOString();
  const outcome = ctx.store().transaction((db) => {
    const workshop = requireEditable(db, locate(db));
    const result = change(db, workshop, now);
    return { result, voting: buildWorkshopVoting(db, workshop.id) };
  });
  ctx.bus.emit('votingChanged', { workshopId: outcome.voting.workshopId, sessionId: pushed.sessionId ?? null, ballotsOnly: pushed.ballotsOnly ?? false });
  return outcome;
}

/** What the votingChanged push of an edit says: the session it touched, and whether only ballots or voters changed. */
export interface VotingPush {
  sessionId?: string;
  ballotsOnly?: boolean;
}

export function requireSession(db: ReadableDB, id: string): SessionRecord {
  const session = readSession(db, id);
  if (!session) throw new AppError('not_found', `No voting session ${id}`);
  return session;
}

export function workshopOfSession(id: string): (db: ReadableDB) => string {
  return (db) => requireSession(db, id).workshopId;
}

/** Who a ballot is for. A laptop voter is new unless voterId names one already registered. */
export type BallotVoter =
  | { kind: 'phone'; participantId: string }
  | { kind: 'proxy'; name: string }
  | { kind: 'laptop'; name: string | null; voterId?: string | undefined };

/**
 * Checks the phase and the rules, then replaces the voter's ballot. Every voter — phone, proxy or
 * laptop — goes through here, so the caps are the same for all.
 */
export function castBallot(
  db: WritableDB,
  session: SessionRecord,
  voter: BallotVoter,
  dots: Ballot,
  now: string,
  items: readonly Pick<VotingItem, 'id'>[] = listItems(db, session.id),
): string {
  if (session.phase !== 'open') throw new AppError('conflict', `Voting is ${session.phase === 'setup' ? 'not open yet' : 'closed'}`);
  const check = validateBallot(session.rules, items, dots);
  if (!check.ok) throw new AppError('invalid_input', `dots: ${check.message}`, 'dots');

  const voterId = voterIdFor(db, session, voter, now);
  replaceBallot(db, session.id, voterId, dots, now);
  return voterId;
}

function voterIdFor(db: WritableDB, session: SessionRecord, voter: BallotVoter, now: string): string {
  switch (voter.kind) {
    case 'phone': {
      const participant = readParticipant(db, voter.participantId);
      if (!participant || participant.removedAt !== null) throw new AppError('unauthorized', 'This participant was removed', undefined, 'participant_removed');
      if (participant.workshopId !== session.workshopId) throw new AppError('forbidden', 'This vote belongs to another workshop');
      if (!readVoter(db, session.id, participant.id)) {
        // An expected participant (a proxy row without a ballot) who votes from their phone is the same person.
        const expected = participant.name ? findProxyVoter(db, session.id, participant.name) : null;
        if (expected && expected.votedAt === null) deleteVoter(db, session.id, expected.id);
        insertVoter(db, {
          sessionId: session.id,
          id: participant.id,
          kind: 'phone',
          name: participant.name,
          participantId: participant.id,
          createdAt: now,
          votedAt: null,
        });
      }
      return participant.id;
    }
    case 'proxy': {
      const existing = findProxyVoter(db, session.id, voter.name);
      if (existing) return existing.id;
      return addVoter(db, session.id, 'proxy', voter.name, now);
    }
    case 'laptop': {
      if (voter.voterId === undefined) return addVoter(db, session.id, 'laptop', voter.name, now);
      const existing = readVoter(db, session.id, voter.voterId);
      if (!existing || existing.kind === 'phone') throw new AppError('not_found', `No laptop or proxy voter ${voter.voterId}`);
      return existing.id;
    }
  }
}

export function addVoter(db: WritableDB, sessionId: string, kind: 'proxy' | 'laptop', name: string | null, now: string): string {
  const id = newId();
  insertVoter(db, { sessionId, id, kind, name, participantId: null, createdAt: now, votedAt: null });
  return id;
}
