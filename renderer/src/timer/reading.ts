import { formatDuration, formatTimeOfDay as formatClockTime } from '../../../shared/domain/clock-format';
import type { Language } from '../../../shared/domain/settings';
import { expectedEnd, plannedEnd, scheduleDelta, type ScheduleDelta } from '../../../shared/domain/schedule';
import { isOvertime, timerElapsedMs, timerProgress, timerRemainingMs } from '../../../shared/domain/timer';
import type { Step, TimerState, Workshop } from '../../../shared/domain/workshop';
import type { TimerCommand } from '../../../shared/ipc/channels/workshops';
import type { I18n } from '../i18n';

/** What the facilitator's timer and the presenter both show, read from a workshop at `now`. */
export interface TimerReading {
  step: Step;
  /** 1-based position in the agenda. */
  position: number;
  count: number;
  next: Step | null;
  previous: Step | null;
  status: TimerState['status'];
  remainingMs: number;
  elapsedMs: number;
  progress: number;
  overtime: boolean;
}

/** The current step's timer, or null when there is no current step (the workshop is over). */
export function readTimer(workshop: Workshop, now: number): TimerReading | null {
  const index = workshop.steps.findIndex((step) => step.id === workshop.currentStepId);
  const step = workshop.steps[index];
  if (!step) return null;
  const { timer } = workshop;
  return {
    step,
    position: index + 1,
    count: workshop.steps.length,
    next: workshop.steps[index + 1] ?? null,
    previous: workshop.steps[index - 1] ?? null,
    status: timer.status,
    remainingMs: timerRemainingMs(timer, step.plannedMinutes, now),
    elapsedMs: timerElapsedMs(timer, now),
    progress: timerProgress(timer, step.plannedMinutes, now),
    overtime: isOvertime(timer, step.plannedMinutes, now),
  };
}

/** The schedule and when the day ends: before the start, as if it started now. */
export function readSchedule(workshop: Workshop, now: number): { delta: ScheduleDelta; end: Date | null } {
  return {
    delta: scheduleDelta(workshop, now),
    end: expectedEnd(workshop, now) ?? plannedEnd(new Date(now), workshop.steps),
  };
}

/** The timer's main button: pause while it runs, resume when paused, start otherwise. */
export function timerToggle(t: I18n['t'], status: TimerState['status']): { command: TimerCommand; label: string } {
  if (status === 'running') return { command: 'pause', label: t('timer.pause') };
  if (status === 'paused') return { command: 'resume', label: t('timer.resume') };
  return { command: 'start', label: t('timer.start') };
}

/** What the timer is doing, in words: the label above every clock (laptop, projector, phone). */
export function timerStateLabel(t: I18n['t'], status: TimerState['status'], overtime: boolean): string {
  if (overtime) return t('timer.overtime');
  if (status === 'paused') return t('timer.paused');
  if (status === 'idle') return t('timer.notStarted');
  return t('timer.timeLeft');
}

export function scheduleLabel(t: I18n['t'], delta: ScheduleDelta): string {
  switch (delta.status) {
    case 'ahead':
      return t('timer.schedule.ahead', { duration: formatDuration(delta.minutes) });
    case 'behind':
      return t('timer.schedule.behind', { duration: formatDuration(delta.minutes) });
    case 'on-time':
      return t('timer.schedule.onTime');
    case 'not-started':
      return t('timer.notStarted');
    default:
      return assertNever(delta.status);
  }
}

/** "16:45", as every time of day is written (shared/domain/clock-format). */
export function formatTimeOfDay(date: Date, lang: Language): string {
  return formatClockTime(date, lang);
}

/**
 * Whether a step's title only repeats its kind ("Pause" for a break): then the kind is said once,
 * not "Pause · Pause".
 */
export function titleRepeatsKind(title: string, kindLabel: string): boolean {
  const norm = (text: string) => text.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');
  return norm(title) === norm(kindLabel);
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
