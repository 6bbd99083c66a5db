import { describe, expect, test } from 'vitest';
import { startTestCore } from '../helpers/core';
import { boardWorkshop } from '../helpers/boards';

describe('the colour of a persona section’s new cards', () => {
  test('comes from the template for a default section, in either language, and yellow for one the facilitator added', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'fr', 'persona');
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    const needs = persona.sections.find((s) => s.title === 'Besoins')!;
    const desires = persona.sections.find((s) => s.title === 'Envies')!;
    const budget = (await t.call('sectionAdd', { personaId: persona.id, title: 'Budget' })).sections.find((s) => s.title === 'Budget')!;

    const colorOf = async (sectionId: string) => (await t.call('cardCreate', { workshopId: workshop.id, container: { kind: 'section', sectionId }, text: 'Une idée' })).color;

    expect(await colorOf(needs.id)).toBe('blue');
    expect(await colorOf(desires.id)).toBe('pink');
    expect(await colorOf(budget.id)).toBe('yellow');
  });

  test('follows the facilitator’s choice for that section only; a colour given with the card still wins', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'en', 'persona');
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    const [needs, desires] = persona.sections;
    await t.call('settingsUpdate', { sectionColors: { [needs!.id]: 'green' } });
    const add = async (sectionId: string, color?: 'grey') =>
      (await t.call('cardCreate', { workshopId: workshop.id, container: { kind: 'section', sectionId }, text: 'An idea', ...(color ? { color } : {}) })).color;

    expect(await add(needs!.id)).toBe('green');
    expect(await add(desires!.id)).toBe('pink');
    expect(await add(needs!.id, 'grey')).toBe('grey');
  });

  test('a colour that is not a card colour, or a key that is not an id, is refused and changes nothing', async () => {
    const t = await startTestCore();
    await expect(t.call('settingsUpdate', { sectionColors: { abcdef12: 'gold' as unknown as 'blue' } })).rejects.toThrow();
    await expect(t.call('settingsUpdate', { sectionColors: { 'not an id!': 'blue' } })).rejects.toThrow();
    expect((await t.call('settingsGet', {})).sectionColors).toEqual({});
  });
});
