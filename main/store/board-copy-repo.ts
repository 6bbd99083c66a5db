import crypto from 'node:crypto';
import { mergedFromColumn, mergedFromValue } from './board-read-repo';
import { insertRow, rowsOfWorkshop, updateRow, type PlacedRow } from './board-tables';
import type { WritableDB } from './types';

/**
 * Copies every persona and journey map of one workshop into another (a duplicated workshop), with
 * new ids and every reference between them remapped. The undo history is not copied: the copy
 * starts with a clean slate. Runs inside the caller's transaction. Returns every copied row's new
 * id by its old one (personas, sections, maps, stages, lanes, card groups, cards, and the cards
 * merged into others as duplicates), for what refers to the boards from outside them (voting
 * items: a vote on a merged card keeps counting for the card it joined).
 */
export function duplicateBoards(db: WritableDB, fromWorkshopId: string, toWorkshopId: string): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  const fresh = (id: string): string => {
    const next = crypto.randomBytes(12).toString('base64url');
    ids.set(id, next);
    return next;
  };
  const mapped = (id: string): string => {
    const next = ids.get(id);
    if (next === undefined) throw new Error(`Board copy: ${id} was not copied before what refers to it`);
    return next;
  };
  const mappedOrNull = (id: string | null): string | null => (id === null ? null : mapped(id));
  const workshop_id = toWorkshopId;
  /** Where a card or a group stands, remapped: its persona section, or its map, stage and lane. */
  const placed = (row: PlacedRow) => ({
    section_id: mappedOrNull(row.section_id),
    map_id: mappedOrNull(row.map_id),
    stage_id: mappedOrNull(row.stage_id),
    lane_id: mappedOrNull(row.lane_id),
  });

  for (const row of rowsOfWorkshop(db, 'personas', fromWorkshopId)) insertRow(db, 'personas', { ...row, id: fresh(row.id), workshop_id });
  for (const row of rowsOfWorkshop(db, 'persona_avatars', fromWorkshopId)) {
    insertRow(db, 'persona_avatars', { ...row, persona_id: mapped(row.persona_id), workshop_id });
  }
  for (const row of rowsOfWorkshop(db, 'persona_sections', fromWorkshopId)) {
    insertRow(db, 'persona_sections', { ...row, id: fresh(row.id), workshop_id, persona_id: mapped(row.persona_id) });
  }
  for (const row of rowsOfWorkshop(db, 'journey_maps', fromWorkshopId)) {
    insertRow(db, 'journey_maps', { ...row, id: fresh(row.id), workshop_id, persona_id: mappedOrNull(row.persona_id) });
  }
  for (const row of rowsOfWorkshop(db, 'journey_stages', fromWorkshopId)) {
    insertRow(db, 'journey_stages', { ...row, id: fresh(row.id), workshop_id, map_id: mapped(row.map_id) });
  }
  for (const row of rowsOfWorkshop(db, 'journey_lanes', fromWorkshopId)) {
    insertRow(db, 'journey_lanes', { ...row, id: fresh(row.id), workshop_id, map_id: mapped(row.map_id) });
  }
  for (const row of rowsOfWorkshop(db, 'journey_emotions', fromWorkshopId)) {
    insertRow(db, 'journey_emotions', { ...row, stage_id: mapped(row.stage_id), workshop_id, map_id: mapped(row.map_id) });
  }
  for (const row of rowsOfWorkshop(db, 'card_groups', fromWorkshopId)) {
    insertRow(db, 'card_groups', { ...row, id: fresh(row.id), workshop_id, ...placed(row) });
  }
  const cards = rowsOfWorkshop(db, 'cards', fromWorkshopId);
  // Moments of truth are cards too: every card first, then the ties between them.
  for (const row of cards) {
    insertRow(db, 'cards', {
      ...row,
      id: fresh(row.id),
      workshop_id,
      ...placed(row),
      moment_of_truth_id: null,
      group_id: mappedOrNull(row.group_id),
      merged_from: mergedFromValue(mergedFromColumn(row.merged_from).map((merged) => ({ ...merged, id: fresh(merged.id) }))),
    });
  }
  for (const row of cards) {
    if (row.moment_of_truth_id !== null) {
      updateRow(db, 'cards', mapped(row.id), { moment_of_truth_id: mapped(row.moment_of_truth_id) });
    }
  }
  return ids;
}
