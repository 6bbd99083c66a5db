import { describe, expect, it } from 'vitest';
import { resetTimer } from '../../shared/domain/timer';
import type { Workshop } from '../../shared/domain/workshop';
import { step } from '../helpers/steps';
import { isRunning, runOfShow } from '../../renderer/src/workshop/run-of-show';

const at = (hh: number, mm: number) => new Date(2026, 11, 1, hh, mm).getTime();

describe('the run of show', () => {
  it('gives done steps their recorded start and length, and later steps the time they are expected', () => {
    const steps = [step('a', 10, at(9, 0), at(9, 12)), step('b', 20, at(9, 12)), step('c', 15), step('d', 5)];
    // b has run 5 of its 20 minutes at 9:17, so c is expected at 9:32 and d at 9:47.
    const timer = { ...resetTimer(), status: 'running' as const, runningSince: at(9, 12) };
    const rows = runOfShow({ steps, currentStepId: 'b', timer }, at(9, 17));
    expect(rows.map((r) => r.status)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(rows.map((r) => r.start?.getTime())).toEqual([at(9, 0), at(9, 12), at(9, 32), at(9, 47)]);
    expect(rows[0]?.actualMinutes).toBe(12);
    expect(rows.map((r) => r.expected)).toEqual([false, false, true, true]);
  });

  it('counts a step in overtime as ending now', () => {
    const steps = [step('a', 10, at(9, 0)), step('b', 5)];
    const timer = { ...resetTimer(), status: 'running' as const, runningSince: at(9, 0) };
    expect(runOfShow({ steps, currentStepId: 'a', timer }, at(9, 14))[1]?.start?.getTime()).toBe(at(9, 14));
  });

  it('is the agenda of a workshop that has started and is not finished', () => {
    const base: Pick<Workshop, 'steps' | 'currentStepId' | 'state'> = { steps: [step('a', 10)], currentStepId: 'a', state: 'active' };
    expect(isRunning(base)).toBe(false);
    expect(isRunning({ ...base, steps: [step('a', 10, at(9, 0))] })).toBe(true);
    expect(isRunning({ ...base, steps: [step('a', 10, at(9, 0))], state: 'finished' })).toBe(false);
  });
});
