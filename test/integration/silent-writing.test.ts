import { describe, expect, test } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/core';
import { board, boardWorkshop, cardsIn, cell, inSection, section } from '../helpers/boards';

/** Silent writing through the services, on a real SQLite file. */
async function setUp(t: TestCore) {
  const workshop = await boardWorkshop(t, 'en');
  const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Lea' });
  const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: persona.id });
  const personaStep = workshop.steps.find((s) => s.kind === 'persona' && s.silent)!;
  const journeyStep = workshop.steps.find((s) => s.kind === 'journey')!;
  return { workshop, persona, map, personaStep, journeyStep, needs: inSection(section(persona, 'Needs').id) };
}

describe('silent writing', () => {
  test('the built-in templates run their individual-writing steps in silence, and only those', async () => {
    const t = await startTestCore();
    const { workshop } = await setUp(t);
    expect(workshop.steps.filter((s) => s.silent).map((s) => s.title)).toEqual([
      'Needs, desires, constraints — silent writing',
      'Journey: actions and touchpoints',
      'Pain points and moments of truth',
    ]);
  });

  test('a card written on the laptop while a silent step runs is hidden; outside it, or on another board, it is not', async () => {
    const t = await startTestCore();
    const { workshop, map, personaStep, needs } = await setUp(t);
    const before = await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: 'Before the step' });
    await t.call('timerGoTo', { workshopId: workshop.id, stepId: personaStep.id });

    const during = await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: 'During the step' });
    const elsewhere = await t.call('cardCreate', { workshopId: workshop.id, container: cell(map, 0, 'painPoints'), text: 'On the journey' });

    expect([before.hidden, during.hidden, elsewhere.hidden]).toEqual([false, true, false]);
    expect(during.participantId).toBeNull();
  });

  test('silence is switched live: cards written after it is off are shown, those before stay hidden until the reveal', async () => {
    const t = await startTestCore();
    const { workshop, personaStep, needs } = await setUp(t);
    await t.call('timerGoTo', { workshopId: workshop.id, stepId: personaStep.id });
    const hidden = await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: 'Quiet' });

    const after = await t.call('stepSetSilent', { workshopId: workshop.id, stepId: personaStep.id, silent: false });
    const shown = await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: 'Loud' });

    expect(after.steps.find((s) => s.id === personaStep.id)?.silent).toBe(false);
    expect(cardsIn(await board(t, workshop.id), needs).map((c) => [c.text, c.hidden])).toEqual([
      [hidden.text, true],
      [shown.text, false],
    ]);
  });

  test('the reveal shows every hidden card where it was written, in one undoable edit; undo hides them again', async () => {
    const t = await startTestCore();
    const { workshop, personaStep, needs } = await setUp(t);
    await t.call('timerGoTo', { workshopId: workshop.id, stepId: personaStep.id });
    for (const text of ['one', 'two', 'three']) await t.call('cardCreate', { workshopId: workshop.id, container: needs, text });
    const hidden = cardsIn(await board(t, workshop.id), needs);

    expect(await t.call('boardReveal', { workshopId: workshop.id })).toEqual({ revealed: 3 });
    const revealed = cardsIn(await board(t, workshop.id), needs);
    expect(revealed.map((c) => [c.id, c.position, c.hidden])).toEqual(hidden.map((c) => [c.id, c.position, false]));

    await t.call('boardUndo', { workshopId: workshop.id });
    expect(cardsIn(await board(t, workshop.id), needs).map((c) => c.hidden)).toEqual([true, true, true]);
    await t.call('boardRedo', { workshopId: workshop.id });
    expect(cardsIn(await board(t, workshop.id), needs).map((c) => c.hidden)).toEqual([false, false, false]);
    expect(await t.call('boardReveal', { workshopId: workshop.id })).toEqual({ revealed: 0 });
  });

  test('only a board step runs in silence; a bad step or value is refused and changes nothing', async () => {
    const t = await startTestCore();
    const { workshop } = await setUp(t);
    const voting = workshop.steps.find((s) => s.kind === 'voting')!;

    expect(await t.refused('stepSetSilent', { workshopId: workshop.id, stepId: voting.id, silent: true })).toMatchObject({ code: 'invalid_input', field: 'silent' });
    expect(await t.refused('stepSetSilent', { workshopId: workshop.id, stepId: 'AAAAAAAAAAAA', silent: true })).toMatchObject({ code: 'not_found' });
    expect(await t.refused('stepSetSilent', { workshopId: workshop.id, stepId: voting.id, silent: 'yes' })).toMatchObject({ code: 'invalid_input' });
    expect((await t.call('workshopGet', { id: workshop.id })).steps.find((s) => s.id === voting.id)?.silent).toBe(false);
  });

  test('the author display is a setting of the workshop: shown, initials or hidden', async () => {
    const t = await startTestCore();
    const { workshop } = await setUp(t);
    expect(workshop.authorDisplay).toBe('shown');
    expect((await t.call('workshopSetAuthorDisplay', { workshopId: workshop.id, authorDisplay: 'initials' })).authorDisplay).toBe('initials');
    expect((await t.call('workshopGet', { id: workshop.id })).authorDisplay).toBe('initials');
    expect(await t.refused('workshopSetAuthorDisplay', { workshopId: workshop.id, authorDisplay: 'secret' })).toMatchObject({ code: 'invalid_input' });
  });

  test('a workshop saved as a template keeps its silent steps', async () => {
    const t = await startTestCore();
    const { workshop } = await setUp(t);
    const saved = await t.call('templateSaveFromWorkshop', { workshopId: workshop.id, name: 'Mine' });
    const copy = await t.call('workshopCreate', { templateId: saved.id, meta: { title: 'Again', date: '2025-06-03', language: 'en', participants: [] } });
    expect(copy.steps.map((s) => s.silent)).toEqual(workshop.steps.map((s) => s.silent));
  });
});
