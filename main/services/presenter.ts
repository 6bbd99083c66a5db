import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { spotlightFor, type Spotlight } from '../../shared/domain/spotlight';
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

/** A spotlight lasts the moment it was set for: kept in memory, per core and workshop, never in the database. */
const spotlightsOf = new WeakMap<ServiceContext, Map<string, Spotlight>>();

function spotlights(ctx: ServiceContext): Map<string, Spotlight> {
  let map = spotlightsOf.get(ctx);
  if (!map) spotlightsOf.set(ctx, (map = new Map()));
  return map;
}

export function spotlightGet(ctx: ServiceContext, { workshopId }: ParsedInputOf<'spotlightGet'>): OutputOf<'spotlightGet'> {
  const workshop = requireWorkshop(ctx.store().db, workshopId);
  return spotlightFor(spotlights(ctx).get(workshopId) ?? null, workshop.currentStepId);
}

export function spotlightSet(ctx: ServiceContext, { workshopId, spotlight }: ParsedInputOf<'spotlightSet'>): OutputOf<'spotlightSet'> {
  const workshop = requireWorkshop(ctx.store().db, workshopId);
  // A laptop that has not seen the step change yet must not spotlight the next step by mistake.
  if (spotlight.stepId !== workshop.currentStepId) {
    throw new AppError('conflict', 'A spotlight is set on the current step only', 'spotlight.stepId');
  }
  const before = spotlightFor(spotlights(ctx).get(workshopId) ?? null, workshop.currentStepId);
  spotlights(ctx).set(workshopId, spotlight);
  if (JSON.stringify(before) !== JSON.stringify(spotlight)) ctx.bus.emit('spotlightChanged', { workshopId, spotlight });
  return spotlight;
}
