import { prepared } from './board-tables';
import type { ReadableDB, WritableDB } from './types';

/**
 * Ordered children of the board's structure: personas and maps of a workshop, sections of a
 * persona, stages and lanes of a map. Each reads one index range in position order.
 */
function ids(db: ReadableDB, sql: string, parentId: string): string[] {
  return prepared(db, sql).pluck().all(parentId) as string[];
}

export function personaIds(db: ReadableDB, workshopId: string): string[] {
  return ids(db, 'SELECT id FROM personas WHERE workshop_id = ? ORDER BY position', workshopId);
}

export function mapIds(db: ReadableDB, workshopId: string): string[] {
  return ids(db, 'SELECT id FROM journey_maps WHERE workshop_id = ? ORDER BY position', workshopId);
}

export function sectionIds(db: ReadableDB, personaId: string): string[] {
  return ids(db, 'SELECT id FROM persona_sections WHERE persona_id = ? ORDER BY position', personaId);
}

export function stageIds(db: ReadableDB, mapId: string): string[] {
  return ids(db, 'SELECT id FROM journey_stages WHERE map_id = ? ORDER BY position', mapId);
}

export function laneIds(db: ReadableDB, mapId: string): string[] {
  return ids(db, 'SELECT id FROM journey_lanes WHERE map_id = ? ORDER BY position', mapId);
}

/** Primary is exclusive within a workshop (and the personas_one_primary index insists). */
export function clearPrimary(db: WritableDB, workshopId: string): void {
  prepared(db, 'UPDATE personas SET is_primary = 0 WHERE workshop_id = ? AND is_primary = 1').run(workshopId);
}
