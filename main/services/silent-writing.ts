import { canRunInSilence } from '../../shared/domain/card-visibility';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { prepared, updateRow } from '../store/board-tables';
import { saveStep } from '../store/steps-repo';
import { findStep } from './agenda';
import { editBoard } from './boards/edit';
import type { ServiceContext } from './context';
import { editWorkshop } from './workshops';

/**
 * Silent writing: a board step run in silence, its reveal, and how authors are named. Which cards
 * each screen sees is decided in shared/domain/card-visibility.ts.
 */

/** Sets a step to run in silence or not: in the agenda, or live while it runs. */
export function stepSetSilent(ctx: ServiceContext, { workshopId, stepId, silent }: ParsedInputOf<'stepSetSilent'>): OutputOf<'stepSetSilent'> {
  return editWorkshop(
    ctx,
    workshopId,
    ({ db, before }) => {
      const step = findStep(before.steps, stepId);
      if (silent && !canRunInSilence(step)) {
        throw new AppError('invalid_input', 'silent: only a persona or journey step can run in silence', 'silent');
      }
      if (step.silent !== silent) saveStep(db, workshopId, { ...step, silent });
    },
    false,
  );
}

/**
 * Shows every hidden card of the workshop at once, each where it was written: ONE board edit, so
 * one undo hides them all again.
 */
export function boardReveal(ctx: ServiceContext, { workshopId }: ParsedInputOf<'boardReveal'>): OutputOf<'boardReveal'> {
  const { result } = editBoard(
    ctx,
    'boardReveal',
    () => workshopId,
    ({ db, workshop, now }) => {
      const ids = prepared(db, 'SELECT id FROM cards WHERE workshop_id = ? AND hidden = 1 ORDER BY position, id')
        .pluck()
        .all(workshop.id) as string[];
      for (const id of ids) updateRow(db, 'cards', id, { hidden: 0, updated_at: now });
      return ids.length;
    },
  );
  return { revealed: result };
}

export function workshopSetAuthorDisplay(
  ctx: ServiceContext,
  { workshopId, authorDisplay }: ParsedInputOf<'workshopSetAuthorDisplay'>,
): OutputOf<'workshopSetAuthorDisplay'> {
  return editWorkshop(
    ctx,
    workshopId,
    ({ record }) => {
      record.authorDisplay = authorDisplay;
    },
    false,
  );
}
