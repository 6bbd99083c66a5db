import crypto from 'node:crypto';
import { prepared } from './board-tables';
import type { ReadableDB, WritableDB } from './types';

/** Participants who joined from their phones, and the join code of the sharing in progress. */

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  name: string | null;
  joinedAt: string;
  lastSeenAt: string;
  removedAt: string | null;
}

interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string | null;
  joined_at: string;
  last_seen_at: string;
  removed_at: string | null;
}

const COLUMNS = 'id, workshop_id, name, joined_at, last_seen_at, removed_at';

function fromRow(row: ParticipantRow): ParticipantRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    joinedAt: row.joined_at,
    lastSeenAt: row.last_seen_at,
    removedAt: row.removed_at,
  };
}

export function insertParticipant(db: WritableDB, p: ParticipantRecord, tokenHash: string): void {
  prepared(
    db,
    `INSERT INTO participants (id, workshop_id, name, token_hash, joined_at, last_seen_at, removed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(p.id, p.workshopId, p.name, tokenHash, p.joinedAt, p.lastSeenAt, p.removedAt);
}

/**
 * A participant nobody can sign in as, already removed: the hash is of a random token that was
 * never handed out. For a phone voter brought into another workshop (a copy, a restored file):
 * their ballot still counts, while their access token stays with the workshop they joined.
 */
export function insertTokenlessParticipant(db: WritableDB, p: Omit<ParticipantRecord, 'removedAt'>, removedAt: string): void {
  const tokenHash = crypto.createHash('sha256').update(crypto.randomBytes(32)).digest('hex');
  insertParticipant(db, { ...p, removedAt }, tokenHash);
}

/** The participant a token hash belongs to, removed or not (the caller decides what removal means). */
export function participantByTokenHash(db: ReadableDB, tokenHash: string): ParticipantRecord | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM participants WHERE token_hash = ?`).get(tokenHash) as ParticipantRow | undefined;
  return row ? fromRow(row) : null;
}

export function readParticipant(db: ReadableDB, id: string): ParticipantRecord | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM participants WHERE id = ?`).get(id) as ParticipantRow | undefined;
  return row ? fromRow(row) : null;
}

/** Participants of a workshop who have not been removed, in joining order. */
export function listActiveParticipants(db: ReadableDB, workshopId: string): ParticipantRecord[] {
  return (
    prepared(db, `SELECT ${COLUMNS} FROM participants WHERE workshop_id = ? AND removed_at IS NULL ORDER BY joined_at, rowid`).all(
      workshopId,
    ) as ParticipantRow[]
  ).map(fromRow);
}

export function isActiveParticipant(db: ReadableDB, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM participants WHERE id = ? AND removed_at IS NULL').get(id) !== undefined;
}

export function countActiveParticipants(db: ReadableDB, workshopId: string): number {
  return Number(prepared(db, 'SELECT count(*) FROM participants WHERE workshop_id = ? AND removed_at IS NULL').pluck().get(workshopId));
}

export function markRemoved(db: WritableDB, id: string, at: string): void {
  prepared(db, 'UPDATE participants SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(at, id);
}

export function touchParticipant(db: WritableDB, id: string, at: string): void {
  prepared(db, 'UPDATE participants SET last_seen_at = ? WHERE id = ?').run(at, id);
}

/* ---------- join codes ---------- */

/** Every earlier code expires: only one sharing runs at a time. */
export function replaceJoinCode(db: WritableDB, code: string, workshopId: string, at: string): void {
  prepared(db, 'DELETE FROM join_codes').run();
  prepared(db, 'INSERT INTO join_codes (code, workshop_id, created_at) VALUES (?, ?, ?)').run(code, workshopId, at);
}

export function clearJoinCodes(db: WritableDB): void {
  prepared(db, 'DELETE FROM join_codes').run();
}

/** The workshop a join code admits to, or null. */
export function workshopOfJoinCode(db: ReadableDB, code: string): string | null {
  const value = prepared(db, 'SELECT workshop_id FROM join_codes WHERE code = ?').pluck().get(code) as string | undefined;
  return value ?? null;
}
