import type { Matrix } from '../../shared/domain/matrix';
import type { ReadableDB, WritableDB } from './types';

/**
 * Undo and redo of matrix edits, kept in the database so they survive a restart: each entry holds
 * the matrix before and after the edit, whole (a matrix is a few dozen rows). Undo writes the
 * "before" back, redo the "after"; a new edit clears what was undone.
 */
export const MAX_MATRIX_HISTORY = 200;

export interface MatrixHistoryEntry {
  seq: number;
  matrixId: string;
  action: string;
  before: Matrix | null;
  after: Matrix | null;
}

interface Row {
  seq: number;
  matrix_id: string;
  action: string;
  before: string | null;
  after: string | null;
}

export function recordMatrixEdit(db: WritableDB, workshopId: string, action: string, before: Matrix | null, after: Matrix | null, now: string): void {
  const id = after?.id ?? before?.id;
  if (id === undefined) return;
  db.prepare('DELETE FROM matrix_history WHERE workshop_id = ? AND undone = 1').run(workshopId);
  db.prepare('INSERT INTO matrix_history (workshop_id, matrix_id, action, before, after, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    workshopId,
    id,
    action,
    before && JSON.stringify(before),
    after && JSON.stringify(after),
    now,
  );
  db.prepare(
    `DELETE FROM matrix_history WHERE workshop_id = ? AND seq NOT IN
       (SELECT seq FROM matrix_history WHERE workshop_id = ? ORDER BY seq DESC LIMIT ?)`,
  ).run(workshopId, workshopId, MAX_MATRIX_HISTORY);
}

/** The latest edit not undone (for undo), or the earliest undone one (for redo). */
export function nextHistoryEntry(db: ReadableDB, workshopId: string, direction: 'undo' | 'redo'): MatrixHistoryEntry | null {
  const row = db
    .prepare(
      direction === 'undo'
        ? 'SELECT seq, matrix_id, action, before, after FROM matrix_history WHERE workshop_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1'
        : 'SELECT seq, matrix_id, action, before, after FROM matrix_history WHERE workshop_id = ? AND undone = 1 ORDER BY seq ASC LIMIT 1',
    )
    .get(workshopId) as Row | undefined;
  if (!row) return null;
  return {
    seq: row.seq,
    matrixId: row.matrix_id,
    action: row.action,
    before: row.before === null ? null : (JSON.parse(row.before) as Matrix),
    after: row.after === null ? null : (JSON.parse(row.after) as Matrix),
  };
}

export function markUndone(db: WritableDB, seq: number, undone: boolean): void {
  db.prepare('UPDATE matrix_history SET undone = ? WHERE seq = ?').run(undone ? 1 : 0, seq);
}

export function historyState(db: ReadableDB, workshopId: string): { canUndo: boolean; canRedo: boolean } {
  const row = db
    .prepare('SELECT SUM(undone = 0) AS done, SUM(undone = 1) AS undone FROM matrix_history WHERE workshop_id = ?')
    .get(workshopId) as { done: number | null; undone: number | null };
  return { canUndo: (row.done ?? 0) > 0, canRedo: (row.undone ?? 0) > 0 };
}
