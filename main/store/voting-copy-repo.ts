import crypto from 'node:crypto';
import type { RankedItem, VotingResults } from '../../shared/domain/voting';
import { prepared } from './board-tables';
import { insertTokenlessParticipant, readParticipant, type ParticipantRecord } from './participants-repo';
import type { WritableDB } from './types';
import { insertItem, insertSession, insertVoter, listItems, listSessions, listVoters } from './voting-repo';

/**
 * Copies every voting session of one workshop into another (a duplicated workshop): title, rules,
 * phase and its dates, items with their comments, voters, ballots and the results stored at
 * reveal, second rounds tied to the copy of their first round. Runs inside the caller's
 * transaction.
 *
 * Items snapshot their card, map, stage and persona; `boardIds` (from duplicateBoards) turns those
 * ids into the copy's. An id whose row has left the boards since the vote gets a new id of its own:
 * it points at nothing in either workshop, and the results still group by stage as revealed.
 *
 * A phone voter's participant cannot come along (its access token is on a phone that joined the
 * original), so it becomes a removed participant of the copy, as in a restored workshop file: the
 * ballot still counts and nobody can sign in with it.
 *
 * Answers every original id copied (boards' and votes'), for what refers to them (matrices).
 */
export function duplicateVoting(
  db: WritableDB,
  fromWorkshopId: string,
  toWorkshopId: string,
  boardIds: ReadonlyMap<string, string>,
  now: string,
): ReadonlyMap<string, string> {
  const ids = new Map(boardIds);
  const fresh = (id: string): string => {
    const next = crypto.randomBytes(12).toString('base64url');
    ids.set(id, next);
    return next;
  };
  const copied = (id: string): string => ids.get(id) ?? fresh(id);
  const copiedOrNull = (id: string | null): string | null => (id === null ? null : copied(id));

  const sessions = listSessions(db, fromWorkshopId);
  for (const session of sessions) {
    const sessionId = fresh(session.id);
    const items = listItems(db, session.id).map((item) => ({
      ...item,
      id: fresh(item.id),
      sessionId,
      sourceCardId: copiedOrNull(item.sourceCardId),
      mapId: copiedOrNull(item.mapId),
      stageId: copiedOrNull(item.stageId),
      personaId: copiedOrNull(item.personaId),
    }));
    // The first round is tied once every session exists (see below).
    insertSession(db, {
      ...session,
      id: sessionId,
      workshopId: toWorkshopId,
      parentSessionId: null,
      results: session.results && copyResults(session.results, sessionId, copied),
    });
    for (const item of items) insertItem(db, item);

    for (const voter of listVoters(db, session.id)) {
      const participant = voter.participantId === null ? null : readParticipant(db, voter.participantId);
      // A phone voter's id is their participant's, the same in every session they voted in.
      const id = participant ? copiedParticipant(db, participant, ids, toWorkshopId, now) : fresh(voter.id);
      insertVoter(db, { ...voter, sessionId, id, name: participant?.name ?? voter.name, participantId: participant ? id : null });
    }
    const dots = prepared(db, 'SELECT voter_id AS voterId, item_id AS itemId, count FROM ballot_dots WHERE session_id = ? ORDER BY rowid').all(
      session.id,
    ) as { voterId: string; itemId: string; count: number }[];
    const insertDot = prepared(db, 'INSERT INTO ballot_dots (session_id, voter_id, item_id, count) VALUES (?, ?, ?, ?)');
    for (const dot of dots) insertDot.run(sessionId, copied(dot.voterId), copied(dot.itemId), dot.count);
  }

  const setParent = prepared(db, 'UPDATE voting_sessions SET parent_session_id = ? WHERE id = ?');
  for (const session of sessions) {
    if (session.parentSessionId !== null) setParent.run(copied(session.parentSessionId), copied(session.id));
  }
  return ids;
}

/** The copy's participant for an original one, made the first time one of their ballots is copied. */
function copiedParticipant(db: WritableDB, original: ParticipantRecord, ids: Map<string, string>, toWorkshopId: string, now: string): string {
  const known = ids.get(original.id);
  if (known !== undefined) return known;
  const id = crypto.randomBytes(12).toString('base64url');
  const { name, joinedAt, lastSeenAt } = original;
  insertTokenlessParticipant(db, { id, workshopId: toWorkshopId, name, joinedAt, lastSeenAt }, now);
  ids.set(original.id, id);
  return id;
}

/** The results exactly as revealed, every id in them turned into the copy's. */
function copyResults(results: VotingResults, sessionId: string, copied: (id: string) => string): VotingResults {
  const orNull = (id: string | null): string | null => (id === null ? null : copied(id));
  const row = (item: RankedItem): RankedItem => ({
    ...item,
    itemId: copied(item.itemId),
    sourceCardId: orNull(item.sourceCardId),
    mapId: orNull(item.mapId),
    stageId: orNull(item.stageId),
  });
  return {
    ...results,
    sessionId,
    items: results.items.map(row),
    byStage: results.byStage.map((group) => ({
      ...group,
      mapId: copied(group.mapId),
      stageId: copied(group.stageId),
      items: group.items.map(row),
    })),
  };
}
