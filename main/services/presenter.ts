import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { readSettings, writeSetting } from '../store/settings-repo';
import type { ServiceContext } from './context';
import { readWorkshop, requireWorkshop } from './workshops';

/** Stored in settings so the presenter screen follows the same workshop after a restart. */
const PRESENTED_KEY = 'presentedWorkshopId';

export function presenterShow(ctx: ServiceContext, { workshopId }: ParsedInputOf<'presenterShow'>): OutputOf<'presenterShow'> {
  const changed = ctx.store().transaction((db) => {
    if (workshopId !== null && requireWorkshop(db, workshopId).deletedAt !== null) {
      throw new AppError('conflict', 'A workshop in the trash cannot be presented');
    }
    // Opening the workshop already presented (a reload) changes nothing and tells nobody.
    if ((readSettings(db)[PRESENTED_KEY] ?? null) === workshopId) return false;
    writeSetting(db, PRESENTED_KEY, workshopId);
    return true;
  });
  if (changed) ctx.bus.emit('presenterChanged', { workshopId });
  return { workshopId };
}

export function presenterGet(ctx: ServiceContext): OutputOf<'presenterGet'> {
  const db = ctx.store().db;
  const id = readSettings(db)[PRESENTED_KEY];
  // The followed workshop may have been trashed or purged since: the screen then shows nothing.
  const workshop = typeof id === 'string' ? readWorkshop(db, id) : null;
  return { workshop: workshop && workshop.deletedAt === null ? workshop : null };
}
