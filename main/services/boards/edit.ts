import type { Board, JourneyMap, Persona } from '../../../shared/domain/board';
import { emptyBoardDiff, MAX_PUSHED_BYTES, MAX_PUSHED_ROWS, type BoardChange } from '../../../shared/domain/board-change';
import type { Workshop } from '../../../shared/domain/workshop';
import { AppError } from '../../../shared/ipc/result';
import { boardKey, type EventBus } from '../../events';
import { cardFromRow, groupFromRow, readBoardContent } from '../../store/board-read-repo';
import { finishRecording, historyFlags, startRecording, type TouchedRow } from '../../store/board-history-repo';
import { getRow, type BoardRows, type BoardTable } from '../../store/board-tables';
import type { ReadableDB, WritableDB } from '../../store/types';
import type { ServiceContext } from '../context';
import { requireEditable } from '../workshops';

/** The whole board, at the revision its pushes have reached. */
export function readBoard(db: ReadableDB, bus: EventBus, workshopId: string): Board {
  return { workshopId, ...readBoardContent(db, workshopId), ...historyFlags(db, workshopId), revision: bus.revision(boardKey(workshopId)) };
}

/**
 * What an edit that wrote `touched` pushes (see BoardChange): the cards and groups it wrote as they now are,
 * and the personas and maps it touched without their cards, all read in the edit's transaction;
 * or, past a few kilobytes, only the new revision. Call it inside the transaction, once the edit
 * is done.
 */
export function boardChangeOf(db: ReadableDB, bus: EventBus, workshopId: string, touched: readonly TouchedRow[]): BoardChange {
  const revision = bus.advance(boardKey(workshopId));
  const flags = historyFlags(db, workshopId);
  if (touched.length > MAX_PUSHED_ROWS) return { workshopId, revision, ...flags, diff: null };
  const diff = emptyBoardDiff();
  const personaIds = new Set<string>();
  const mapIds = new Set<string>();
  for (const row of touched) {
    if (row.table === 'cards') {
      const card = getRow(db, 'cards', row.id);
      if (card) diff.cards.push(cardFromRow(card));
      else diff.removedCards.push(row.id);
    } else if (row.table === 'card_groups') {
      const group = getRow(db, 'card_groups', row.id);
      if (group) diff.groups.push(groupFromRow(group));
      else diff.removedGroups.push(row.id);
    } else if (row.owner && 'personaId' in row.owner) personaIds.add(row.owner.personaId);
    else if (row.owner) mapIds.add(row.owner.mapId);
  }
  if (personaIds.size + mapIds.size > 0) {
    // Rarer than card edits: the board's places are read whole (no cards' weight is pushed).
    const { personas, journeyMaps } = readBoardContent(db, workshopId);
    for (const id of personaIds) {
      const persona = personas.find((p) => p.id === id);
      if (persona) diff.personas.push({ ...persona, sections: persona.sections.map(({ cards: _cards, groups: _groups, ...section }) => section) });
      else diff.removedPersonas.push(id);
    }
    for (const id of mapIds) {
      const map = journeyMaps.find((m) => m.id === id);
      if (map) {
        const { cards: _cards, groups: _groups, ...shell } = map;
        diff.maps.push(shell);
      } else diff.removedMaps.push(id);
    }
  }
  return { workshopId, revision, ...flags, diff: Buffer.byteLength(JSON.stringify(diff)) <= MAX_PUSHED_BYTES ? diff : null };
}

export interface BoardEdit {
  db: WritableDB;
  workshop: Workshop;
  /** ISO time of this edit, for created_at / updated_at. */
  now: string;
}

/**
 * The one path for changing a board: find the workshop, check it is editable, make the change
 * with the undo journal on, store it as one history entry and read what changed for the push, all
 * in ONE synchronous transaction; then tell every view. `board` is the board after the edit, read
 * when first asked for: read it before any await. A change that throws rolls everything back, so
 * a refused request leaves the board (and its undo history) exactly as it was.
 */
export function editBoard<T>(
  ctx: ServiceContext,
  action: string,
  locate: (db: WritableDB) => string,
  change: (edit: BoardEdit) => T,
): { board: Board; result: T } {
  const now = ctx.now().toISOString();
  const outcome = ctx.store().transaction((db) => {
    const workshop = requireEditable(db, locate(db));
    startRecording(db, workshop.id);
    const result = change({ db, workshop, now });
    const touched = finishRecording(db, workshop.id, action, now);
    const pushed = touched.length > 0 ? boardChangeOf(db, ctx.bus, workshop.id, touched) : null;
    return { workshopId: workshop.id, result, pushed };
  });
  if (outcome.pushed) ctx.bus.emit('boardChanged', outcome.pushed);
  let board: Board | null = null;
  return {
    result: outcome.result,
    // Read on first use only (an edit answered with a card never reads the whole board), and right
    // away: nothing can write between the commit and this synchronous read.
    get board() {
      board ??= readBoard(ctx.store().db, ctx.bus, outcome.workshopId);
      return board;
    },
  };
}

const NAMES: Record<BoardTable, string> = {
  personas: 'persona',
  persona_avatars: 'avatar',
  persona_sections: 'section',
  journey_maps: 'journey map',
  journey_stages: 'stage',
  journey_lanes: 'lane',
  journey_emotions: 'emotion',
  card_groups: 'card group',
  cards: 'card',
};

/** A row that must exist: not_found otherwise, with what was looked for in the message. */
export function requireRow<T extends BoardTable>(db: ReadableDB, table: T, id: string): BoardRows[T] {
  const row = getRow(db, table, id);
  if (!row) throw new AppError('not_found', `No ${NAMES[table]} ${id}`);
  return row;
}

/** The workshop a row belongs to, for editBoard's locate. */
export function workshopOf(table: BoardTable, id: string): (db: ReadableDB) => string {
  return (db) => requireRow(db, table, id).workshop_id;
}

/** A row that must belong to this workshop: reaching into another workshop's board is forbidden. */
export function requireInWorkshop<T extends BoardTable>(db: ReadableDB, table: T, id: string, workshopId: string): BoardRows[T] {
  const row = requireRow(db, table, id);
  if (row.workshop_id !== workshopId) throw new AppError('forbidden', `The ${NAMES[table]} ${id} belongs to another workshop`);
  return row;
}

export function personaOf(board: Board, personaId: string): Persona {
  const persona = board.personas.find((p) => p.id === personaId);
  if (!persona) throw new AppError('not_found', `No persona ${personaId}`);
  return persona;
}

export function mapOf(board: Board, mapId: string): JourneyMap {
  const map = board.journeyMaps.find((m) => m.id === mapId);
  if (!map) throw new AppError('not_found', `No journey map ${mapId}`);
  return map;
}

/** Where a new item goes: the end by default; past the end is a malformed request. */
export function insertionIndex(index: number | undefined, count: number, field = 'index'): number {
  if (index === undefined) return count;
  if (index > count) throw new AppError('invalid_input', `${field}: at most ${count}`, field);
  return index;
}

/** Inserts `id` into a copy of `ids` at `index`. */
export function withInserted(ids: readonly string[], id: string, index: number): string[] {
  const next = ids.filter((other) => other !== id);
  next.splice(index, 0, id);
  return next;
}

/** A reorder must name exactly the current items, each once. */
export function requirePermutation(candidate: readonly string[], current: readonly string[], field: string): void {
  const wanted = new Set(current);
  const ok = candidate.length === current.length && new Set(candidate).size === candidate.length && candidate.every((id) => wanted.has(id));
  if (!ok) throw new AppError('invalid_input', `${field} must list exactly the current items, each once`, field);
}

/** A full board is a state of the workshop, not a malformed request. */
export function requireRoom(count: number, max: number, what: string): void {
  if (count >= max) throw new AppError('conflict', `At most ${max} ${what}`);
}
