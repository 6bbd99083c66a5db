import { describe, expect, it } from 'vitest';
import {
  expectedEnd,
  formatMinutesOfDay,
  plannedClockTimes,
  stepRunStates,
  plannedEnd,
  scheduleDelta,
  stepActualMinutes,
  totalPlannedMinutes,
} from '../../shared/domain/schedule';
import { pauseTimer, startTimer } from '../../shared/domain/timer';
import { IDLE_TIMER, type Step, type TimerState, type Workshop } from '../../shared/domain/workshop';
import { step } from '../helpers/steps';

const T0 = Date.UTC(2025, 2, 14, 9, 0, 0);
const min = (n: number) => n * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();


type Sched = Pick<Workshop, 'steps' | 'currentStepId' | 'timer'>;
const workshop = (steps: Step[], currentStepId: string | null, timer: TimerState = IDLE_TIMER): Sched => ({
  steps,
  currentStepId,
  timer,
});

describe('schedule totals', () => {
  it('adds up the planned minutes', () => {
    expect(totalPlannedMinutes([])).toBe(0);
    expect(totalPlannedMinutes([step('a', 10), step('b', 25), step('c', 5)])).toBe(40);
  });

  it('puts the planned end after the planned minutes, from an ISO string or a Date', () => {
    const steps = [step('a', 30), step('b', 45)];
    expect(plannedEnd(iso(T0), steps)?.toISOString()).toBe(iso(T0 + min(75)));
    expect(plannedEnd(new Date(T0), steps)?.getTime()).toBe(T0 + min(75));
    expect(plannedEnd('not a date', steps)).toBeNull();
  });

  it('measures a step from its actual start and end, or null when either is missing', () => {
    expect(stepActualMinutes(step('a', 10, T0, T0 + min(12.5)))).toBe(12.5);
    expect(stepActualMinutes(step('a', 10, T0, null))).toBeNull();
    expect(stepActualMinutes(step('a', 10))).toBeNull();
    expect(stepActualMinutes(step('a', 10, T0, T0 - min(1)))).toBe(0);
  });
});

describe('schedule delta', () => {
  it('is not started before any step has started', () => {
    const w = workshop([step('a', 10), step('b', 20)], 'a');
    expect(expectedEnd(w, T0)).toBeNull();
    expect(scheduleDelta(w, T0)).toEqual({ status: 'not-started', minutes: 0 });
  });

  it('is on time when the current step runs to plan', () => {
    const timer = startTimer(IDLE_TIMER, T0);
    const w = workshop([step('a', 10, T0), step('b', 20)], 'a', timer);
    expect(expectedEnd(w, T0 + min(4))?.getTime()).toBe(T0 + min(30));
    expect(scheduleDelta(w, T0 + min(4))).toEqual({ status: 'on-time', minutes: 0 });
  });

  it('counts a drift of up to one minute as on time', () => {
    // First step took 11 minutes instead of 10; the second has just started.
    const timer = startTimer(IDLE_TIMER, T0 + min(11));
    const w = workshop([step('a', 10, T0, T0 + min(11)), step('b', 20, T0 + min(11))], 'b', timer);
    expect(scheduleDelta(w, T0 + min(11))).toEqual({ status: 'on-time', minutes: 0 });
  });

  it('is behind when earlier steps overran', () => {
    const timer = startTimer(IDLE_TIMER, T0 + min(18));
    const steps = [step('a', 10, T0, T0 + min(18)), step('b', 20, T0 + min(18)), step('c', 15)];
    const w = workshop(steps, 'b', timer);
    expect(expectedEnd(w, T0 + min(20))?.getTime()).toBe(T0 + min(18 + 20 + 15));
    expect(scheduleDelta(w, T0 + min(20))).toEqual({ status: 'behind', minutes: 8 });
  });

  it('keeps falling behind while the current step is in overtime', () => {
    const timer = startTimer(IDLE_TIMER, T0);
    const w = workshop([step('a', 10, T0), step('b', 20)], 'a', timer);
    expect(scheduleDelta(w, T0 + min(14))).toEqual({ status: 'behind', minutes: 4 });
  });

  it('counts the time the timer ran, not a pause', () => {
    const timer = pauseTimer(startTimer(IDLE_TIMER, T0), T0 + min(2));
    const w = workshop([step('a', 10, T0), step('b', 20)], 'a', timer);
    expect(scheduleDelta(w, T0 + min(7))).toEqual({ status: 'on-time', minutes: 0 });
  });

  it('is behind by the minutes added to the current timer', () => {
    const w = workshop([step('a', 10, T0, T0 + min(10)), step('b', 20)], 'b', { ...IDLE_TIMER, adjustMs: min(5) });
    expect(scheduleDelta(w, T0 + min(10))).toEqual({ status: 'behind', minutes: 5 });
  });

  it('is ahead when steps finish early', () => {
    const timer = startTimer(IDLE_TIMER, T0 + min(5));
    const early = workshop([step('a', 10, T0, T0 + min(5)), step('b', 20, T0 + min(5))], 'b', timer);
    expect(scheduleDelta(early, T0 + min(5))).toEqual({ status: 'ahead', minutes: 5 });
  });

  it('banks no time for skipped steps', () => {
    const skipped = workshop([step('a', 10, T0, T0 + min(10)), step('b', 20), step('c', 15, T0 + min(10))], 'c', IDLE_TIMER);
    expect(scheduleDelta(skipped, T0 + min(10))).toEqual({ status: 'on-time', minutes: 0 });
    // "Make current" far down the agenda: still on time, not hours ahead.
    const jumped = workshop([step('a', 60), step('b', 60), step('c', 40), step('d', 10)], 'd', IDLE_TIMER);
    expect(scheduleDelta({ ...jumped, steps: jumped.steps.map((s, i) => (i === 0 ? { ...s, actualStart: iso(T0), actualEnd: iso(T0 + min(61)) } : s)) }, T0 + min(61))).toEqual({
      status: 'on-time',
      minutes: 0,
    });
  });

  it('reads a workshop reopened another day as it ran, not against the clock', () => {
    const ran = [step('a', 10, T0, T0 + min(14)), step('b', 20, T0 + min(15), T0 + min(35)), step('c', 15)];
    const nextWeek = T0 + 7 * 24 * min(60);
    expect(scheduleDelta(workshop(ran, 'c'), nextWeek)).toEqual({ status: 'behind', minutes: 4 });
    expect(scheduleDelta(workshop(ran, 'a'), nextWeek)).toEqual({ status: 'on-time', minutes: 0 });
  });

  it('uses the last recorded end once the workshop is over', () => {
    const w = workshop([step('a', 10, T0, T0 + min(12)), step('b', 20, T0 + min(12), T0 + min(35))], null);
    expect(expectedEnd(w, T0 + min(90))?.getTime()).toBe(T0 + min(35));
    expect(scheduleDelta(w, T0 + min(90))).toEqual({ status: 'behind', minutes: 5 });
  });
});

describe('the agenda as run', () => {
  it('calls a step never started that the room went past skipped, not done', () => {
    const steps = [step('a', 10, T0, T0 + min(10)), step('b', 20), step('c', 15, T0 + min(10)), step('d', 5)];
    expect(stepRunStates(workshop(steps, 'c'))).toEqual(['done', 'skipped', 'current', 'upcoming']);
    expect(stepRunStates(workshop(steps, null))).toEqual(['done', 'skipped', 'done', 'skipped']);
    expect(stepRunStates(workshop([step('a', 10), step('b', 20)], null))).toEqual(['upcoming', 'upcoming']);
  });

  it('gives every step a clock time from the start time, skipped steps taking none', () => {
    const steps = [step('a', 30), step('b', 45), step('c', 15)];
    expect(plannedClockTimes(steps, '09:30')?.map(formatMinutesOfDay)).toEqual(['09:30', '10:00', '10:45']);
    expect(plannedClockTimes(steps, '09:30', ['done', 'skipped', 'current'])?.map(formatMinutesOfDay)).toEqual(['09:30', '10:00', '10:00']);
    expect(plannedClockTimes(steps, null)).toBeNull();
    expect(plannedClockTimes(steps, '25:00')).toBeNull();
    expect(formatMinutesOfDay(23 * 60 + 50 + 20)).toBe('00:10');
  });
});
