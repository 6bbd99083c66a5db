import type { Language } from '../../shared/domain/settings';
import {
  AUTHOR_DISPLAYS,
  IDLE_TIMER,
  type AuthorDisplay,
  type BoardDefaults,
  type TimerState,
  type Workshop,
  type WorkshopSummary,
} from '../../shared/domain/workshop';
import type { ReadableDB, WritableDB } from './types';

/** One row of `workshops` in domain terms: everything about a workshop except its steps. */
export type WorkshopRecord = Omit<Workshop, 'steps' | 'stepCount' | 'plannedMinutes'>;

export type WorkshopView = 'current' | 'archived' | 'trash';

interface WorkshopRow {
  id: string;
  title: string;
  client: string;
  date: string;
  language: string;
  facilitator: string;
  start_time: string | null;
  author_display: string;
  participants: string;
  template_id: string | null;
  state: string;
  archived: number;
  deleted_at: string | null;
  current_step_id: string | null;
  timer_status: string;
  timer_running_since: number | null;
  timer_elapsed_ms: number;
  timer_adjust_ms: number;
  board_defaults: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, title, client, date, language, facilitator, start_time, author_display, participants, template_id, state, archived,
  deleted_at, current_step_id, timer_status, timer_running_since, timer_elapsed_ms, timer_adjust_ms,
  board_defaults, created_at, updated_at`;

// Totals come from steps_by_workshop (workshop_id, position): one index range per workshop.
const SUMMARY_SELECT = `SELECT w.id, w.title, w.client, w.date, w.language, w.facilitator, w.state, w.archived,
    w.deleted_at, w.template_id, w.created_at, w.updated_at,
    (SELECT count(*) FROM steps s WHERE s.workshop_id = w.id) AS step_count,
    (SELECT coalesce(sum(s.planned_minutes), 0) FROM steps s WHERE s.workshop_id = w.id) AS planned_minutes
  FROM workshops w`;

const ORDER = 'ORDER BY w.date DESC, w.updated_at DESC, w.id';

export function readWorkshopRecord(db: ReadableDB, id: string): WorkshopRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM workshops WHERE id = ?`).get(id) as WorkshopRow | undefined;
  return row ? fromRow(row) : null;
}

export function listWorkshopSummaries(db: ReadableDB, view: WorkshopView): WorkshopSummary[] {
  const { sql, params } = listQuery(view);
  return (db.prepare(sql).all(...params) as SummaryRow[]).map(summaryFromRow);
}

/** Exported so a test can assert its query plan (an index walk, no sort, for the two main views). */
export function listQuery(view: WorkshopView): { sql: string; params: number[] } {
  return view === 'trash'
    ? { sql: `${SUMMARY_SELECT} WHERE w.deleted_at IS NOT NULL ${ORDER}`, params: [] }
    : { sql: `${SUMMARY_SELECT} WHERE w.deleted_at IS NULL AND w.archived = ? ${ORDER}`, params: [view === 'archived' ? 1 : 0] };
}

export function readWorkshopSummary(db: ReadableDB, id: string): WorkshopSummary | null {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE w.id = ?`).get(id) as SummaryRow | undefined;
  return row ? summaryFromRow(row) : null;
}

export function insertWorkshop(db: WritableDB, record: WorkshopRecord): void {
  // current_step_id is set by saveWorkshop once the steps exist: its foreign key is checked at once.
  db.prepare(
    `INSERT INTO workshops (${COLUMNS}) VALUES (@id, @title, @client, @date, @language, @facilitator, @start_time, @author_display, @participants,
      @template_id, @state, @archived, @deleted_at, NULL, @timer_status, @timer_running_since, @timer_elapsed_ms,
      @timer_adjust_ms, @board_defaults, @created_at, @updated_at)`,
  ).run(toRow(record));
}

/** Writes every column of the record: services read, change a copy, and save it whole. */
export function saveWorkshop(db: WritableDB, record: WorkshopRecord): void {
  const result = db
    .prepare(
      `UPDATE workshops SET title = @title, client = @client, date = @date, language = @language,
        facilitator = @facilitator, start_time = @start_time, author_display = @author_display, participants = @participants, template_id = @template_id, state = @state,
        archived = @archived, deleted_at = @deleted_at, current_step_id = @current_step_id,
        timer_status = @timer_status, timer_running_since = @timer_running_since,
        timer_elapsed_ms = @timer_elapsed_ms, timer_adjust_ms = @timer_adjust_ms,
        board_defaults = @board_defaults, created_at = @created_at, updated_at = @updated_at
      WHERE id = @id`,
    )
    .run(toRow(record));
  if (result.changes !== 1) throw new Error(`Workshop ${record.id} does not exist`);
}

/** Deletes a workshop (its steps follow by ON DELETE CASCADE); returns how many rows went. */
export function deleteWorkshop(db: WritableDB, id: string): number {
  return db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes;
}

export function deleteTrashedWorkshops(db: WritableDB): number {
  return db.prepare('DELETE FROM workshops WHERE deleted_at IS NOT NULL').run().changes;
}

function toRow(record: WorkshopRecord): WorkshopRow {
  return {
    id: record.id,
    title: record.title,
    client: record.client,
    date: record.date,
    language: record.language,
    facilitator: record.facilitator,
    start_time: record.startTime,
    author_display: record.authorDisplay,
    participants: JSON.stringify(record.participants),
    template_id: record.templateId,
    state: record.state,
    archived: record.archived ? 1 : 0,
    deleted_at: record.deletedAt,
    current_step_id: record.currentStepId,
    timer_status: record.timer.status,
    timer_running_since: record.timer.runningSince,
    timer_elapsed_ms: Math.round(record.timer.elapsedMs),
    timer_adjust_ms: Math.round(record.timer.adjustMs),
    board_defaults: JSON.stringify(record.boardDefaults),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

/** The columns a workshop and its summary read alike. */
type CommonRow = Pick<WorkshopRow, 'id' | 'title' | 'client' | 'date' | 'language' | 'facilitator' | 'template_id' | 'state' | 'archived' | 'deleted_at' | 'created_at' | 'updated_at'>;

function commonFromRow(row: CommonRow): Omit<WorkshopSummary, 'stepCount' | 'plannedMinutes'> {
  return {
    id: row.id,
    title: row.title,
    client: row.client,
    date: row.date,
    language: parseLanguage(row.language),
    facilitator: row.facilitator,
    templateId: row.template_id,
    state: row.state === 'finished' ? 'finished' : 'active',
    archived: row.archived === 1,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function fromRow(row: WorkshopRow): WorkshopRecord {
  return {
    ...commonFromRow(row),
    startTime: row.start_time,
    authorDisplay: (AUTHOR_DISPLAYS as readonly string[]).includes(row.author_display) ? (row.author_display as AuthorDisplay) : 'shown',
    participants: parseStringList(row.participants),
    currentStepId: row.current_step_id,
    timer: parseTimer(row),
    boardDefaults: parseBoardDefaults(row.board_defaults),
  };
}

type SummaryRow = CommonRow & { step_count: number; planned_minutes: number };

function summaryFromRow(row: SummaryRow): WorkshopSummary {
  return { ...commonFromRow(row), stepCount: row.step_count, plannedMinutes: row.planned_minutes };
}

function parseLanguage(value: string): Language {
  return value === 'fr' ? 'fr' : 'en';
}

/**
 * A timer that does not add up (running without a start, negative spans) reads as idle: showing
 * a fresh timer is better than a wrong one or a crash.
 */
function parseTimer(row: WorkshopRow): TimerState {
  const { timer_status: status, timer_running_since: since, timer_elapsed_ms: elapsed, timer_adjust_ms: adjust } = row;
  if (!Number.isFinite(elapsed) || elapsed < 0 || !Number.isFinite(adjust)) return { ...IDLE_TIMER };
  if (status === 'running' && typeof since === 'number') {
    return { status, runningSince: since, elapsedMs: elapsed, adjustMs: adjust };
  }
  if (status === 'paused') return { status, runningSince: null, elapsedMs: elapsed, adjustMs: adjust };
  if (status === 'idle') return { status, runningSince: null, elapsedMs: elapsed, adjustMs: adjust };
  return { ...IDLE_TIMER };
}

/** JSON text that may have been damaged; `fallback` when it is not valid JSON at all. */
export function parseJson(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fallback;
  }
}

/** Keeps the strings of a JSON array; anything else reads as an empty list. */
export function parseStringList(text: string): string[] {
  return stringList(parseJson(text, []));
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Field by field, so a damaged list loses only itself. */
export function parseBoardDefaults(text: string): BoardDefaults {
  const value = parseJson(text, {});
  const object = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { personaSections: stringList(object.personaSections), journeyStages: stringList(object.journeyStages) };
}
