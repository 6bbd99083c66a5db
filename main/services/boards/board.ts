import type { Board } from '../../../shared/domain/board';
import type { BoardChange } from '../../../shared/domain/board-change';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { redoNext, undoLast, type Replayed } from '../../store/board-history-repo';
import type { WritableDB } from '../../store/types';
import { boardChangeOf, readBoard } from './edit';
import type { ServiceContext } from '../context';
import { requireEditable, requireWorkshop } from '../workshops';

/** Persona canvases and journey maps: reading a board, its undo and redo. */
export function boardGet(ctx: ServiceContext, { workshopId }: ParsedInputOf<'boardGet'>): OutputOf<'boardGet'> {
  const db = ctx.store().db;
  requireWorkshop(db, workshopId);
  return readBoard(db, ctx.bus, workshopId);
}

// Nothing to undo (or redo) is not an error: the board comes back as it is.
export function boardUndo(ctx: ServiceContext, { workshopId }: ParsedInputOf<'boardUndo'>): OutputOf<'boardUndo'> {
  return travel(ctx, workshopId, undoLast);
}

export function boardRedo(ctx: ServiceContext, { workshopId }: ParsedInputOf<'boardRedo'>): OutputOf<'boardRedo'> {
  return travel(ctx, workshopId, redoNext);
}

/**
 * Undo and redo replay stored rows. Should the board have drifted from what the history expects
 * (a constraint or foreign key refuses the replay), the whole step is rolled back and refused.
 */
function travel(ctx: ServiceContext, workshopId: string, step: (db: WritableDB, workshopId: string) => Replayed | null): Board {
  let outcome: { board: Board; change: BoardChange | null };
  try {
    outcome = ctx.store().transaction((db) => {
      requireEditable(db, workshopId);
      const replayed = step(db, workshopId);
      const change = replayed ? boardChangeOf(db, ctx.bus, workshopId, replayed.touched) : null;
      return { board: readBoard(db, ctx.bus, workshopId), change };
    });
  } catch (error) {
    if (isConstraintError(error)) throw new AppError('conflict', 'The board no longer matches its history; nothing was changed');
    throw error;
  }
  if (outcome.change) ctx.bus.emit('boardChanged', outcome.change);
  return outcome.board;
}

function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
