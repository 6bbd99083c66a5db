import { timerRemainingMs } from './timer';
import type { Step, Workshop } from './workshop';

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

/** Expected end versus the planned end counted from the actual start. */
export function scheduleDelta(workshop: ScheduleWorkshop, now: number): ScheduleDelta {
  const start = workshopStartMs(workshop.steps);
  const expected = expectedEnd(workshop, now);
  if (start === null || expected === null) return { status: 'not-started', minutes: 0 };
  const diffMs = expected.getTime() - (start + totalPlannedMinutes(workshop.steps) * MINUTE_MS);
  if (Math.abs(diffMs) <= ON_TIME_TOLERANCE_MS) return { status: 'on-time', minutes: 0 };
  return { status: diffMs > 0 ? 'behind' : 'ahead', minutes: Math.round(Math.abs(diffMs) / MINUTE_MS) };
}
