import { IDLE_TIMER, MAX_STEP_MINUTES, type TimerState } from './workshop';

/**
 * Pure timer maths. The timer is stored as timestamps, so every reading is computed from `now`
 * (epoch ms) instead of being counted down: a restart, a crash or a sleeping laptop still shows
 * the right time. All transitions return a new TimerState and never mutate their input.
 */

const MINUTE_MS = 60_000;
/** How far a step can be extended on top of its plan: one more maximal step (4 h). */
export const MAX_TIMER_EXTENSION_MS = MAX_STEP_MINUTES * MINUTE_MS;
/** The "one minute left" chime threshold. */
export const ONE_MINUTE_MS = MINUTE_MS;

export type Chime = 'one-minute' | 'end';

/** Planned duration plus adjustments; never negative. */
export function timerDurationMs(plannedMinutes: number, timer: TimerState): number {
  return Math.max(0, plannedMinutes * MINUTE_MS + timer.adjustMs);
}

/** Time spent running. A clock that went backwards (now < runningSince) counts the stretch as 0. */
export function timerElapsedMs(timer: TimerState, now: number): number {
  const stretch =
    timer.status === 'running' && timer.runningSince !== null ? Math.max(0, now - timer.runningSince) : 0;
  return timer.elapsedMs + stretch;
}

/** Remaining time; negative once the step is in overtime. */
export function timerRemainingMs(timer: TimerState, plannedMinutes: number, now: number): number {
  return timerDurationMs(plannedMinutes, timer) - timerElapsedMs(timer, now);
}

/** Exactly 0 left is "time is up", not yet overtime. */
export function isOvertime(timer: TimerState, plannedMinutes: number, now: number): boolean {
  return timerRemainingMs(timer, plannedMinutes, now) < 0;
}

/** Share of the duration used, clamped to 0..1 for a ring or bar; a zero duration is complete. */
export function timerProgress(timer: TimerState, plannedMinutes: number, now: number): number {
  const duration = timerDurationMs(plannedMinutes, timer);
  if (duration <= 0) return 1;
  return Math.min(1, Math.max(0, timerElapsedMs(timer, now) / duration));
}

/** idle or paused → running; a running timer is left as it is (its stretch keeps counting). */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'running') return timer;
  return { ...timer, status: 'running', runningSince: now };
}

/** running → paused, banking the current stretch; other states are unchanged. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer;
  return { ...timer, status: 'paused', runningSince: null, elapsedMs: timerElapsedMs(timer, now) };
}

/** paused → running only: resuming a timer that never started is a start, which the UI asks for explicitly. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
  return timer.status === 'paused' ? startTimer(timer, now) : timer;
}

/** The space bar: running → paused, idle or paused → running. */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.status === 'running' ? pauseTimer(timer, now) : startTimer(timer, now);
}

/**
 * Adds (positive) or removes (negative) time, in any state. The total duration is clamped to
 * 0 .. planned + 4 h: removing more than is left simply puts the step into overtime (that is the
 * facilitator's call), and it can never be negative. Non-finite deltas are ignored.
 */
export function adjustTimer(timer: TimerState, deltaMs: number, plannedMinutes: number): TimerState {
  if (!Number.isFinite(deltaMs) || deltaMs === 0) return timer;
  const plannedMs = plannedMinutes * MINUTE_MS;
  const current = timerDurationMs(plannedMinutes, timer);
  const next = Math.min(plannedMs + MAX_TIMER_EXTENSION_MS, Math.max(0, current + deltaMs));
  return { ...timer, adjustMs: next - plannedMs };
}

/** A fresh idle timer (a copy, so callers can never mutate the shared constant). */
export function resetTimer(): TimerState {
  return { ...IDLE_TIMER };
}

/**
 * "mm:ss", or "h:mm:ss" from one hour. Remaining time rounds UP to the second, so the clock never
 * shows 00:00 while time is left (59.2 s shows "01:00"); overtime (negative) rounds DOWN and gets a
 * leading "+" (-65.4 s shows "+01:05"), so "+00:01" appears only after a full second over.
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '00:00';
  const over = ms < 0;
  const totalSeconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return over ? `+${clock}` : clock;
}

/**
 * Which chime a tick should play, given the remaining time at the previous and at this tick.
 * Only downward crossings ring (adding time never does); if one tick crosses both thresholds
 * (the laptop slept) only the end chime plays.
 */
export function chimeDue(prevRemainingMs: number, nextRemainingMs: number): Chime | null {
  if (prevRemainingMs > 0 && nextRemainingMs <= 0) return 'end';
  if (prevRemainingMs > ONE_MINUTE_MS && nextRemainingMs <= ONE_MINUTE_MS) return 'one-minute';
  return null;
}

/** The step durations the timer offers in one click, in minutes; and what "+5" adds to the plan. */
export const DURATION_PRESETS = [3, 5, 10, 15] as const;
export const DURATION_STEP_MINUTES = 5;

/** The planned duration after "+5": capped at the longest a step can be. */
export function extendedPlan(plannedMinutes: number): number {
  return Math.min(MAX_STEP_MINUTES, plannedMinutes + DURATION_STEP_MINUTES);
}
