import { timerDurationMs, timerElapsedMs, timerRemainingMs } from './timer';
import { startTimeSchema, type Step, type Workshop } from './workshop';

/** Pure schedule maths over a workshop's agenda: how long, when it ends, whether the room is late. */

const MINUTE_MS = 60_000;
/** A drift within this much either way is "on time": nobody reschedules for a minute. */
export const ON_TIME_TOLERANCE_MS = MINUTE_MS;

export type ScheduleStatus = 'not-started' | 'on-time' | 'ahead' | 'behind';
export interface ScheduleDelta {
  status: ScheduleStatus;
  /** Whole minutes ahead or behind (always ≥ 0); 0 when on time or not started. */
  minutes: number;
}

type ScheduleWorkshop = Pick<Workshop, 'steps' | 'currentStepId' | 'timer'>;

export function totalPlannedMinutes(steps: readonly Pick<Step, 'plannedMinutes'>[]): number {
  return steps.reduce((sum, step) => sum + step.plannedMinutes, 0);
}

function toMs(value: string | Date | null): number | null {
  if (value === null) return null;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** When the agenda ends if every step takes its planned time; null for an unreadable start. */
export function plannedEnd(start: string | Date, steps: readonly Pick<Step, 'plannedMinutes'>[]): Date | null {
  const startMs = toMs(start);
  return startMs === null ? null : new Date(startMs + totalPlannedMinutes(steps) * MINUTE_MS);
}

/**
 * How long a step actually took, in (possibly fractional) minutes, so sums stay exact and the UI
 * rounds for display. Null when it has not both started and ended; a reversed clock gives 0.
 */
export function stepActualMinutes(step: Pick<Step, 'actualStart' | 'actualEnd'>): number | null {
  const start = toMs(step.actualStart);
  const end = toMs(step.actualEnd);
  if (start === null || end === null) return null;
  return Math.max(0, end - start) / MINUTE_MS;
}

/** The earliest recorded start: normally the first step's, even if the facilitator skipped it. */
function workshopStartMs(steps: readonly Step[]): number | null {
  let first: number | null = null;
  for (const step of steps) {
    const ms = toMs(step.actualStart);
    if (ms !== null && (first === null || ms < first)) first = ms;
  }
  return first;
}

/**
 * When the workshop will end at the current pace; null before it starts. Steps already run are
 * behind us, so the estimate is anchored on `now` (which also counts gaps between steps): now +
 * what is left of the current step (nothing if in overtime) + the planned time of later steps.
 * With no current step after the start, the workshop is over: its last recorded end.
 */
export function expectedEnd(workshop: ScheduleWorkshop, now: number): Date | null {
  const { steps } = workshop;
  if (workshopStartMs(steps) === null) return null;
  const index = steps.findIndex((step) => step.id === workshop.currentStepId);
  const current = steps[index];
  if (!current) {
    const ends = steps.map((step) => toMs(step.actualEnd)).filter((ms): ms is number => ms !== null);
    return new Date(ends.length > 0 ? Math.max(...ends) : now);
  }
  const left = Math.max(0, timerRemainingMs(workshop.timer, current.plannedMinutes, now));
  return new Date(now + left + totalPlannedMinutes(steps.slice(index + 1)) * MINUTE_MS);
}

/**
 * Where each step stands in the agenda as run. A step with a recorded start and end was run
 * ("done"); one never started that the room went past — before the current step, or anywhere once
 * the workshop is over — was "skipped"; the rest are "upcoming".
 */
export type StepRunState = 'done' | 'current' | 'skipped' | 'upcoming';

export function stepRunStates(workshop: Pick<Workshop, 'steps' | 'currentStepId'>): StepRunState[] {
  const { steps } = workshop;
  const currentIndex = steps.findIndex((step) => step.id === workshop.currentStepId);
  const over = currentIndex === -1 && workshopStartMs(steps) !== null;
  return steps.map((step, index) => {
    if (index === currentIndex) return 'current';
    if (step.actualStart !== null) return index < currentIndex || over || step.actualEnd !== null ? 'done' : 'upcoming';
    return index < currentIndex || over ? 'skipped' : 'upcoming';
  });
}

/**
 * Ahead or behind against the plan as run: what each step run took beyond (or short of) its plan,
 * plus the current step's time beyond its plan so far (or added to its timer). Skipped steps bank
 * no time, and nothing is compared with wall-clock times, so a workshop reopened another day reads
 * as it ran. Time between steps, outside any step, is not counted.
 */
export function scheduleDelta(workshop: ScheduleWorkshop, now: number): ScheduleDelta {
  if (workshopStartMs(workshop.steps) === null) return { status: 'not-started', minutes: 0 };
  const states = stepRunStates(workshop);
  let diffMs = 0;
  workshop.steps.forEach((step, index) => {
    const state = states[index];
    if (state === 'current') {
      const run = Math.max(timerElapsedMs(workshop.timer, now), timerDurationMs(step.plannedMinutes, workshop.timer));
      diffMs += run - step.plannedMinutes * MINUTE_MS;
    } else if (state === 'done') {
      const actual = stepActualMinutes(step);
      if (actual !== null) diffMs += (actual - step.plannedMinutes) * MINUTE_MS;
    }
  });
  if (Math.abs(diffMs) <= ON_TIME_TOLERANCE_MS) return { status: 'on-time', minutes: 0 };
  return { status: diffMs > 0 ? 'behind' : 'ahead', minutes: Math.round(Math.abs(diffMs) / MINUTE_MS) };
}

/**
 * When each step is planned to start, in minutes after midnight, from the workshop's start time:
 * each step after the ones before it, skipped steps taking no time. Null without a start time.
 */
export function plannedClockTimes(steps: readonly Pick<Step, 'plannedMinutes'>[], startTime: string | null, states?: readonly StepRunState[]): number[] | null {
  if (startTime === null || !startTimeSchema.safeParse(startTime).success) return null;
  const [hours, minutes] = startTime.split(':').map(Number);
  let at = (hours ?? 0) * 60 + (minutes ?? 0);
  return steps.map((step, index) => {
    const start = at;
    if (states?.[index] !== 'skipped') at += step.plannedMinutes;
    return start;
  });
}

/** 615 → "10:15" (24-hour, wrapping past midnight). */
export function formatMinutesOfDay(value: number): string {
  const day = ((Math.round(value) % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

