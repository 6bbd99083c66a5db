import type { Statement } from 'better-sqlite3';
import type { ReadableDB, WritableDB } from './types';

/**
 * The board tables as rows, and the few generic statements every board repo builds on: the undo
 * replay and the workshop copy write whole rows of any board table, so the column lists live in
 * one place. Table and column names come only from the constants below, never from input; every
 * value is a bound parameter.
 */
export interface PersonaRow {
  id: string;
  workshop_id: string;
  position: number;
  name: string;
  role: string;
  age_range: string;
  quote: string;
  bio: string;
  is_primary: number;
  created_at: string;
  updated_at: string;
}

export interface AvatarRow {
  persona_id: string;
  workshop_id: string;
  kind: string;
  builtin_key: string | null;
  image: string | null;
}

export interface SectionRow {
  id: string;
  workshop_id: string;
  persona_id: string;
  position: number;
  title: string;
  hidden: number;
  /** The colour chosen for its new cards (a CardColor); null follows the template. */
  color: string | null;
}

export interface MapRow {
  id: string;
  workshop_id: string;
  persona_id: string | null;
  position: number;
  title: string;
  created_at: string;
  updated_at: string;
}

export interface StageRow {
  id: string;
  workshop_id: string;
  map_id: string;
  position: number;
  title: string;
}

export interface LaneRow {
  id: string;
  workshop_id: string;
  map_id: string;
  position: number;
  kind: string;
  title: string;
  hidden: number;
}

export interface EmotionRow {
  stage_id: string;
  workshop_id: string;
  map_id: string;
  score: number;
  note: string;
}

/** Where a card or a group stands: in a persona's section, or in a cell of a map (its stage and lane). */
export interface PlacedRow {
  id: string;
  workshop_id: string;
  section_id: string | null;
  map_id: string | null;
  stage_id: string | null;
  lane_id: string | null;
}

export interface CardRow extends PlacedRow {
  position: number;
  text: string;
  color: string;
  author: string | null;
  severity: number | null;
  moment_of_truth_id: string | null;
  measure_type: string | null;
  created_at: string;
  updated_at: string;
  group_id: string | null;
  /** JSON of the duplicates merged into this card (MergedCard[]); null for none. */
  merged_from: string | null;
  participant_id: string | null;
  hidden: number;
}

export interface CardGroupRow extends PlacedRow {
  title: string;
  collapsed: number;
  created_at: string;
  updated_at: string;
}

export interface BoardRows {
  personas: PersonaRow;
  persona_avatars: AvatarRow;
  persona_sections: SectionRow;
  journey_maps: MapRow;
  journey_stages: StageRow;
  journey_lanes: LaneRow;
  journey_emotions: EmotionRow;
  card_groups: CardGroupRow;
  cards: CardRow;
}
export type BoardTable = keyof BoardRows;

type Columns<T extends BoardTable> = readonly (keyof BoardRows[T] & string)[];

/**
 * Primary key and columns of each board table, in the order of its journal triggers (0003; 0007
 * for card_groups; 0009 for cards; 0011 for persona_sections). Groups come before cards: a copy
 * or a replay writes them first.
 */
export const BOARD_TABLES: { [T in BoardTable]: { key: keyof BoardRows[T] & string; columns: Columns<T> } } = {
  personas: {
    key: 'id',
    columns: ['id', 'workshop_id', 'position', 'name', 'role', 'age_range', 'quote', 'bio', 'is_primary', 'created_at', 'updated_at'],
  },
  persona_avatars: { key: 'persona_id', columns: ['persona_id', 'workshop_id', 'kind', 'builtin_key', 'image'] },
  persona_sections: { key: 'id', columns: ['id', 'workshop_id', 'persona_id', 'position', 'title', 'hidden', 'color'] },
  journey_maps: { key: 'id', columns: ['id', 'workshop_id', 'persona_id', 'position', 'title', 'created_at', 'updated_at'] },
  journey_stages: { key: 'id', columns: ['id', 'workshop_id', 'map_id', 'position', 'title'] },
  journey_lanes: { key: 'id', columns: ['id', 'workshop_id', 'map_id', 'position', 'kind', 'title', 'hidden'] },
  journey_emotions: { key: 'stage_id', columns: ['stage_id', 'workshop_id', 'map_id', 'score', 'note'] },
  card_groups: {
    key: 'id',
    columns: ['id', 'workshop_id', 'section_id', 'map_id', 'stage_id', 'lane_id', 'title', 'collapsed', 'created_at', 'updated_at'],
  },
  cards: {
    key: 'id',
    columns: [
      'id',
      'workshop_id',
      'section_id',
      'map_id',
      'stage_id',
      'lane_id',
      'position',
      'text',
      'color',
      'author',
      'severity',
      'moment_of_truth_id',
      'measure_type',
      'created_at',
      'updated_at',
      'group_id',
      'merged_from',
      'participant_id',
      'hidden',
    ],
  },
};

export function isBoardTable(name: string): name is BoardTable {
  return Object.hasOwn(BOARD_TABLES, name);
}

/**
 * Prepared statements per connection: an undo replay or a board copy runs the same few
 * statements hundreds of times, and compiling each time would dominate.
 */
const statements = new WeakMap<object, Map<string, Statement>>();
export function prepared(db: ReadableDB, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

export function selectColumns(table: BoardTable): string {
  return BOARD_TABLES[table].columns.join(', ');
}

export function getRow<T extends BoardTable>(db: ReadableDB, table: T, key: string): BoardRows[T] | null {
  const { key: keyColumn } = BOARD_TABLES[table];
  const row = prepared(db, `SELECT ${selectColumns(table)} FROM ${table} WHERE ${keyColumn} = ?`).get(key);
  return (row as BoardRows[T] | undefined) ?? null;
}

/**
 * Every row of a board table for one workshop, by position where the table has one, then by key:
 * rows of different parents share positions, and an undo that re-inserts them must read back in
 * the same order as before.
 */
export function rowsOfWorkshop<T extends BoardTable>(db: ReadableDB, table: T, workshopId: string): BoardRows[T][] {
  return prepared(db, rowsOfWorkshopQuery(table)).all(workshopId) as BoardRows[T][];
}

/** Exported so a test can check the query plan of the board load. */
export function rowsOfWorkshopQuery(table: BoardTable): string {
  const { key, columns } = BOARD_TABLES[table];
  const order = (columns as readonly string[]).includes('position') ? `position, ${key}` : key;
  return `SELECT ${selectColumns(table)} FROM ${table} WHERE workshop_id = ? ORDER BY ${order}`;
}

/**
 * Inserts a row. A column the row does not name at all takes the table's default: an undo snapshot
 * recorded before a migration added a column replays as the row was then.
 */
export function insertRow<T extends BoardTable>(db: WritableDB, table: T, row: BoardRows[T]): void {
  const columns = BOARD_TABLES[table].columns.filter((column) => Object.hasOwn(row, column));
  const values = columns.map((column) => `@${column}`).join(', ');
  prepared(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${values})`).run(pick(row, columns));
}

/** Sets the given columns of one row; returns how many rows changed (0 or 1). */
export function updateRow<T extends BoardTable>(db: WritableDB, table: T, key: string, patch: Partial<BoardRows[T]>): number {
  const { key: keyColumn, columns } = BOARD_TABLES[table];
  const set = columns.filter((column) => column !== keyColumn && Object.hasOwn(patch, column));
  if (set.length === 0) return 0;
  const sql = `UPDATE ${table} SET ${set.map((column) => `${column} = @${column}`).join(', ')} WHERE ${keyColumn} = @__key`;
  return prepared(db, sql).run({ ...pick(patch, set), __key: key }).changes;
}

export function deleteRow(db: WritableDB, table: BoardTable, key: string): number {
  return prepared(db, `DELETE FROM ${table} WHERE ${BOARD_TABLES[table].key} = ?`).run(key).changes;
}

type Ordered = 'personas' | 'persona_sections' | 'journey_maps' | 'journey_stages' | 'journey_lanes' | 'cards';

/**
 * Gives the listed rows positions 0..n-1 in that order. Only rows whose position actually changes
 * are written, so the undo journal holds just the rows that moved.
 */
export function writePositions(db: WritableDB, table: Ordered, orderedIds: readonly string[]): void {
  const update = prepared(db, `UPDATE ${table} SET position = ? WHERE id = ? AND position IS NOT ?`);
  orderedIds.forEach((id, index) => update.run(index, id, index));
}

function pick(row: object, columns: readonly string[]): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const column of columns) out[column] = source[column] ?? null;
  return out;
}
