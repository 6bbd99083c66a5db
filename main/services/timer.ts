import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import {
  adjustTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  toggleTimer,
} from '../../shared/domain/timer';
import type { Step, TimerState } from '../../shared/domain/workshop';
import type { TimerCommand } from '../../shared/ipc/channels/workshops';
import { AppError } from '../../shared/ipc/result';
import { saveStep } from '../store/steps-repo';
import type { ServiceContext } from './context';
import { findStep } from './agenda';
import { editWorkshop, type Edit } from './workshops';

const MINUTE_MS = 60_000;

/**
 * The timer of the current step, and moving through the agenda. Three rules keep the "agenda as
 * run" coherent: a running timer records its step's first start; leaving a step that is running
 * or was run this visit records its end; and looking back at a step already run changes none of
 * its times — only running it again does, and then its earlier duration is kept (its start moves
 * so that start → end still spans all the time it ran). A step the room went past without
 * starting keeps no times: it was skipped.
 */
export function timerCommand(ctx: ServiceContext, { workshopId, command }: ParsedInputOf<'timerCommand'>): OutputOf<'timerCommand'> {
  return editWorkshop(ctx, workshopId, (edit) => applyCommand(edit, command), stateChanged);
}

export function timerGoTo(ctx: ServiceContext, { workshopId, stepId }: ParsedInputOf<'timerGoTo'>): OutputOf<'timerGoTo'> {
  return editWorkshop(
    ctx,
    workshopId,
    (edit) => {
      const target = findStep(edit.before.steps, stepId);
      moveTo(edit, target, false);
    },
    stateChanged,
  );
}

/** The list shows the state (active / finished), which only the end of the agenda changes. */
function stateChanged(before: { state: string }, after: { state: string }): boolean {
  return before.state !== after.state;
}

function applyCommand(edit: Edit, command: TimerCommand): void {
  const { before, record, now } = edit;
  const index = before.steps.findIndex((step) => step.id === before.currentStepId);
  const current = before.steps[index];

  if (command === 'previous') {
    // From the end of the agenda, "previous" reopens the last step.
    const target = current ? before.steps[index - 1] : before.steps.at(-1);
    if (!target) throw new AppError('conflict', current ? 'This is the first step' : 'The agenda has no steps');
    moveTo(edit, target, false);
    return;
  }
  if (!current) throw new AppError('conflict', 'No current step: the agenda is over or empty');

  if (command === 'next') {
    const target = before.steps[index + 1];
    if (target) {
      // Facilitators flow on: a running timer carries into the next step.
      moveTo(edit, target, before.timer.status === 'running');
    } else {
      leave(edit, current);
      record.currentStepId = null;
      record.timer = resetTimer();
      record.state = 'finished';
    }
    return;
  }

  record.timer = nextTimer(before.timer, command, current.plannedMinutes, now.getTime());
  if (record.timer.status === 'running') {
    const running = startRecord(current, now);
    if (running !== current) saveStep(edit.db, record.id, running);
  }
}

/** The step's times once its timer runs: a first start, or a step run before running again (no end, same duration so far). */
function startRecord(step: Step, now: Date): Step {
  if (step.actualStart === null) return { ...step, actualStart: now.toISOString(), actualEnd: null };
  if (step.actualEnd === null) return step;
  const ranMs = Math.max(0, Date.parse(step.actualEnd) - Date.parse(step.actualStart));
  return { ...step, actualStart: new Date(now.getTime() - ranMs).toISOString(), actualEnd: null };
}

function nextTimer(
  timer: TimerState,
  command: Exclude<TimerCommand, 'next' | 'previous'>,
  plannedMinutes: number,
  now: number,
): TimerState {
  switch (command) {
    case 'start':
      return startTimer(timer, now);
    case 'pause':
      return pauseTimer(timer, now);
    case 'resume':
      return resumeTimer(timer, now);
    case 'toggle':
      return toggleTimer(timer, now);
    case 'addMinute':
      return adjustTimer(timer, MINUTE_MS, plannedMinutes);
    case 'removeMinute':
      return adjustTimer(timer, -MINUTE_MS, plannedMinutes);
    case 'reset':
      return resetTimer();
    default:
      return assertNever(command);
  }
}

/** Makes `target` current with a fresh timer, running if `run`. */
function moveTo(edit: Edit, target: Step, run: boolean): void {
  const { before, record, now } = edit;
  const current = before.steps.find((step) => step.id === before.currentStepId);
  if (current && current.id !== target.id) leave(edit, current);
  const entered = run ? startRecord(target, now) : target;
  if (entered !== target) saveStep(edit.db, record.id, entered);
  record.currentStepId = target.id;
  record.timer = run ? startTimer(resetTimer(), now.getTime()) : resetTimer();
  // Back into the agenda after its end: the workshop is running again.
  if (!current) record.state = 'active';
}

/** Leaving a step running this visit records when it ended; one never started, or only looked at again, keeps its times. */
function leave(edit: Edit, step: Step): void {
  if (step.actualStart !== null && step.actualEnd === null) saveStep(edit.db, edit.record.id, { ...step, actualEnd: edit.now.toISOString() });
}

function assertNever(value: never): never {
  throw new Error(`Unknown timer command ${String(value)}`);
}

