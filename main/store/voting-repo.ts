import {
  VOTER_KINDS,
  VOTING_ITEM_SOURCES,
  VOTING_PHASES,
  type BallotDot,
  type RankedItem,
  type VoterKind,
  type VotingItem,
  type VotingItemSource,
  type VotingPhase,
  type VotingResults,
  type VotingRules,
} from '../../shared/domain/voting';
import { prepared } from './board-tables';
import { parseJson } from './workshops-repo';
import type { ReadableDB, WritableDB } from './types';

/** Voting sessions, their items, voters and ballots. Every value is a bound parameter. */

export interface SessionRecord {
  id: string;
  workshopId: string;
  parentSessionId: string | null;
  round: number;
  title: string;
  phase: VotingPhase;
  rules: VotingRules;
  results: VotingResults | null;
  createdAt: string;
  updatedAt: string;
  openedAt: string | null;
  closedAt: string | null;
  revealedAt: string | null;
}

interface SessionRow {
  id: string;
  workshop_id: string;
  parent_session_id: string | null;
  round: number;
  title: string;
  phase: string;
  dots_per_voter: number;
  max_per_item: number;
  anonymous: number;
  results: string | null;
  created_at: string;
  updated_at: string;
  opened_at: string | null;
  closed_at: string | null;
  revealed_at: string | null;
}

const SESSION_COLUMNS =
  'id, workshop_id, parent_session_id, round, title, phase, dots_per_voter, max_per_item, anonymous, results, created_at, updated_at, opened_at, closed_at, revealed_at';

function sessionFromRow(row: SessionRow): SessionRecord {
  const phase = (VOTING_PHASES as readonly string[]).includes(row.phase) ? (row.phase as VotingPhase) : 'closed';
  const stored = row.results === null ? null : (parseJson(row.results, null) as VotingResults | null);
  return {
    id: row.id,
    workshopId: row.workshop_id,
    parentSessionId: row.parent_session_id,
    round: row.round,
    title: row.title,
    phase,
    rules: { dotsPerVoter: row.dots_per_voter, maxPerItem: row.max_per_item, anonymous: row.anonymous === 1 },
    results: stored === null ? null : withGroupFields(stored),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    revealedAt: row.revealed_at,
  };
}

/** Results revealed before votes could be on groups carry no group fields: they read as not groups. */
function withGroupFields(results: VotingResults): VotingResults {
  const repair = (item: RankedItem): RankedItem => ({
    ...item,
    sourceGroupId: item.sourceGroupId ?? null,
    members: item.members ?? [],
    memberCardIds: item.memberCardIds ?? [],
  });
  return { ...results, items: results.items.map(repair), byStage: results.byStage.map((g) => ({ ...g, items: g.items.map(repair) })) };
}

export function readSession(db: ReadableDB, id: string): SessionRecord | null {
  const row = prepared(db, `SELECT ${SESSION_COLUMNS} FROM voting_sessions WHERE id = ?`).get(id) as SessionRow | undefined;
  return row ? sessionFromRow(row) : null;
}

export function listSessions(db: ReadableDB, workshopId: string): SessionRecord[] {
  const rows = prepared(db, `SELECT ${SESSION_COLUMNS} FROM voting_sessions WHERE workshop_id = ? ORDER BY created_at, rowid`).all(
    workshopId,
  ) as SessionRow[];
  return rows.map(sessionFromRow);
}

export function openSessionOf(db: ReadableDB, workshopId: string): SessionRecord | null {
  const row = prepared(db, `SELECT ${SESSION_COLUMNS} FROM voting_sessions WHERE workshop_id = ? AND phase = 'open'`).get(workshopId) as
    | SessionRow
    | undefined;
  return row ? sessionFromRow(row) : null;
}

export function insertSession(db: WritableDB, s: SessionRecord): void {
  prepared(
    db,
    `INSERT INTO voting_sessions (${SESSION_COLUMNS})
     VALUES (@id, @workshop_id, @parent_session_id, @round, @title, @phase, @dots_per_voter, @max_per_item, @anonymous, @results,
             @created_at, @updated_at, @opened_at, @closed_at, @revealed_at)`,
  ).run(sessionToRow(s));
}

export function saveSession(db: WritableDB, s: SessionRecord): void {
  prepared(
    db,
    `UPDATE voting_sessions SET parent_session_id = @parent_session_id, round = @round, title = @title, phase = @phase,
       dots_per_voter = @dots_per_voter, max_per_item = @max_per_item, anonymous = @anonymous, results = @results,
       updated_at = @updated_at, opened_at = @opened_at, closed_at = @closed_at, revealed_at = @revealed_at
     WHERE id = @id`,
  ).run(sessionToRow(s));
}

export function deleteSession(db: WritableDB, id: string): void {
  prepared(db, 'DELETE FROM voting_sessions WHERE id = ?').run(id);
}

function sessionToRow(s: SessionRecord): SessionRow {
  return {
    id: s.id,
    workshop_id: s.workshopId,
    parent_session_id: s.parentSessionId,
    round: s.round,
    title: s.title,
    phase: s.phase,
    dots_per_voter: s.rules.dotsPerVoter,
    max_per_item: s.rules.maxPerItem,
    anonymous: s.rules.anonymous ? 1 : 0,
    results: s.results === null ? null : JSON.stringify(s.results),
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    opened_at: s.openedAt,
    closed_at: s.closedAt,
    revealed_at: s.revealedAt,
  };
}

/* ---------- items ---------- */

interface ItemRow {
  id: string;
  session_id: string;
  position: number;
  text: string;
  source: string;
  source_card_id: string | null;
  source_group_id: string | null;
  members: string | null;
  member_card_ids: string | null;
  map_id: string | null;
  map_title: string | null;
  stage_id: string | null;
  stage_title: string | null;
  persona_id: string | null;
  persona_name: string | null;
  comment: string;
}

const ITEM_COLUMNS =
  'id, session_id, position, text, source, source_card_id, source_group_id, members, member_card_ids, map_id, map_title, stage_id, stage_title, persona_id, persona_name, comment';

/** A JSON array of strings as stored (members, member_card_ids); anything else reads as none. */
function stringList(text: string | null): string[] {
  if (text === null) return [];
  const value = parseJson(text, []);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function itemFromRow(row: ItemRow): VotingItem {
  return {
    id: row.id,
    sessionId: row.session_id,
    position: row.position,
    text: row.text,
    source: (VOTING_ITEM_SOURCES as readonly string[]).includes(row.source) ? (row.source as VotingItemSource) : 'typed',
    sourceCardId: row.source_card_id,
    sourceGroupId: row.source_group_id,
    members: stringList(row.members),
    memberCardIds: stringList(row.member_card_ids),
    mapId: row.map_id,
    mapTitle: row.map_title,
    stageId: row.stage_id,
    stageTitle: row.stage_title,
    personaId: row.persona_id,
    personaName: row.persona_name,
    comment: row.comment,
  };
}

export function listItems(db: ReadableDB, sessionId: string): VotingItem[] {
  return (prepared(db, `SELECT ${ITEM_COLUMNS} FROM voting_items WHERE session_id = ? ORDER BY position`).all(sessionId) as ItemRow[]).map(
    itemFromRow,
  );
}

/** Items of every session of a workshop, grouped by session (one query for the whole view). */
export function listItemsOfWorkshop(db: ReadableDB, workshopId: string): Map<string, VotingItem[]> {
  const rows = prepared(
    db,
    `SELECT ${ITEM_COLUMNS.split(', ').map((c) => `i.${c}`).join(', ')} FROM voting_items i
       JOIN voting_sessions s ON s.id = i.session_id WHERE s.workshop_id = ? ORDER BY i.session_id, i.position`,
  ).all(workshopId) as ItemRow[];
  const bySession = new Map<string, VotingItem[]>();
  for (const row of rows) {
    const list = bySession.get(row.session_id) ?? [];
    list.push(itemFromRow(row));
    bySession.set(row.session_id, list);
  }
  return bySession;
}

export function readItem(db: ReadableDB, id: string): VotingItem | null {
  const row = prepared(db, `SELECT ${ITEM_COLUMNS} FROM voting_items WHERE id = ?`).get(id) as ItemRow | undefined;
  return row ? itemFromRow(row) : null;
}

export function insertItem(db: WritableDB, item: VotingItem): void {
  prepared(
    db,
    `INSERT INTO voting_items (${ITEM_COLUMNS}) VALUES (@id, @session_id, @position, @text, @source, @source_card_id,
       @source_group_id, @members, @member_card_ids, @map_id, @map_title, @stage_id, @stage_title, @persona_id, @persona_name, @comment)`,
  ).run({
    id: item.id,
    session_id: item.sessionId,
    position: item.position,
    text: item.text,
    source: item.source,
    source_card_id: item.sourceCardId,
    // A group item always stores its lists (the table's CHECK ties them to source 'group').
    source_group_id: item.source === 'group' ? item.sourceGroupId : null,
    members: item.source === 'group' ? JSON.stringify(item.members) : null,
    member_card_ids: item.source === 'group' ? JSON.stringify(item.memberCardIds) : null,
    map_id: item.mapId,
    map_title: item.mapTitle,
    stage_id: item.stageId,
    stage_title: item.stageTitle,
    persona_id: item.personaId,
    persona_name: item.personaName,
    comment: item.comment,
  });
}

export function updateItem(db: WritableDB, id: string, patch: { text?: string; comment?: string }): void {
  if (patch.text !== undefined) prepared(db, 'UPDATE voting_items SET text = ? WHERE id = ?').run(patch.text, id);
  if (patch.comment !== undefined) prepared(db, 'UPDATE voting_items SET comment = ? WHERE id = ?').run(patch.comment, id);
}

export function deleteItem(db: WritableDB, id: string): void {
  prepared(db, 'DELETE FROM voting_items WHERE id = ?').run(id);
}

/** Rewrites positions 0..n-1 in the given order. */
export function writeItemOrder(db: WritableDB, ids: readonly string[]): void {
  const update = prepared(db, 'UPDATE voting_items SET position = ? WHERE id = ? AND position IS NOT ?');
  ids.forEach((id, index) => update.run(index, id, index));
}

/* ---------- voters and ballots ---------- */

export interface VoterRecord {
  sessionId: string;
  id: string;
  kind: VoterKind;
  name: string | null;
  participantId: string | null;
  createdAt: string;
  votedAt: string | null;
}

interface VoterRow {
  session_id: string;
  id: string;
  kind: string;
  name: string | null;
  participant_id: string | null;
  created_at: string;
  voted_at: string | null;
}

function voterFromRow(row: VoterRow): VoterRecord {
  return {
    sessionId: row.session_id,
    id: row.id,
    kind: (VOTER_KINDS as readonly string[]).includes(row.kind) ? (row.kind as VoterKind) : 'proxy',
    name: row.name,
    participantId: row.participant_id,
    createdAt: row.created_at,
    votedAt: row.voted_at,
  };
}

const VOTER_COLUMNS = 'session_id, id, kind, name, participant_id, created_at, voted_at';

export function listVoters(db: ReadableDB, sessionId: string): VoterRecord[] {
  return (
    prepared(db, `SELECT ${VOTER_COLUMNS} FROM voters WHERE session_id = ? ORDER BY created_at, rowid`).all(sessionId) as VoterRow[]
  ).map(voterFromRow);
}

export function readVoter(db: ReadableDB, sessionId: string, id: string): VoterRecord | null {
  const row = prepared(db, `SELECT ${VOTER_COLUMNS} FROM voters WHERE session_id = ? AND id = ?`).get(sessionId, id) as VoterRow | undefined;
  return row ? voterFromRow(row) : null;
}

/** A proxy voter of this session by name, ignoring case (the same person entered twice is one voter). */
export function findProxyVoter(db: ReadableDB, sessionId: string, name: string): VoterRecord | null {
  const row = prepared(
    db,
    `SELECT ${VOTER_COLUMNS} FROM voters WHERE session_id = ? AND kind = 'proxy' AND lower(name) = lower(?) ORDER BY rowid LIMIT 1`,
  ).get(sessionId, name) as VoterRow | undefined;
  return row ? voterFromRow(row) : null;
}

export function insertVoter(db: WritableDB, v: VoterRecord): void {
  prepared(
    db,
    `INSERT INTO voters (${VOTER_COLUMNS}) VALUES (@session_id, @id, @kind, @name, @participant_id, @created_at, @voted_at)`,
  ).run({
    session_id: v.sessionId,
    id: v.id,
    kind: v.kind,
    name: v.name,
    participant_id: v.participantId,
    created_at: v.createdAt,
    voted_at: v.votedAt,
  });
}

export function deleteVoter(db: WritableDB, sessionId: string, id: string): number {
  return prepared(db, 'DELETE FROM voters WHERE session_id = ? AND id = ?').run(sessionId, id).changes;
}

/** Replaces a voter's whole ballot: re-submitting never adds to earlier dots. */
export function replaceBallot(db: WritableDB, sessionId: string, voterId: string, dots: readonly BallotDot[], at: string): void {
  prepared(db, 'DELETE FROM ballot_dots WHERE session_id = ? AND voter_id = ?').run(sessionId, voterId);
  const insert = prepared(db, 'INSERT INTO ballot_dots (session_id, voter_id, item_id, count) VALUES (?, ?, ?, ?)');
  for (const dot of dots) insert.run(sessionId, voterId, dot.itemId, dot.count);
  prepared(db, 'UPDATE voters SET voted_at = ? WHERE session_id = ? AND id = ?').run(at, sessionId, voterId);
}

export function ballotOf(db: ReadableDB, sessionId: string, voterId: string): BallotDot[] {
  return prepared(db, 'SELECT item_id AS itemId, count FROM ballot_dots WHERE session_id = ? AND voter_id = ? ORDER BY rowid').all(
    sessionId,
    voterId,
  ) as BallotDot[];
}

/** Every ballot of a session, voter by voter. */
export function ballotsOf(db: ReadableDB, sessionId: string): BallotDot[][] {
  const rows = prepared(db, 'SELECT voter_id AS voterId, item_id AS itemId, count FROM ballot_dots WHERE session_id = ? ORDER BY voter_id').all(
    sessionId,
  ) as { voterId: string; itemId: string; count: number }[];
  const byVoter = new Map<string, BallotDot[]>();
  for (const row of rows) {
    const ballot = byVoter.get(row.voterId) ?? [];
    ballot.push({ itemId: row.itemId, count: row.count });
    byVoter.set(row.voterId, ballot);
  }
  return [...byVoter.values()];
}
