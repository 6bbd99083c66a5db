import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Board } from '../../shared/domain/board';
import { applyBoardChange } from '../../shared/domain/board-change';
import { MIGRATIONS } from '../../main/store/migrations';
import { writeSetting } from '../../main/store/settings-repo';
import { startTestCore, type TestCore } from '../helpers/core';
import { board, boardWorkshop, inSection, section } from '../helpers/boards';
import { createTempDataDir, openReady, rawConnection } from '../helpers/store';

const colorsOf = (b: Board) => b.personas.flatMap((p) => p.sections.map((s) => [s.title, s.color]));

async function persona(t: TestCore, language: 'fr' | 'en' = 'en') {
  const workshop = await boardWorkshop(t, language, 'persona');
  const lea = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
  return { workshop, lea };
}

/** The colour a card added to this section gets when none is given. */
async function newCardColor(t: TestCore, workshopId: string, sectionId: string): Promise<string> {
  return (await t.call('cardCreate', { workshopId, container: inSection(sectionId), text: 'An idea' })).color;
}

describe('the colour of a persona section’s new cards', () => {
  test('comes from the template for a default section, in either language, and yellow for one the facilitator added', async () => {
    const t = await startTestCore();
    const { workshop, lea } = await persona(t, 'fr');
    const budget = section(await t.call('sectionAdd', { personaId: lea.id, title: 'Budget' }), 'Budget');

    expect(await newCardColor(t, workshop.id, section(lea, 'Besoins').id)).toBe('blue');
    expect(await newCardColor(t, workshop.id, section(lea, 'Envies').id)).toBe('pink');
    expect(await newCardColor(t, workshop.id, budget.id)).toBe('yellow');
    expect(lea.sections.every((s) => s.color === null)).toBe(true);
  });

  test('is the board’s: chosen for one section only, read with the board, pushed as that persona; a colour given with the card still wins', async () => {
    const t = await startTestCore();
    const { workshop, lea } = await persona(t);
    const before = await board(t, workshop.id);
    t.clearEvents();

    const after = await t.call('sectionSetColor', { sectionId: section(lea, 'Needs').id, color: 'green' });

    expect(section(after, 'Needs').color).toBe('green');
    expect(section(after, 'Desires').color).toBeNull();
    const read = await board(t, workshop.id);
    expect(colorsOf(read)).toContainEqual(['Needs', 'green']);
    // One push, saying which persona changed, that brings a view from the board before to the one after.
    const [push, ...more] = t.eventsOf('boardChanged');
    expect(more).toEqual([]);
    expect(push?.diff?.personas.map((p) => p.id)).toEqual([lea.id]);
    expect(push?.diff?.personas[0]?.sections.find((s) => s.title === 'Needs')?.color).toBe('green');
    expect(applyBoardChange(before, push!)).toEqual(read);

    expect(await newCardColor(t, workshop.id, section(lea, 'Needs').id)).toBe('green');
    expect(await newCardColor(t, workshop.id, section(lea, 'Desires').id)).toBe('pink');
    const given = await t.call('cardCreate', { workshopId: workshop.id, container: inSection(section(lea, 'Needs').id), text: 'Grey', color: 'grey' });
    expect(given.color).toBe('grey');
    // The settings hold no colours any more.
    expect(await t.call('settingsGet', {})).not.toHaveProperty('sectionColors');
  });

  test('null gives the section its template colour back', async () => {
    const t = await startTestCore();
    const { workshop, lea } = await persona(t);
    const needs = section(lea, 'Needs').id;
    await t.call('sectionSetColor', { sectionId: needs, color: 'purple' });

    const reset = await t.call('sectionSetColor', { sectionId: needs, color: null });

    expect(section(reset, 'Needs').color).toBeNull();
    expect(await newCardColor(t, workshop.id, needs)).toBe('blue');
  });

  test('is undone and redone with the board, and kept across a restart', async () => {
    const t = await startTestCore();
    const { workshop, lea } = await persona(t);
    const needs = section(lea, 'Needs').id;
    await t.call('sectionSetColor', { sectionId: needs, color: 'green' });
    await t.call('sectionSetColor', { sectionId: needs, color: 'orange' });

    let undone = await t.call('boardUndo', { workshopId: workshop.id });
    expect(colorsOf(undone)).toContainEqual(['Needs', 'green']);
    undone = await t.call('boardUndo', { workshopId: workshop.id });
    expect(colorsOf(undone)).toContainEqual(['Needs', null]);
    expect(undone).toMatchObject({ canUndo: true, canRedo: true });

    const redone = await t.call('boardRedo', { workshopId: workshop.id });
    expect(colorsOf(redone)).toContainEqual(['Needs', 'green']);
    expect(redone).toMatchObject({ canRedo: true });
    expect(await newCardColor(t, workshop.id, needs)).toBe('green');

    const again = await t.restart();
    expect(colorsOf(await board(again, workshop.id))).toContainEqual(['Needs', 'green']);
    expect(await newCardColor(again, workshop.id, needs)).toBe('green');
  });

  test('a colour that is not a card colour, or a section that does not exist, is refused and changes nothing', async () => {
    const t = await startTestCore();
    const { workshop, lea } = await persona(t);
    const before = await board(t, workshop.id);
    t.clearEvents();

    expect(await t.refused('sectionSetColor', { sectionId: section(lea, 'Needs').id, color: 'gold' })).toMatchObject({ code: 'invalid_input', field: 'color' });
    expect(await t.refused('sectionSetColor', { sectionId: 'abcdef12', color: 'green' })).toMatchObject({ code: 'not_found' });
    expect(await t.refused('settingsUpdate', { sectionColors: { [section(lea, 'Needs').id]: 'green' } })).toMatchObject({ code: 'invalid_input' });

    expect(await board(t, workshop.id)).toEqual(before);
    expect(t.eventsOf('boardChanged')).toEqual([]);
  });

  test('travels with a duplicated workshop, which then changes its own colours only', async () => {
    const t = await startTestCore();
    const { workshop, lea } = await persona(t);
    await t.call('sectionSetColor', { sectionId: section(lea, 'Needs').id, color: 'green' });
    await t.call('sectionSetColor', { sectionId: section(lea, 'Goals').id, color: 'grey' });

    const copy = await t.call('workshopDuplicate', { id: workshop.id });
    const copied = await board(t, copy.id);

    expect(colorsOf(copied)).toEqual(colorsOf(await board(t, workshop.id)));
    const copiedNeeds = section(copied.personas[0]!, 'Needs').id;
    expect(await newCardColor(t, copy.id, copiedNeeds)).toBe('green');
    await t.call('sectionSetColor', { sectionId: copiedNeeds, color: 'pink' });
    expect(colorsOf(await board(t, workshop.id))).toContainEqual(['Needs', 'green']);
  });

  test('is in the workshop file and comes back with its import', async () => {
    const t = await startTestCore();
    const { workshop, lea } = await persona(t);
    await t.call('sectionSetColor', { sectionId: section(lea, 'Needs').id, color: 'green' });
    const delivery = await t.call('workshopExportFile', { workshopId: workshop.id });
    if (delivery.status !== 'download') throw new Error(delivery.status);
    const text = Buffer.from(delivery.dataBase64, 'base64').toString('utf8');
    const file = JSON.parse(text) as { schemaVersion: number; boards: { personas: { sections: { title: string; color: string | null }[] }[] } };
    expect(file.schemaVersion).toBe(3);
    expect(file.boards.personas[0]!.sections.map((s) => [s.title, s.color])).toEqual(colorsOf(await board(t, workshop.id)));

    const imported = await t.call('workshopImportFile', { text });

    const read = await board(t, imported.id);
    expect(colorsOf(read)).toEqual(colorsOf(await board(t, workshop.id)));
    expect(await newCardColor(t, imported.id, section(read.personas[0]!, 'Needs').id)).toBe('green');
  });

  test.each([1, 2])('a workshop file of version %i, from before section colours, imports with the template’s colours', async (schemaVersion) => {
    const t = await startTestCore();
    const text = JSON.stringify({
      format: 'atelier-workshop',
      schemaVersion,
      workshop: { title: 'Ancien', date: '2025-06-02', language: 'en', createdAt: 'x', updatedAt: 'x' },
      boards: { personas: [{ id: 'p', name: 'Léa', sections: [{ id: 's1', title: 'Needs' }, { id: 's2', title: 'Budget', position: 1 }] }] },
    });

    const imported = await t.call('workshopImportFile', { text });

    const read = await board(t, imported.id);
    expect(colorsOf(read)).toEqual([
      ['Needs', null],
      ['Budget', null],
    ]);
    expect(await newCardColor(t, imported.id, section(read.personas[0]!, 'Needs').id)).toBe('blue');
    expect(await newCardColor(t, imported.id, section(read.personas[0]!, 'Budget').id)).toBe('yellow');
  });

  test('a workshop file with a section colour that is not a card colour is refused', async () => {
    const t = await startTestCore();
    const text = JSON.stringify({
      format: 'atelier-workshop',
      schemaVersion: 3,
      workshop: { title: 'Faux', date: '2025-06-02', language: 'en', createdAt: 'x', updatedAt: 'x' },
      boards: { personas: [{ id: 'p', name: 'Léa', sections: [{ id: 's1', title: 'Needs', color: 'gold' }] }] },
    });

    expect(await t.refused('workshopImportFile', { text })).toMatchObject({ code: 'invalid_input', reason: 'file_content', params: { part: 'persona' } });
    expect(await t.call('workshopsList', { view: 'current' })).toEqual([]);
  });
});

describe('a database from before section colours were the board’s', () => {
  test('opens with each colour of its settings on its section, and the setting gone', async () => {
    // A version-10 database on disk, as the previous Atelier left it: colours kept in settings.
    const dataDir = createTempDataDir();
    const old = await openReady(dataDir, { migrations: MIGRATIONS.slice(0, 10) });
    old.transaction((db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('workshop01', 'Personas', '2025-04-01', 'en', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
          VALUES ('persona01', 'workshop01', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO persona_sections (id, workshop_id, persona_id, position, title)
          VALUES ('needs1', 'workshop01', 'persona01', 0, 'Needs'), ('wants1', 'workshop01', 'persona01', 1, 'Desires');
      `);
      writeSetting(db, 'sectionColors', { needs1: 'green', elsewhere1: 'pink' });
      writeSetting(db, 'muted', true);
    });
    await old.close({ backup: false });

    const t = await startTestCore({ dataDir });

    const read = await board(t, 'workshop01');
    expect(colorsOf(read)).toEqual([
      ['Needs', 'green'],
      ['Desires', null],
    ]);
    expect(await newCardColor(t, 'workshop01', 'needs1')).toBe('green');
    expect(await newCardColor(t, 'workshop01', 'wants1')).toBe('pink');
    expect(await t.call('settingsGet', {})).toMatchObject({ muted: true });
    await t.close();
    const db = rawConnection(path.join(dataDir, 'atelier.sqlite'), { readonly: true });
    expect(db.prepare('SELECT key FROM settings ORDER BY key').pluck().all()).toEqual(['muted']);
  });
});
