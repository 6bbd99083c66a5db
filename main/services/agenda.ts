import { resetTimer } from '../../shared/domain/timer';
import { MAX_STEPS, type Step, type Workshop } from '../../shared/domain/workshop';
import { AppError } from '../../shared/ipc/result';
import type { ParsedInputOf } from '../../shared/ipc/contract';
import { appendSteps, deleteStep, saveStep, writeStepOrder } from '../store/steps-repo';
import type { ServiceContext } from './context';
import { editWorkshop, newId } from './workshops';

/** Editing the agenda: every change rewrites positions 0..n-1 inside the same transaction. */
export function stepAdd(ctx: ServiceContext, { workshopId, step, index }: ParsedInputOf<'stepAdd'>): Workshop {
  return editWorkshop(ctx, workshopId, ({ db, before, record }) => {
    const count = before.steps.length;
    // A full agenda is a state of this workshop, not a malformed request: conflict.
    if (count >= MAX_STEPS) throw new AppError('conflict', `An agenda holds at most ${MAX_STEPS} steps`);
    const at = index ?? count;
    if (at > count) throw new AppError('invalid_input', `index: at most ${count}`, 'index');
    const added: Step = { id: newId(), ...step, actualStart: null, actualEnd: null };
    appendSteps(db, workshopId, [added]);
    const order = before.steps.map((s) => s.id);
    order.splice(at, 0, added.id);
    writeStepOrder(db, workshopId, order);
    // An empty agenda gets a current step; a finished one (no current step) stays finished.
    if (count === 0) {
      record.currentStepId = added.id;
      record.timer = resetTimer();
    }
  });
}

export function stepUpdate(ctx: ServiceContext, { workshopId, stepId, patch }: ParsedInputOf<'stepUpdate'>): Workshop {
  return editWorkshop(ctx, workshopId, ({ db, before }) => {
    const step = findStep(before.steps, stepId);
    const changed: Step = { ...step };
    if (patch.kind !== undefined) changed.kind = patch.kind;
    if (patch.title !== undefined) changed.title = patch.title;
    if (patch.instructions !== undefined) changed.instructions = patch.instructions;
    if (patch.plannedMinutes !== undefined) changed.plannedMinutes = patch.plannedMinutes;
    saveStep(db, workshopId, changed);
  });
}

export function stepRemove(ctx: ServiceContext, { workshopId, stepId }: ParsedInputOf<'stepRemove'>): Workshop {
  return editWorkshop(ctx, workshopId, ({ db, before, record }) => {
    const index = before.steps.indexOf(findStep(before.steps, stepId));
    deleteStep(db, workshopId, stepId);
    writeStepOrder(
      db,
      workshopId,
      before.steps.filter((s) => s.id !== stepId).map((s) => s.id),
    );
    if (before.currentStepId === stepId) {
      // The room carries on with what came next; at the end of the agenda, with what came before.
      const successor = before.steps[index + 1] ?? before.steps[index - 1] ?? null;
      record.currentStepId = successor?.id ?? null;
      record.timer = resetTimer();
    }
  });
}

export function stepsReorder(ctx: ServiceContext, { workshopId, stepIds }: ParsedInputOf<'stepsReorder'>): Workshop {
  return editWorkshop(ctx, workshopId, ({ db, before }) => {
    if (!isPermutation(stepIds, before.steps.map((s) => s.id))) {
      throw new AppError('invalid_input', "stepIds must list exactly the workshop's steps, each once", 'stepIds');
    }
    writeStepOrder(db, workshopId, stepIds);
  });
}

export function findStep(steps: readonly Step[], stepId: string): Step {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('not_found', `No step ${stepId} in this workshop`);
  return step;
}

function isPermutation(candidate: readonly string[], ids: readonly string[]): boolean {
  const wanted = new Set(ids);
  return candidate.length === ids.length && new Set(candidate).size === candidate.length && candidate.every((id) => wanted.has(id));
}
