import { z } from 'zod';
import { matrixItemSourceSchema, type Matrix, type MatrixItem } from '../../shared/domain/matrix';
import type { ReadableDB, WritableDB } from './types';

interface MatrixRow {
  id: string;
  workshop_id: string;
  step_id: string | null;
  position: number;
  title: string;
  vertical_label: string;
  horizontal_label: string;
  session_id: string | null;
  top_n: number | null;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  id: string;
  matrix_id: string;
  workshop_id: string;
  position: number;
  text: string;
  source: string;
  votes: number | null;
  members: string;
  impact: number | null;
  effort: number | null;
}

const MATRIX_COLUMNS = 'id, workshop_id, step_id, position, title, vertical_label, horizontal_label, session_id, top_n, created_at, updated_at';
const ITEM_COLUMNS = 'id, matrix_id, workshop_id, position, text, source, votes, members, impact, effort';
const membersSchema = z.array(z.string());

/** A workshop's matrices in order, items and placements included. */
export function listMatrices(db: ReadableDB, workshopId: string): Matrix[] {
  const rows = db.prepare(`SELECT ${MATRIX_COLUMNS} FROM matrices WHERE workshop_id = ? ORDER BY created_at, id`).all(workshopId) as MatrixRow[];
  const items = db.prepare(`SELECT ${ITEM_COLUMNS} FROM matrix_items WHERE workshop_id = ? ORDER BY matrix_id, position, id`).all(workshopId) as ItemRow[];
  const byMatrix = new Map<string, MatrixItem[]>();
  for (const row of items) byMatrix.set(row.matrix_id, [...(byMatrix.get(row.matrix_id) ?? []), itemFromRow(row)]);
  return rows.map((row) => matrixFromRow(row, byMatrix.get(row.id) ?? []));
}

export function readMatrix(db: ReadableDB, workshopId: string, id: string): Matrix | null {
  const row = db.prepare(`SELECT ${MATRIX_COLUMNS} FROM matrices WHERE id = ? AND workshop_id = ?`).get(id, workshopId) as MatrixRow | undefined;
  if (!row) return null;
  const items = db.prepare(`SELECT ${ITEM_COLUMNS} FROM matrix_items WHERE matrix_id = ? ORDER BY position, id`).all(id) as ItemRow[];
  return matrixFromRow(row, items.map(itemFromRow));
}

export function matrixOfStep(db: ReadableDB, stepId: string): string | null {
  const row = db.prepare('SELECT id FROM matrices WHERE step_id = ?').get(stepId) as { id: string } | undefined;
  return row?.id ?? null;
}

export function nextMatrixPosition(db: ReadableDB, workshopId: string): number {
  const row = db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM matrices WHERE workshop_id = ?').get(workshopId) as { next: number };
  return row.next;
}

/** Writes the matrix and exactly its items (those it no longer has are deleted). */
export function writeMatrix(db: WritableDB, matrix: Matrix, position: number): void {
  db.prepare(
    `INSERT INTO matrices (${MATRIX_COLUMNS})
     VALUES (@id, @workshop_id, @step_id, @position, @title, @vertical_label, @horizontal_label, @session_id, @top_n, @created_at, @updated_at)
     ON CONFLICT (id) DO UPDATE SET step_id = excluded.step_id, title = excluded.title, vertical_label = excluded.vertical_label,
       horizontal_label = excluded.horizontal_label, session_id = excluded.session_id, top_n = excluded.top_n, updated_at = excluded.updated_at`,
  ).run({
    id: matrix.id,
    workshop_id: matrix.workshopId,
    step_id: matrix.stepId,
    position,
    title: matrix.title,
    vertical_label: matrix.verticalLabel,
    horizontal_label: matrix.horizontalLabel,
    session_id: matrix.sessionId,
    top_n: matrix.topN,
    created_at: matrix.createdAt,
    updated_at: matrix.updatedAt,
  });
  db.prepare('DELETE FROM matrix_items WHERE matrix_id = ?').run(matrix.id);
  const insert = db.prepare(
    `INSERT INTO matrix_items (${ITEM_COLUMNS}) VALUES (@id, @matrix_id, @workshop_id, @position, @text, @source, @votes, @members, @impact, @effort)`,
  );
  for (const item of matrix.items) {
    insert.run({
      id: item.id,
      matrix_id: matrix.id,
      workshop_id: matrix.workshopId,
      position: item.position,
      text: item.text,
      source: JSON.stringify(item.source),
      votes: item.votes,
      members: JSON.stringify(item.members),
      impact: item.placement?.impact ?? null,
      effort: item.placement?.effort ?? null,
    });
  }
}

export function deleteMatrix(db: WritableDB, workshopId: string, id: string): void {
  db.prepare('DELETE FROM matrices WHERE id = ? AND workshop_id = ?').run(id, workshopId);
}

/** A step that no longer exists is no longer the matrix's step (the foreign key would refuse it). */
export function stepExists(db: ReadableDB, workshopId: string, stepId: string): boolean {
  return db.prepare('SELECT 1 FROM steps WHERE id = ? AND workshop_id = ?').get(stepId, workshopId) !== undefined;
}

function matrixFromRow(row: MatrixRow, items: MatrixItem[]): Matrix {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    stepId: row.step_id,
    title: row.title,
    verticalLabel: row.vertical_label,
    horizontalLabel: row.horizontal_label,
    sessionId: row.session_id,
    topN: row.top_n,
    items,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function itemFromRow(row: ItemRow): MatrixItem {
  const source = matrixItemSourceSchema.safeParse(parseJson(row.source));
  const members = membersSchema.safeParse(parseJson(row.members));
  return {
    id: row.id,
    text: row.text,
    // The service writes valid JSON; a row damaged on disk reads as a hand-added card that points nowhere.
    source: source.success ? source.data : { kind: 'card', cardId: 'unknown' },
    votes: row.votes,
    members: members.success ? members.data : [],
    placement: row.impact !== null && row.effort !== null ? { impact: row.impact, effort: row.effort } : null,
    position: row.position,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
