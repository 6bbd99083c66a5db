import { STEP_KINDS, type Step, type StepKind } from '../../shared/domain/workshop';
import type { ReadableDB, WritableDB } from './types';

interface StepRow {
  id: string;
  kind: string;
  title: string;
  instructions: string;
  planned_minutes: number;
  silent: number;
  actual_start: string | null;
  actual_end: string | null;
}

const COLUMNS = 'id, kind, title, instructions, planned_minutes, silent, actual_start, actual_end';

/** A workshop's agenda in order (read from steps_by_workshop, no sort step). */
export function listSteps(db: ReadableDB, workshopId: string): Step[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM steps WHERE workshop_id = ? ORDER BY position`)
    .all(workshopId) as StepRow[];
  return rows.map(fromRow);
}

/**
 * Appends steps in the given order after the workshop's last position. Callers that insert in the
 * middle then rewrite the whole order with writeStepOrder, which keeps positions 0..n-1.
 */
export function appendSteps(db: WritableDB, workshopId: string, steps: readonly Step[]): void {
  const first = Number(
    db.prepare('SELECT coalesce(max(position), -1) + 1 FROM steps WHERE workshop_id = ?').pluck().get(workshopId),
  );
  const insert = db.prepare(
    `INSERT INTO steps (id, workshop_id, position, kind, title, instructions, planned_minutes, silent, actual_start, actual_end)
     VALUES (@id, @workshop_id, @position, @kind, @title, @instructions, @planned_minutes, @silent, @actual_start, @actual_end)`,
  );
  steps.forEach((step, index) => {
    insert.run({ ...toRow(step), workshop_id: workshopId, position: first + index });
  });
}

/** Writes every field of a step of this workshop (never its position: see writeStepOrder). */
export function saveStep(db: WritableDB, workshopId: string, step: Step): void {
  const result = db
    .prepare(
      `UPDATE steps SET kind = @kind, title = @title, instructions = @instructions, planned_minutes = @planned_minutes,
        silent = @silent, actual_start = @actual_start, actual_end = @actual_end
       WHERE id = @id AND workshop_id = @workshop_id`,
    )
    .run({ ...toRow(step), workshop_id: workshopId });
  if (result.changes !== 1) throw new Error(`Step ${step.id} is not in workshop ${workshopId}`);
}

export function deleteStep(db: WritableDB, workshopId: string, stepId: string): number {
  return db.prepare('DELETE FROM steps WHERE id = ? AND workshop_id = ?').run(stepId, workshopId).changes;
}

/**
 * Rewrites positions to 0..n-1 in the given order, which must be exactly the workshop's step ids.
 * The unique (workshop_id, position) index is checked row by row, so positions first move to a
 * negative range that cannot collide, then to their final values.
 */
export function writeStepOrder(db: WritableDB, workshopId: string, orderedIds: readonly string[]): void {
  const total = Number(db.prepare('SELECT count(*) FROM steps WHERE workshop_id = ?').pluck().get(workshopId));
  if (total !== orderedIds.length) throw new Error(`The new order of workshop ${workshopId} misses steps`);
  const park = db.prepare('UPDATE steps SET position = ? WHERE id = ? AND workshop_id = ?');
  orderedIds.forEach((id, index) => {
    const result = park.run(-1 - index, id, workshopId);
    if (result.changes !== 1) throw new Error(`Step ${id} is not in workshop ${workshopId}`);
  });
  db.prepare('UPDATE steps SET position = -1 - position WHERE workshop_id = ?').run(workshopId);
}

function toRow(step: Step): StepRow {
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    instructions: step.instructions,
    planned_minutes: step.plannedMinutes,
    silent: step.silent ? 1 : 0,
    actual_start: step.actualStart,
    actual_end: step.actualEnd,
  };
}

function fromRow(row: StepRow): Step {
  return {
    id: row.id,
    // The table's CHECK keeps kinds valid; 'discussion' is the neutral reading of anything else.
    kind: (STEP_KINDS as readonly string[]).includes(row.kind) ? (row.kind as StepKind) : 'discussion',
    title: row.title,
    instructions: row.instructions,
    plannedMinutes: row.planned_minutes,
    silent: row.silent === 1,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
  };
}
