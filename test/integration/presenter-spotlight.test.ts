import { describe, expect, test } from 'vitest';
import { defaultSpotlight, type Spotlight } from '../../shared/domain/spotlight';
import type { Workshop } from '../../shared/domain/workshop';
import { startTestCore, type TestCore } from '../helpers/core';

function create(t: TestCore): Promise<Workshop> {
  return t.call('workshopCreate', { templateId: 'journey', meta: { title: 'Spotlight', date: '2025-06-02', language: 'en' } });
}

describe("the facilitator's spotlight on the projector", () => {
  test('starts by following the step, and tells every screen when it changes', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    expect(await t.call('spotlightGet', { workshopId: workshop.id })).toEqual(defaultSpotlight(workshop.currentStepId));
    t.clearEvents();

    const blank: Spotlight = { ...defaultSpotlight(workshop.currentStepId), focus: { kind: 'blank' } };
    expect(await t.call('spotlightSet', { workshopId: workshop.id, spotlight: blank })).toEqual(blank);
    expect(t.eventsOf('spotlightChanged')).toEqual([{ workshopId: workshop.id, spotlight: blank }]);
    expect(await t.call('spotlightGet', { workshopId: workshop.id })).toEqual(blank);
    // The same spotlight again changes nothing and tells nobody.
    await t.call('spotlightSet', { workshopId: workshop.id, spotlight: blank });
    expect(t.eventsOf('spotlightChanged')).toHaveLength(1);
  });

  test('no longer applies once another step is current', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    await t.call('spotlightSet', { workshopId: workshop.id, spotlight: { ...defaultSpotlight(workshop.currentStepId), focus: { kind: 'join' }, page: 2 } });
    const moved = await t.call('timerCommand', { workshopId: workshop.id, command: 'next' });
    expect(await t.call('spotlightGet', { workshopId: workshop.id })).toEqual(defaultSpotlight(moved.currentStepId));
  });

  test('refuses a spotlight for a step that is not current, or a malformed one, and changes nothing', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    const later = workshop.steps[1]!.id;
    const refused = await t.refused('spotlightSet', { workshopId: workshop.id, spotlight: { ...defaultSpotlight(later), focus: { kind: 'blank' } } });
    expect(refused.code).toBe('conflict');
    const bad = [
      { workshopId: workshop.id, spotlight: { ...defaultSpotlight(workshop.currentStepId), focus: { kind: 'everything' } } },
      { workshopId: workshop.id, spotlight: { ...defaultSpotlight(workshop.currentStepId), page: -1 } },
      { workshopId: workshop.id, spotlight: { ...defaultSpotlight(workshop.currentStepId), focus: { kind: 'card', cardId: '<b>' } } },
    ];
    for (const input of bad) expect((await t.refused('spotlightSet', input as never)).code).toBe('invalid_input');
    expect((await t.refused('spotlightGet', { workshopId: 'AAAAAAAAAAAA' })).code).toBe('not_found');
    expect(await t.call('spotlightGet', { workshopId: workshop.id })).toEqual(defaultSpotlight(workshop.currentStepId));
  });
});
