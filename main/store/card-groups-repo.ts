import type { CardContainer } from '../../shared/domain/board';
import type { Placed } from '../../shared/domain/card-groups';
import { deleteRow, prepared } from './board-tables';
import type { ReadableDB, WritableDB } from './types';

/** What the order rule of shared/domain/card-groups.ts needs of a container's cards, in position order. */
export function placedIn(db: ReadableDB, container: CardContainer): Placed[] {
  const rows = (
    container.kind === 'section'
      ? prepared(db, 'SELECT id, position, group_id FROM cards WHERE section_id = ? ORDER BY position').all(container.sectionId)
      : prepared(db, 'SELECT id, position, group_id FROM cards WHERE stage_id = ? AND lane_id = ? ORDER BY position').all(
          container.stageId,
          container.laneId,
        )
  ) as { id: string; position: number; group_id: string | null }[];
  return rows.map((row) => ({ id: row.id, position: row.position, groupId: row.group_id }));
}

/** The ids of a group's cards. */
export function memberIds(db: ReadableDB, groupId: string): string[] {
  return prepared(db, 'SELECT id FROM cards WHERE group_id = ? ORDER BY position').pluck().all(groupId) as string[];
}

/** Deletes the group if no card is left in it (no empty group ever exists); true when it did. */
export function dropGroupIfEmpty(db: WritableDB, groupId: string | null): boolean {
  if (groupId === null) return false;
  const left = prepared(db, 'SELECT EXISTS (SELECT 1 FROM cards WHERE group_id = ?)').pluck().get(groupId);
  return left === 0 && deleteRow(db, 'card_groups', groupId) > 0;
}

/** Pain points tied to a merged duplicate are tied to the card it was merged into. */
export function retieMomentOfTruth(db: WritableDB, fromId: string, toId: string): void {
  prepared(db, 'UPDATE cards SET moment_of_truth_id = ? WHERE moment_of_truth_id = ?').run(toId, fromId);
}
