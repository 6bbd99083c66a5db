import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { MAX_NEXT_STEPS, type NextStep } from '../../shared/domain/next-steps';
import { AppError } from '../../shared/ipc/result';
import { deleteNextStep, insertNextStep, listNextSteps, saveNextStep, writeNextStepOrder } from '../store/next-steps-repo';
import type { WritableDB } from '../store/types';
import type { ServiceContext } from './context';
import { newId, requireEditable, requireWorkshop } from './workshops';

/**
 * The action items that close the deliverable. Every change is one transaction that answers the
 * whole new list and announces it (nextStepsChanged), so every open view just replaces its copy.
 */
export function nextStepsList(ctx: ServiceContext, { workshopId }: ParsedInputOf<'nextStepsList'>): OutputOf<'nextStepsList'> {
  const db = ctx.store().db;
  requireWorkshop(db, workshopId);
  return listNextSteps(db, workshopId);
}

export function nextStepAdd(ctx: ServiceContext, { workshopId, step, index }: ParsedInputOf<'nextStepAdd'>): OutputOf<'nextStepAdd'> {
  return editNextSteps(ctx, workshopId, (db, steps, now) => {
    const created = appendNextStep(db, workshopId, steps, { ...step, source: null }, now);
    if (index !== undefined && index < steps.length) {
      const order = steps.map((item) => item.id);
      order.splice(index, 0, created.id);
      writeNextStepOrder(db, workshopId, order);
    }
  });
}

export function nextStepUpdate(ctx: ServiceContext, { workshopId, id, patch }: ParsedInputOf<'nextStepUpdate'>): OutputOf<'nextStepUpdate'> {
  return editNextSteps(ctx, workshopId, (db, steps, now) => {
    const current = find(steps, id);
    const next: NextStep = { ...current, updatedAt: now };
    for (const [key, value] of Object.entries(patch)) {
      // Absent keys are undefined after parsing; only the keys sent change.
      if (value !== undefined) Object.assign(next, { [key]: value });
    }
    saveNextStep(db, next);
  });
}

export function nextStepRemove(ctx: ServiceContext, { workshopId, id }: ParsedInputOf<'nextStepRemove'>): OutputOf<'nextStepRemove'> {
  return editNextSteps(ctx, workshopId, (db, steps) => {
    find(steps, id);
    deleteNextStep(db, workshopId, id);
    writeNextStepOrder(
      db,
      workshopId,
      steps.filter((item) => item.id !== id).map((item) => item.id),
    );
  });
}

export function nextStepsReorder(ctx: ServiceContext, { workshopId, ids }: ParsedInputOf<'nextStepsReorder'>): OutputOf<'nextStepsReorder'> {
  return editNextSteps(ctx, workshopId, (db, steps) => {
    const known = new Set(steps.map((item) => item.id));
    if (ids.length !== steps.length || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
      throw new AppError('invalid_input', 'ids must be exactly the workshop’s next steps, each once', 'ids');
    }
    writeNextStepOrder(db, workshopId, ids);
  });
}

/** One change of the list, in one transaction; answers and announces the whole new list. */
export function editNextSteps(ctx: ServiceContext, workshopId: string, change: (db: WritableDB, steps: NextStep[], now: string) => void): NextStep[] {
  const now = ctx.now().toISOString();
  const steps = ctx.store().transaction((db) => {
    requireEditable(db, workshopId);
    change(db, listNextSteps(db, workshopId), now);
    return listNextSteps(db, workshopId);
  });
  ctx.bus.emit('nextStepsChanged', { workshopId, steps });
  return steps;
}

/** Adds an action at the end of the list (at most MAX_NEXT_STEPS). */
export function appendNextStep(
  db: WritableDB,
  workshopId: string,
  steps: readonly NextStep[],
  fields: Pick<NextStep, 'text' | 'owner' | 'dueDate' | 'domain' | 'source'>,
  now: string,
): NextStep {
  if (steps.length >= MAX_NEXT_STEPS) throw new AppError('conflict', `A workshop holds at most ${MAX_NEXT_STEPS} next steps`);
  const created: NextStep = { id: newId(), workshopId, position: steps.length, ...fields, createdAt: now, updatedAt: now };
  insertNextStep(db, created);
  return created;
}

function find(steps: NextStep[], id: string): NextStep {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new AppError('not_found', `No next step ${id} in this workshop`);
  return step;
}

