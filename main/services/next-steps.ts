import { MAX_NEXT_STEPS, type NextStep } from '../../shared/domain/next-steps';
import { AppError } from '../../shared/ipc/result';
import type { PartialHandlers } from '../ipc/handlers';
import { deleteNextStep, insertNextStep, listNextSteps, saveNextStep, writeNextStepOrder } from '../store/next-steps-repo';
import type { WritableDB } from '../store/types';
import type { ServiceContext } from './context';
import { newId, requireEditable, requireWorkshop } from './workshops';

/**
 * The action items that close the deliverable. Every change is one transaction that answers the
 * whole new list and announces it (nextStepsChanged), so every open view just replaces its copy.
 */
export function nextStepHandlers(ctx: ServiceContext): PartialHandlers {
  function edit(workshopId: string, change: (db: WritableDB, steps: NextStep[], now: string) => void): NextStep[] {
    const now = ctx.now().toISOString();
    const steps = ctx.store().transaction((db) => {
      requireEditable(db, workshopId);
      change(db, listNextSteps(db, workshopId), now);
      return listNextSteps(db, workshopId);
    });
    ctx.bus.emit('nextStepsChanged', { workshopId, steps });
    return steps;
  }

  function find(steps: NextStep[], id: string): NextStep {
    const step = steps.find((candidate) => candidate.id === id);
    if (!step) throw new AppError('not_found', `No next step ${id} in this workshop`);
    return step;
  }

  return {
    nextStepsList: ({ workshopId }) => {
      const db = ctx.store().db;
      requireWorkshop(db, workshopId);
      return listNextSteps(db, workshopId);
    },

    nextStepAdd: ({ workshopId, step, index }) =>
      edit(workshopId, (db, steps, now) => {
        if (steps.length >= MAX_NEXT_STEPS) throw new AppError('conflict', `A workshop holds at most ${MAX_NEXT_STEPS} next steps`);
        const created: NextStep = { id: newId(), workshopId, position: steps.length, ...step, createdAt: now, updatedAt: now };
        insertNextStep(db, created);
        if (index !== undefined && index < steps.length) {
          const order = steps.map((item) => item.id);
          order.splice(index, 0, created.id);
          writeNextStepOrder(db, workshopId, order);
        }
      }),

    nextStepUpdate: ({ workshopId, id, patch }) =>
      edit(workshopId, (db, steps, now) => {
        const current = find(steps, id);
        const next: NextStep = { ...current, updatedAt: now };
        for (const [key, value] of Object.entries(patch)) {
          // Absent keys are undefined after parsing; only the keys sent change.
          if (value !== undefined) Object.assign(next, { [key]: value });
        }
        saveNextStep(db, next);
      }),

    nextStepRemove: ({ workshopId, id }) =>
      edit(workshopId, (db, steps) => {
        find(steps, id);
        deleteNextStep(db, workshopId, id);
        writeNextStepOrder(
          db,
          workshopId,
          steps.filter((item) => item.id !== id).map((item) => item.id),
        );
      }),

    nextStepsReorder: ({ workshopId, ids }) =>
      edit(workshopId, (db, steps) => {
        const known = new Set(steps.map((item) => item.id));
        if (ids.length !== steps.length || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
          throw new AppError('invalid_input', 'ids must be exactly the workshop’s next steps, each once', 'ids');
        }
        writeNextStepOrder(db, workshopId, ids);
      }),
  };
}
