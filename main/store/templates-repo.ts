import type { Language } from '../../shared/domain/settings';
import {
  MAX_STEP_MINUTES,
  MAX_STEPS,
  MIN_STEP_MINUTES,
  STEP_KINDS,
  type BoardDefaults,
  type StepKind,
} from '../../shared/domain/workshop';
import type { ReadableDB, WritableDB } from './types';
import { parseBoardDefaults, parseJson } from './workshops-repo';

export interface UserTemplateStep {
  kind: StepKind;
  title: string;
  instructions: string;
  plannedMinutes: number;
  silent: boolean;
}

/** A facilitator's own template: an agenda and starter content, in the language it was written in. */
export interface UserTemplateRecord {
  id: string;
  name: string;
  language: Language;
  steps: UserTemplateStep[];
  boardDefaults: BoardDefaults;
  createdAt: string;
  updatedAt: string;
}

interface UserTemplateRow {
  id: string;
  name: string;
  language: string;
  steps: string;
  board_defaults: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, name, language, steps, board_defaults, created_at, updated_at';

/** Unsorted: the service sorts by name with a collator, which SQLite's collations cannot do for accents. */
export function listUserTemplates(db: ReadableDB): UserTemplateRecord[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM user_templates`).all() as UserTemplateRow[];
  return rows.map(fromRow);
}

export function readUserTemplate(db: ReadableDB, id: string): UserTemplateRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM user_templates WHERE id = ?`).get(id) as UserTemplateRow | undefined;
  return row ? fromRow(row) : null;
}

export function insertUserTemplate(db: WritableDB, record: UserTemplateRecord): void {
  db.prepare(
    `INSERT INTO user_templates (${COLUMNS})
     VALUES (@id, @name, @language, @steps, @board_defaults, @created_at, @updated_at)`,
  ).run(toRow(record));
}

export function renameUserTemplate(db: WritableDB, id: string, name: string, updatedAt: string): number {
  return db.prepare('UPDATE user_templates SET name = ?, updated_at = ? WHERE id = ?').run(name, updatedAt, id).changes;
}

export function deleteUserTemplate(db: WritableDB, id: string): number {
  return db.prepare('DELETE FROM user_templates WHERE id = ?').run(id).changes;
}

function toRow(record: UserTemplateRecord): UserTemplateRow {
  return {
    id: record.id,
    name: record.name,
    language: record.language,
    steps: JSON.stringify(record.steps),
    board_defaults: JSON.stringify(record.boardDefaults),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

function fromRow(row: UserTemplateRow): UserTemplateRecord {
  return {
    id: row.id,
    name: row.name,
    language: row.language === 'fr' ? 'fr' : 'en',
    steps: parseTemplateSteps(row.steps),
    boardDefaults: parseBoardDefaults(row.board_defaults),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Steps are JSON, so nothing in SQLite vouches for them: keep each step that still makes sense
 * (known kind, a title), repair what can be repaired (minutes clamped), drop the rest.
 */
export function parseTemplateSteps(text: string): UserTemplateStep[] {
  const value = parseJson(text, []);
  if (!Array.isArray(value)) return [];
  const steps: UserTemplateStep[] = [];
  for (const item of value.slice(0, MAX_STEPS)) {
    if (typeof item !== 'object' || item === null) continue;
    const { kind, title, instructions, plannedMinutes, silent } = item as Record<string, unknown>;
    if (typeof kind !== 'string' || !(STEP_KINDS as readonly string[]).includes(kind)) continue;
    if (typeof title !== 'string' || title.trim() === '') continue;
    const minutes = typeof plannedMinutes === 'number' && Number.isFinite(plannedMinutes) ? Math.round(plannedMinutes) : 0;
    steps.push({
      kind: kind as StepKind,
      title,
      instructions: typeof instructions === 'string' ? instructions : '',
      plannedMinutes: Math.min(MAX_STEP_MINUTES, Math.max(MIN_STEP_MINUTES, minutes)),
      // Templates saved before silent writing have none.
      silent: silent === true,
    });
  }
  return steps;
}
