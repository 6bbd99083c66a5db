import { describe, expect, test } from 'vitest';
import { isOvertime, timerRemainingMs } from '../../shared/domain/timer';
import type { Step, Workshop } from '../../shared/domain/workshop';
import type { TimerCommand } from '../../shared/ipc/channels/workshops';
import { createClock, startTestCore, type TestCore } from '../helpers/core';

const MINUTE = 60_000;

/** A workshop on the voting template (six steps), as a facilitator would start one. */
async function votingWorkshop(t: TestCore): Promise<Workshop> {
  return t.call('workshopCreate', {
    templateId: 'voting',
    meta: { title: 'Priorités', date: '2025-06-02', language: 'fr' },
  });
}

const command = (t: TestCore, workshop: Workshop, cmd: TimerCommand) =>
  t.call('timerCommand', { workshopId: workshop.id, command: cmd });

function current(workshop: Workshop): Step {
  const step = workshop.steps.find((candidate) => candidate.id === workshop.currentStepId);
  if (!step) throw new Error('No current step');
  return step;
}

/** Remaining time of the current step, as the UI computes it, at the test clock's now. */
function remaining(t: TestCore, workshop: Workshop): number {
  return timerRemainingMs(workshop.timer, current(workshop).plannedMinutes, t.clock.ms());
}

const ids = (workshop: Workshop) => workshop.steps.map((step) => step.id);

describe('editing the agenda', () => {
  test('adds a step at the end by default, or at an index, with positions kept in order', async () => {
    const t = await startTestCore();
    const workshop = await votingWorkshop(t);
    const step = { kind: 'break' as const, title: 'Pause café', plannedMinutes: 15 };

    const atEnd = await t.call('stepAdd', { workshopId: workshop.id, step });
    expect(atEnd.steps.map((s) => s.title).at(-1)).toBe('Pause café');
    expect(atEnd.steps.at(-1)).toMatchObject({ ...step, instructions: '', actualStart: null, actualEnd: null });

    const atTwo = await t.call('stepAdd', { workshopId: workshop.id, step: { ...step, title: 'Tour de table' }, index: 2 });
    expect(atTwo.steps.map((s) => s.title)).toEqual([
      ...workshop.steps.slice(0, 2).map((s) => s.title),
      'Tour de table',
      ...workshop.steps.slice(2).map((s) => s.title),
      'Pause café',
    ]);
    expect(atTwo.plannedMinutes).toBe(workshop.plannedMinutes + 30);
    expect(atTwo.currentStepId).toBe(workshop.currentStepId);
    expect(await t.call('workshopGet', { id: workshop.id })).toEqual(atTwo);
  });

  test.each([
    ['0 minutes', { kind: 'break', title: 'Pause', plannedMinutes: 0 }, 'step.plannedMinutes'],
    ['negative minutes', { kind: 'break', title: 'Pause', plannedMinutes: -5 }, 'step.plannedMinutes'],
    ['241 minutes', { kind: 'break', title: 'Pause', plannedMinutes: 241 }, 'step.plannedMinutes'],
    ['fractional minutes', { kind: 'break', title: 'Pause', plannedMinutes: 2.5 }, 'step.plannedMinutes'],
    ['no title', { kind: 'break', plannedMinutes: 5 }, 'step.title'],
    ['a 10 MB title', { kind: 'break', title: 'x'.repeat(10 * 1024 * 1024), plannedMinutes: 5 }, 'step.title'],
    ['an unknown kind', { kind: 'lunch', title: 'Pause', plannedMinutes: 5 }, 'step.kind'],
    ['an extra field', { kind: 'break', title: 'Pause', plannedMinutes: 5, actualStart: '2025-01-01' }, undefined],
  ])('refuses a step with %s and changes nothing', async (_name, step, field) => {
    const t = await startTestCore();
    const before = await votingWorkshop(t);
    const error = await t.refused('stepAdd', { workshopId: before.id, step });
    expect(error.code).toBe('invalid_input');
    if (field) expect(error.field).toBe(field);
    expect(await t.call('workshopGet', { id: before.id })).toEqual(before);
  });

  test('refuses an index past the end, and a 61st step', async () => {
    const t = await startTestCore();
    const before = await votingWorkshop(t);
    const step = { kind: 'discussion' as const, title: 'Échange', plannedMinutes: 1 };
    expect((await t.refused('stepAdd', { workshopId: before.id, step, index: before.steps.length + 1 })).code).toBe('invalid_input');
    expect(await t.call('workshopGet', { id: before.id })).toEqual(before);

    let full = before;
    while (full.steps.length < 60) full = await t.call('stepAdd', { workshopId: before.id, step });
    const error = await t.refused('stepAdd', { workshopId: before.id, step });
    expect(error.code).toBe('conflict');
    expect(await t.call('workshopGet', { id: before.id })).toEqual(full);
  });

  test('updates a step field by field', async () => {
    const t = await startTestCore();
    const workshop = await votingWorkshop(t);
    const [first] = workshop.steps;
    const updated = await t.call('stepUpdate', {
      workshopId: workshop.id,
      stepId: first!.id,
      patch: { title: 'Pourquoi voter', plannedMinutes: 12 },
    });
    expect(updated.steps[0]).toEqual({ ...first, title: 'Pourquoi voter', plannedMinutes: 12 });
    expect(updated.steps.slice(1)).toEqual(workshop.steps.slice(1));

    for (const patch of [{ plannedMinutes: 0 }, { plannedMinutes: 241 }, { title: '' }, { position: 3 }]) {
      expect((await t.refused('stepUpdate', { workshopId: workshop.id, stepId: first!.id, patch })).code).toBe('invalid_input');
    }
    expect((await t.refused('stepUpdate', { workshopId: workshop.id, stepId: 'AAAAAAAAAAAA', patch: {} })).code).toBe('not_found');
    expect(await t.call('workshopGet', { id: workshop.id })).toEqual(updated);
  });

  test('a step of another workshop is not found', async () => {
    const t = await startTestCore();
    const mine = await votingWorkshop(t);
    const other = await votingWorkshop(t);
    const error = await t.refused('stepRemove', { workshopId: mine.id, stepId: other.steps[0]!.id });
    expect(error.code).toBe('not_found');
    expect(await t.call('workshopGet', { id: other.id })).toEqual(other);
  });

  test('removing the current step moves to the next one (or the previous one at the end) and resets the timer', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    const [a, b] = workshop.steps;
    workshop = await command(t, workshop, 'start');

    workshop = await t.call('stepRemove', { workshopId: workshop.id, stepId: a!.id });
    expect(workshop.currentStepId).toBe(b!.id);
    expect(workshop.timer).toEqual({ status: 'idle', runningSince: null, elapsedMs: 0, adjustMs: 0 });
    expect(workshop.steps).toHaveLength(6);

    const last = workshop.steps.at(-1)!;
    workshop = await t.call('timerGoTo', { workshopId: workshop.id, stepId: last.id });
    workshop = await t.call('stepRemove', { workshopId: workshop.id, stepId: last.id });
    expect(workshop.currentStepId).toBe(workshop.steps.at(-1)!.id);

    for (const step of workshop.steps) workshop = await t.call('stepRemove', { workshopId: workshop.id, stepId: step.id });
    expect(workshop).toMatchObject({ steps: [], currentStepId: null, stepCount: 0, plannedMinutes: 0 });

    const again = await t.call('stepAdd', { workshopId: workshop.id, step: { kind: 'discussion', title: 'Reprise', plannedMinutes: 5 } });
    expect(again.currentStepId).toBe(again.steps[0]!.id);
  });

  test('removing another step keeps the current step and its running timer', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    workshop = await command(t, workshop, 'start');
    const after = await t.call('stepRemove', { workshopId: workshop.id, stepId: workshop.steps[3]!.id });
    expect(after.currentStepId).toBe(workshop.currentStepId);
    expect(after.timer).toEqual(workshop.timer);
  });

  test('reorders steps to any permutation, and refuses anything else', async () => {
    const t = await startTestCore();
    const workshop = await votingWorkshop(t);
    const reversed = ids(workshop).reverse();
    const reordered = await t.call('stepsReorder', { workshopId: workshop.id, stepIds: reversed });
    expect(ids(reordered)).toEqual(reversed);
    expect(reordered.currentStepId).toBe(workshop.currentStepId);

    const other = await votingWorkshop(t);
    const bad = [
      reversed.slice(1),
      [...reversed, reversed[0]!],
      [reversed[0]!, ...reversed.slice(0, -1)],
      [...reversed.slice(1), other.steps[0]!.id],
      [],
    ];
    for (const stepIds of bad) {
      const error = await t.refused('stepsReorder', { workshopId: workshop.id, stepIds });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'stepIds' });
    }
    expect(await t.call('workshopGet', { id: workshop.id })).toEqual(reordered);
    expect(await t.call('workshopGet', { id: other.id })).toEqual(other);
  });

  test('announces agenda changes to the workshop and the list', async () => {
    const t = await startTestCore();
    const workshop = await votingWorkshop(t);
    t.clearEvents();
    const changed = await t.call('stepUpdate', { workshopId: workshop.id, stepId: workshop.steps[0]!.id, patch: { plannedMinutes: 9 } });
    expect(t.eventsOf('workshopChanged')).toEqual([changed]);
    expect(t.eventsOf('workshopsChanged')).toEqual([{}]);
  });
});

describe('the timer', () => {
  test('counts down from the start and records when the step started', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    const planned = current(workshop).plannedMinutes;

    workshop = await command(t, workshop, 'start');
    expect(current(workshop).actualStart).toBe('2025-06-02T09:00:00.000Z');
    t.clock.advance(2 * MINUTE + 30_000);

    expect(remaining(t, workshop)).toBe(planned * MINUTE - 150_000);
    // Starting again while running changes nothing, not even the recorded start.
    t.clock.advance(MINUTE);
    const again = await command(t, workshop, 'start');
    expect(again.timer).toEqual(workshop.timer);
    expect(current(again).actualStart).toBe('2025-06-02T09:00:00.000Z');
  });

  test('does not count paused time, and keeps the first start across pause and resume', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    const planned = current(workshop).plannedMinutes;
    workshop = await command(t, workshop, 'start');
    t.clock.advance(3 * MINUTE);
    workshop = await command(t, workshop, 'pause');
    expect(workshop.timer).toMatchObject({ status: 'paused', runningSince: null, elapsedMs: 3 * MINUTE });

    t.clock.advance(10 * MINUTE);
    expect(remaining(t, workshop)).toBe((planned - 3) * MINUTE);
    workshop = await command(t, workshop, 'resume');
    t.clock.advance(MINUTE);
    expect(remaining(t, workshop)).toBe((planned - 4) * MINUTE);
    expect(current(workshop).actualStart).toBe('2025-06-02T09:00:00.000Z');

    workshop = await command(t, workshop, 'toggle');
    expect(workshop.timer.status).toBe('paused');
    workshop = await command(t, workshop, 'toggle');
    expect(workshop.timer.status).toBe('running');
  });

  test('adds and removes a minute, and shows overtime', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    const planned = current(workshop).plannedMinutes;
    workshop = await command(t, workshop, 'start');
    workshop = await command(t, workshop, 'addMinute');
    workshop = await command(t, workshop, 'addMinute');
    workshop = await command(t, workshop, 'removeMinute');
    expect(workshop.timer.adjustMs).toBe(MINUTE);
    expect(remaining(t, workshop)).toBe((planned + 1) * MINUTE);

    t.clock.advance((planned + 1) * MINUTE + 5_000);
    expect(remaining(t, workshop)).toBe(-5_000);
    expect(isOvertime(workshop.timer, planned, t.clock.ms())).toBe(true);
  });

  test('reset brings the timer back to idle and keeps the recorded start', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    workshop = await command(t, workshop, 'start');
    t.clock.advance(MINUTE);
    workshop = await command(t, workshop, 'reset');
    expect(workshop.timer).toEqual({ status: 'idle', runningSince: null, elapsedMs: 0, adjustMs: 0 });
    expect(current(workshop).actualStart).toBe('2025-06-02T09:00:00.000Z');
  });

  test('next while running ends the step and starts the next one at once', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    const [first, second] = workshop.steps;
    workshop = await command(t, workshop, 'start');
    t.clock.advance(7 * MINUTE);
    workshop = await command(t, workshop, 'next');

    expect(workshop.steps[0]).toMatchObject({ id: first!.id, actualStart: '2025-06-02T09:00:00.000Z', actualEnd: '2025-06-02T09:07:00.000Z' });
    expect(workshop.currentStepId).toBe(second!.id);
    expect(workshop.steps[1]).toMatchObject({ actualStart: '2025-06-02T09:07:00.000Z', actualEnd: null });
    expect(workshop.timer).toEqual({ status: 'running', runningSince: t.clock.ms(), elapsedMs: 0, adjustMs: 0 });
  });

  test('next while paused or idle moves on with an idle timer; a step never started records no times', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    workshop = await command(t, workshop, 'start');
    t.clock.advance(MINUTE);
    workshop = await command(t, workshop, 'pause');
    workshop = await command(t, workshop, 'next');
    expect(workshop.timer.status).toBe('idle');
    expect(workshop.steps[0]!.actualEnd).toBe('2025-06-02T09:01:00.000Z');
    expect(workshop.steps[1]).toMatchObject({ actualStart: null, actualEnd: null });

    workshop = await command(t, workshop, 'next');
    expect(workshop.steps[1]).toMatchObject({ actualStart: null, actualEnd: null });
    expect(workshop.currentStepId).toBe(workshop.steps[2]!.id);
  });

  test('previous goes back one step, idle, keeping the times it ran until it runs again', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    workshop = await command(t, workshop, 'start');
    t.clock.advance(5 * MINUTE);
    workshop = await command(t, workshop, 'next');
    t.clock.advance(MINUTE);
    workshop = await command(t, workshop, 'previous');

    expect(workshop.currentStepId).toBe(workshop.steps[0]!.id);
    expect(workshop.timer.status).toBe('idle');
    expect(workshop.steps[0]).toMatchObject({ actualStart: '2025-06-02T09:00:00.000Z', actualEnd: '2025-06-02T09:05:00.000Z' });
    expect(workshop.steps[1]).toMatchObject({ actualStart: '2025-06-02T09:05:00.000Z', actualEnd: '2025-06-02T09:06:00.000Z' });

    const error = await t.refused('timerCommand', { workshopId: workshop.id, command: 'previous' });
    expect(error.code).toBe('conflict');
    expect(await t.call('workshopGet', { id: workshop.id })).toEqual(workshop);

    // Run again, it keeps its 5 minutes: start → end spans all the time it ran.
    workshop = await command(t, workshop, 'start');
    expect(workshop.steps[0]).toMatchObject({ actualStart: '2025-06-02T09:01:00.000Z', actualEnd: null });
    t.clock.advance(2 * MINUTE);
    workshop = await command(t, workshop, 'next');
    expect(workshop.steps[0]).toMatchObject({ actualStart: '2025-06-02T09:01:00.000Z', actualEnd: '2025-06-02T09:08:00.000Z' });
  });

  test('next on the last step finishes the workshop; previous reopens it', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    const last = workshop.steps.at(-1)!;
    workshop = await t.call('timerGoTo', { workshopId: workshop.id, stepId: last.id });
    workshop = await command(t, workshop, 'start');
    t.clock.advance(4 * MINUTE);
    t.clearEvents();
    workshop = await command(t, workshop, 'next');

    expect(workshop).toMatchObject({ currentStepId: null, state: 'finished', timer: { status: 'idle' } });
    expect(workshop.steps.at(-1)!.actualEnd).toBe('2025-06-02T09:04:00.000Z');
    expect(t.eventsOf('workshopsChanged')).toEqual([{}]);
    for (const cmd of ['start', 'next', 'addMinute'] as const) {
      expect((await t.refused('timerCommand', { workshopId: workshop.id, command: cmd })).code).toBe('conflict');
    }

    workshop = await command(t, workshop, 'previous');
    expect(workshop).toMatchObject({ currentStepId: last.id, state: 'active' });
    // Looked at again, it keeps the times it ran.
    expect(workshop.steps.at(-1)!.actualEnd).toBe('2025-06-02T09:04:00.000Z');
  });

  test('goes to any step, idle', async () => {
    const t = await startTestCore();
    let workshop = await votingWorkshop(t);
    workshop = await command(t, workshop, 'start');
    t.clock.advance(MINUTE);
    const target = workshop.steps[4]!;
    workshop = await t.call('timerGoTo', { workshopId: workshop.id, stepId: target.id });
    expect(workshop.currentStepId).toBe(target.id);
    expect(workshop.timer.status).toBe('idle');
    expect(workshop.steps[0]!.actualEnd).toBe('2025-06-02T09:01:00.000Z');
    expect((await t.refused('timerGoTo', { workshopId: workshop.id, stepId: 'AAAAAAAAAAAA' })).code).toBe('not_found');
    expect((await t.refused('timerCommand', { workshopId: workshop.id, command: 'rewind' })).code).toBe('invalid_input');
  });

  test('a timer command updates the workshop but not the list', async () => {
    const t = await startTestCore();
    const workshop = await votingWorkshop(t);
    t.clearEvents();
    const started = await command(t, workshop, 'start');
    expect(t.eventsOf('workshopChanged')).toEqual([started]);
    expect(t.eventsOf('workshopsChanged')).toEqual([]);
  });

  test('survives a restart: the running timer shows the right time on a later clock', async () => {
    const clock = createClock('2025-06-02T09:00:00.000Z');
    const t = await startTestCore({ clock });
    let workshop = await votingWorkshop(t);
    const planned = current(workshop).plannedMinutes;
    workshop = await command(t, workshop, 'start');
    clock.advance(2 * MINUTE);
    workshop = await command(t, workshop, 'addMinute');

    const later = createClock('2025-06-02T09:05:00.000Z');
    const relaunched = await t.restart(later);
    const reread = await relaunched.call('workshopGet', { id: workshop.id });

    expect(reread).toEqual(workshop);
    expect(remaining(relaunched, reread)).toBe((planned + 1 - 5) * MINUTE);
    const paused = await relaunched.call('timerCommand', { workshopId: workshop.id, command: 'pause' });
    expect(paused.timer.elapsedMs).toBe(5 * MINUTE);
  });
});
