import { stepActualMinutes, stepRunStates, type StepRunState } from '../../../shared/domain/schedule';
import { timerRemainingMs } from '../../../shared/domain/timer';
import type { Step, Workshop } from '../../../shared/domain/workshop';

const MINUTE_MS = 60_000;

export type RowStatus = StepRunState;

/** One line of the run of show: when the step starts (as recorded, or as expected from now). */
export interface RunRow {
  step: Step;
  status: RowStatus;
  /** Recorded start for a step run, expected start for the current (not started) and later ones. */
  start: Date | null;
  /** Whether `start` is a forecast rather than a recorded time. */
  expected: boolean;
  /** Whole minutes it took, once it has ended. */
  actualMinutes: number | null;
}

/** Whether the workshop is being run: a step has started, one is current, and it is not marked finished. */
export function isRunning(workshop: Pick<Workshop, 'steps' | 'currentStepId' | 'state'>): boolean {
  return workshop.state !== 'finished' && workshop.currentStepId !== null && workshop.steps.some((step) => step.actualStart !== null);
}

/**
 * The agenda as the room lives it: steps before the current one are done, with their recorded
 * start; the current one started when its timer first did (or starts now); later ones follow the
 * current step's time left, then their planned durations.
 */
export function runOfShow(workshop: Pick<Workshop, 'steps' | 'currentStepId' | 'timer'>, now: number): RunRow[] {
  const index = workshop.steps.findIndex((step) => step.id === workshop.currentStepId);
  const states = stepRunStates(workshop);
  let next: number | null = null;
  return workshop.steps.map((step, i) => {
    const actual = stepActualMinutes(step);
    const actualMinutes = actual === null ? null : Math.round(actual);
    // Gone past without being run: no time of its own, none banked.
    if (states[i] === 'skipped') return { step, status: 'skipped', start: null, expected: false, actualMinutes: null };
    if (index === -1) {
      return { step, status: step.actualEnd ? 'done' : 'upcoming', start: step.actualStart ? new Date(step.actualStart) : null, expected: false, actualMinutes };
    }
    if (i < index) return { step, status: 'done', start: step.actualStart ? new Date(step.actualStart) : null, expected: false, actualMinutes };
    if (i === index) {
      const startedAt = step.actualStart ? Date.parse(step.actualStart) : now;
      next = now + Math.max(0, timerRemainingMs(workshop.timer, step.plannedMinutes, now));
      return { step, status: 'current', start: new Date(startedAt), expected: !step.actualStart, actualMinutes: null };
    }
    const start = new Date(next ?? now);
    next = start.getTime() + step.plannedMinutes * MINUTE_MS;
    return { step, status: 'upcoming', start, expected: true, actualMinutes: null };
  });
}
