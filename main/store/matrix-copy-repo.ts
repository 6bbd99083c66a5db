import crypto from 'node:crypto';
import type { MatrixItemLink, MatrixItemSource } from '../../shared/domain/matrix';
import { listMatrices, nextMatrixPosition, writeMatrix } from './matrices-repo';
import type { WritableDB } from './types';

/**
 * Copies a workshop's matrices into its duplicate, placements and all. `ids` turns the original's
 * step, session, vote item and card ids into the copy's, and gains the matrices' and items' own,
 * for the actions' links (copiedLink). Runs inside the caller's transaction.
 */
export function duplicateMatrices(db: WritableDB, fromWorkshopId: string, toWorkshopId: string, ids: Map<string, string>, now: string): void {
  const fresh = (id: string): string => {
    const next = crypto.randomBytes(12).toString('base64url');
    ids.set(id, next);
    return next;
  };
  const copied = (id: string): string => ids.get(id) ?? fresh(id);
  for (const matrix of listMatrices(db, fromWorkshopId)) {
    const items = matrix.items.map((item) => ({ ...item, id: fresh(item.id), source: copiedSource(item.source, copied) }));
    writeMatrix(
      db,
      {
        ...matrix,
        id: fresh(matrix.id),
        workshopId: toWorkshopId,
        stepId: matrix.stepId === null ? null : (ids.get(matrix.stepId) ?? null),
        sessionId: matrix.sessionId === null ? null : copied(matrix.sessionId),
        items,
        createdAt: now,
        updatedAt: now,
      },
      nextMatrixPosition(db, toWorkshopId),
    );
  }
}

function copiedSource(source: MatrixItemSource, copied: (id: string) => string): MatrixItemSource {
  switch (source.kind) {
    case 'voteItem':
      return { kind: 'voteItem', sessionId: copied(source.sessionId), itemId: copied(source.itemId) };
    case 'card':
      return { kind: 'card', cardId: copied(source.cardId) };
    case 'group':
      return { kind: 'group', groupId: copied(source.groupId) };
  }
}

/** An action's link in the copy: to the copied matrix item or vote item; none if it pointed at nothing copied. */
export function copiedLink(link: MatrixItemLink | null, ids: ReadonlyMap<string, string>): MatrixItemLink | null {
  if (link === null) return null;
  if (link.kind === 'matrixItem') {
    const matrixId = ids.get(link.matrixId);
    const itemId = ids.get(link.itemId);
    return matrixId && itemId ? { ...link, matrixId, itemId } : null;
  }
  const sessionId = ids.get(link.sessionId);
  const itemId = ids.get(link.itemId);
  return sessionId && itemId ? { ...link, sessionId, itemId } : null;
}
