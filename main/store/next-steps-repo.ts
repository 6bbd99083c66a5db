import { matrixItemLinkSchema, type MatrixItemLink } from '../../shared/domain/matrix';
import { CX_DOMAINS, type CxDomain, type NextStep } from '../../shared/domain/next-steps';
import type { ReadableDB, WritableDB } from './types';

interface NextStepRow {
  id: string;
  workshop_id: string;
  position: number;
  text: string;
  owner: string;
  due_date: string | null;
  domain: string;
  /** JSON of a MatrixItemLink, or NULL. */
  source: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, workshop_id, position, text, owner, due_date, domain, source, created_at, updated_at';

/** A workshop's next steps in order (an index range on next_steps_by_workshop, no sort step). */
export function listNextSteps(db: ReadableDB, workshopId: string): NextStep[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM next_steps WHERE workshop_id = ? ORDER BY position`).all(workshopId) as NextStepRow[];
  return rows.map(fromRow);
}

export function insertNextStep(db: WritableDB, step: NextStep): void {
  db.prepare(
    `INSERT INTO next_steps (${COLUMNS}) VALUES (@id, @workshop_id, @position, @text, @owner, @due_date, @domain, @source, @created_at, @updated_at)`,
  ).run(toRow(step));
}

/** Writes every field but the position (see writeNextStepOrder); false when it is not in this workshop. */
export function saveNextStep(db: WritableDB, step: NextStep): boolean {
  const result = db
    .prepare(
      `UPDATE next_steps SET text = @text, owner = @owner, due_date = @due_date, domain = @domain, updated_at = @updated_at
       WHERE id = @id AND workshop_id = @workshop_id`,
    )
    .run(toRow(step));
  return result.changes === 1;
}

export function deleteNextStep(db: WritableDB, workshopId: string, id: string): number {
  return db.prepare('DELETE FROM next_steps WHERE id = ? AND workshop_id = ?').run(id, workshopId).changes;
}

/** Positions 0..n-1 in the given order, which must be exactly the workshop's next steps. */
export function writeNextStepOrder(db: WritableDB, workshopId: string, orderedIds: readonly string[]): void {
  const update = db.prepare('UPDATE next_steps SET position = ? WHERE id = ? AND workshop_id = ?');
  orderedIds.forEach((id, index) => {
    if (update.run(index, id, workshopId).changes !== 1) throw new Error(`Next step ${id} is not in workshop ${workshopId}`);
  });
}

function toRow(step: NextStep): NextStepRow {
  return {
    id: step.id,
    workshop_id: step.workshopId,
    position: step.position,
    text: step.text,
    owner: step.owner,
    due_date: step.dueDate,
    domain: step.domain,
    source: step.source && JSON.stringify(step.source),
    created_at: step.createdAt,
    updated_at: step.updatedAt,
  };
}

function fromRow(row: NextStepRow): NextStep {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    text: row.text,
    owner: row.owner,
    dueDate: row.due_date,
    // The table's CHECK keeps domains valid; strategy is the neutral reading of anything else.
    domain: (CX_DOMAINS as readonly string[]).includes(row.domain) ? (row.domain as CxDomain) : 'strategy',
    source: readLink(row.source),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The service writes valid links; one damaged on disk reads as none (the action stays, unlinked). */
function readLink(text: string | null): MatrixItemLink | null {
  if (text === null) return null;
  try {
    const parsed = matrixItemLinkSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
