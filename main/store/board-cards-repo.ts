import type { CardContainer } from '../../shared/domain/board';
import { prepared } from './board-tables';
import type { ReadableDB, WritableDB } from './types';

/** Exported so a test can check their query plans: an index range of cards_in_section or cards_in_cell, no sort. */
export const CARDS_IN_SECTION = 'SELECT id FROM cards WHERE section_id = ? ORDER BY position';
export const CARDS_IN_CELL = 'SELECT id FROM cards WHERE stage_id = ? AND lane_id = ? ORDER BY position';

/** The ids of a container's cards in order. */
export function cardIdsIn(db: ReadableDB, container: CardContainer): string[] {
  if (container.kind === 'section') return prepared(db, CARDS_IN_SECTION).pluck().all(container.sectionId) as string[];
  return prepared(db, CARDS_IN_CELL).pluck().all(container.stageId, container.laneId) as string[];
}

export function countCards(db: ReadableDB, workshopId: string): number {
  return Number(prepared(db, 'SELECT count(*) FROM cards WHERE workshop_id = ?').pluck().get(workshopId));
}

/** Pain points tied to a card that is no longer a moment of truth of their map lose the tie. */
export function untieMomentOfTruth(db: WritableDB, momentId: string): void {
  prepared(db, 'UPDATE cards SET moment_of_truth_id = NULL WHERE moment_of_truth_id = ?').run(momentId);
}
