import {
  BOARD_TABLES,
  deleteRow,
  insertRow,
  isBoardTable,
  prepared,
  updateRow,
  type BoardRows,
  type BoardTable,
} from './board-tables';
import type { ReadableDB, WritableDB } from './types';

/**
 * Undo and redo of board edits, kept in the database so they survive a restart.
 *
 * While an edit runs, the journal triggers of migrations 0003 and 0007 copy every touched row, before and
 * after, into board_journal; finishRecording packs that into one board_history entry. Undo writes
 * the "before" rows back in reverse order, redo the "after" rows in order: an exact replay, cascades
 * and all, without each service having to know the inverse of what it did.
 */
export const MAX_HISTORY_ENTRIES = 200;
/** Avatars make some entries large; the oldest go first once a workshop's history passes this. */
export const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

type Row = Record<string, unknown>;
interface Change {
  t: BoardTable;
  o: Row | null;
  n: Row | null;
}

export function startRecording(db: WritableDB, workshopId: string): void {
  prepared(db, 'DELETE FROM board_journal').run();
  prepared(db, 'INSERT INTO board_recording (workshop_id) VALUES (?)').run(workshopId);
}

/** A row an edit (or its undo or redo) wrote: what the push of that edit names. */
export interface TouchedRow {
  table: BoardTable;
  id: string;
  /** The persona or the journey map the row is part of (itself for a persona or a map; none for a card). */
  owner: { personaId: string } | { mapId: string } | null;
}

/**
 * Ends the recording and stores what the edit changed as one undoable entry, clearing the redo
 * stack. Returns the rows changed; none when the edit changed nothing (no entry then, and the
 * redo stack stays).
 */
export function finishRecording(db: WritableDB, workshopId: string, action: string, now: string): TouchedRow[] {
  const rows = prepared(db, 'SELECT tbl, old, new FROM board_journal ORDER BY seq').all() as {
    tbl: string;
    old: string | null;
    new: string | null;
  }[];
  prepared(db, 'DELETE FROM board_journal').run();
  prepared(db, 'DELETE FROM board_recording').run();

  const changes: Change[] = [];
  for (const row of rows) {
    // An UPDATE that wrote the same values is not a change worth undoing.
    if (row.old !== null && row.new !== null && row.old === row.new) continue;
    if (!isBoardTable(row.tbl)) throw new Error(`The board journal names an unknown table ${row.tbl}`);
    const change: Change = { t: row.tbl, o: parseRow(row.old), n: parseRow(row.new) };
    // A guard against a service bug: one workshop's undo must never rewrite another's rows.
    for (const side of [change.o, change.n]) {
      if (side && side.workshop_id !== workshopId) throw new Error(`A board edit of ${workshopId} touched another workshop`);
    }
    changes.push(change);
  }
  if (changes.length === 0) return [];

  const json = JSON.stringify(changes);
  prepared(db, 'DELETE FROM board_history WHERE workshop_id = ? AND undone = 1').run(workshopId);
  prepared(db, 'INSERT INTO board_history (workshop_id, action, changes, bytes, created_at) VALUES (?, ?, ?, ?, ?)').run(
    workshopId,
    action,
    json,
    Buffer.byteLength(json),
    now,
  );
  prune(db, workshopId);
  return touchedBy(changes);
}

export function historyFlags(db: ReadableDB, workshopId: string): { canUndo: boolean; canRedo: boolean } {
  const row = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM board_history WHERE workshop_id = @w AND undone = 0) AS can_undo,
            EXISTS (SELECT 1 FROM board_history WHERE workshop_id = @w AND undone = 1) AS can_redo`,
  ).get({ w: workshopId }) as { can_undo: number; can_redo: number };
  return { canUndo: row.can_undo === 1, canRedo: row.can_redo === 1 };
}

/** What an undo or redo replayed: the edit's action name and the rows it wrote. */
export interface Replayed {
  action: string;
  touched: TouchedRow[];
}

/** Reverts the newest edit not yet undone; null when there is none. */
export function undoLast(db: WritableDB, workshopId: string): Replayed | null {
  return replayEntry(db, workshopId, 'undo');
}

/** Re-applies the oldest undone edit; null when there is none. */
export function redoNext(db: WritableDB, workshopId: string): Replayed | null {
  return replayEntry(db, workshopId, 'redo');
}

/** Undo replays the newest live entry's changes backwards to their old values; redo, the oldest undone one's forwards. */
function replayEntry(db: WritableDB, workshopId: string, direction: 'undo' | 'redo'): Replayed | null {
  const undo = direction === 'undo';
  const entry = prepared(
    db,
    undo
      ? 'SELECT id, action, changes FROM board_history WHERE workshop_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1'
      : 'SELECT id, action, changes FROM board_history WHERE workshop_id = ? AND undone = 1 ORDER BY id ASC LIMIT 1',
  ).get(workshopId) as HistoryEntry | undefined;
  if (!entry) return null;
  const changes = parseChanges(entry.changes);
  if (undo) replay(db, [...changes].reverse(), 'o', 'n');
  else replay(db, changes, 'n', 'o');
  prepared(db, 'UPDATE board_history SET undone = ? WHERE id = ?').run(undo ? 1 : 0, entry.id);
  return { action: entry.action, touched: touchedBy(changes) };
}

/** Each changed row once, by table and key. */
function touchedBy(changes: readonly Change[]): TouchedRow[] {
  const seen = new Map<string, TouchedRow>();
  for (const change of changes) {
    const row = change.n ?? change.o;
    if (!row) continue;
    const id = String(row[BOARD_TABLES[change.t].key]);
    seen.set(`${change.t}/${id}`, { table: change.t, id, owner: ownerOf(change.t, id, row) });
  }
  return [...seen.values()];
}

interface HistoryEntry {
  id: number;
  action: string;
  changes: string;
}

/**
 * Brings every changed row to one side of its change. The journal lists a cascade's children
 * before or after their parent depending on the statement, so foreign keys are checked once, at
 * commit (defer_foreign_keys lasts until the end of this transaction); a violation there fails the
 * commit and rolls the whole replay back.
 */
function replay(db: WritableDB, changes: readonly Change[], target: 'o' | 'n', current: 'o' | 'n'): void {
  db.pragma('defer_foreign_keys = ON');
  for (const change of changes) {
    const wanted = change[target];
    const present = change[current];
    const keyColumn = BOARD_TABLES[change.t].key;
    if (wanted === null) {
      // The row may already be gone, taken by the cascade of a parent replayed before it.
      if (present) deleteRow(db, change.t, String(present[keyColumn]));
    } else if (present === null) {
      insertRow(db, change.t, wanted as unknown as BoardRows[typeof change.t]);
    } else {
      updateRow(db, change.t, String(wanted[keyColumn]), wanted as Partial<BoardRows[typeof change.t]>);
    }
  }
}

function prune(db: WritableDB, workshopId: string): void {
  const entries = prepared(db, 'SELECT id, bytes FROM board_history WHERE workshop_id = ? ORDER BY id DESC').all(workshopId) as {
    id: number;
    bytes: number;
  }[];
  let total = 0;
  // The newest entry always stays, however large: the edit just made must be undoable.
  const cut = entries.findIndex((entry, index) => {
    total += entry.bytes;
    return index > 0 && (index >= MAX_HISTORY_ENTRIES || total > MAX_HISTORY_BYTES);
  });
  const firstDropped = cut === -1 ? undefined : entries[cut];
  if (firstDropped) prepared(db, 'DELETE FROM board_history WHERE workshop_id = ? AND id <= ?').run(workshopId, firstDropped.id);
}

function ownerOf(table: BoardTable, id: string, row: Row): TouchedRow['owner'] {
  switch (table) {
    case 'personas':
      return { personaId: id };
    case 'persona_avatars':
    case 'persona_sections':
      return { personaId: String(row.persona_id) };
    case 'journey_maps':
      return { mapId: id };
    case 'journey_stages':
    case 'journey_lanes':
    case 'journey_emotions':
      return { mapId: String(row.map_id) };
    case 'card_groups':
    case 'cards':
      return null;
  }
}

function parseRow(text: string | null): Row | null {
  return text === null ? null : (JSON.parse(text) as Row);
}

/** An entry that does not parse cannot be replayed: reading it as empty would fake success. */
function parseChanges(text: string): Change[] {
  const value = JSON.parse(text) as unknown;
  if (!Array.isArray(value)) throw new Error('A board history entry is damaged');
  return value.map((item: Change) => {
    if (!isBoardTable(item.t)) throw new Error('A board history entry names an unknown table');
    return item;
  });
}
