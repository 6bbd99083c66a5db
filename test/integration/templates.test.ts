import { describe, expect, test } from 'vitest';
import { defaultDatabasePath } from '../../main/store/location';
import type { Language } from '../../shared/domain/settings';
import type { Workshop } from '../../shared/domain/workshop';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';
import { localizeBuiltin } from '../../shared/templates/localize';
import { startTestCore, type TestCore } from '../helpers/core';
import { rawConnection } from '../helpers/store';

function create(t: TestCore, templateId: string, language: Language = 'fr', title = 'Atelier'): Promise<Workshop> {
  return t.call('workshopCreate', { templateId, meta: { title, date: '2025-06-02', language } });
}

const content = (steps: { kind: string; title: string; instructions: string; plannedMinutes: number; silent: boolean }[]) =>
  steps.map(({ kind, title, instructions, plannedMinutes, silent }) => ({ kind, title, instructions, plannedMinutes, silent }));

describe('the template list', () => {
  test.each(['fr', 'en'] as const)('shows the built-in templates in %s', async (language) => {
    const t = await startTestCore();
    const list = await t.call('templatesList', { language });
    expect(list).toEqual(BUILTIN_TEMPLATES.map((template) => localizeBuiltin(template, language)));
    expect(list.every((template) => template.builtin && template.language === null)).toBe(true);
  });

  test("adds the facilitator's own templates of every language, sorted by name", async () => {
    const t = await startTestCore();
    const fr = await create(t, 'persona', 'fr');
    const en = await create(t, 'journey', 'en');
    for (const [workshop, name] of [[fr, 'Écoute client'], [en, 'zeta journey'], [fr, 'Atelier maison']] as const) {
      await t.call('templateSaveFromWorkshop', { workshopId: workshop.id, name });
    }
    const own = (await t.call('templatesList', { language: 'en' })).filter((template) => !template.builtin);
    expect(own.map((template) => [template.name, template.language])).toEqual([
      ['Atelier maison', 'fr'],
      ['Écoute client', 'fr'],
      ['zeta journey', 'en'],
    ]);
  });
});

describe("the facilitator's own templates", () => {
  test("saving a workshop keeps its agenda and starter content, and new workshops start from it", async () => {
    const t = await startTestCore();
    let source = await create(t, 'journey', 'fr');
    source = await t.call('stepAdd', {
      workshopId: source.id,
      step: { kind: 'discussion', title: 'Météo', instructions: 'Un mot chacun.', plannedMinutes: 5 },
      index: 0,
    });
    await t.call('timerCommand', { workshopId: source.id, command: 'start' });
    t.clearEvents();

    const saved = await t.call('templateSaveFromWorkshop', { workshopId: source.id, name: 'Parcours maison' });

    expect(saved).toMatchObject({
      builtin: false,
      name: 'Parcours maison',
      language: 'fr',
      stepCount: source.steps.length,
      plannedMinutes: source.plannedMinutes,
      boardDefaults: source.boardDefaults,
    });
    expect(saved.steps).toEqual(content(source.steps));
    expect(t.eventsOf('templatesChanged')).toEqual([{}]);

    const fromIt = await create(t, saved.id, 'fr', 'Deuxième session');
    expect(content(fromIt.steps)).toEqual(content(source.steps));
    expect(fromIt.boardDefaults.journeyStages).toHaveLength(7);
    expect(fromIt).toMatchObject({ templateId: saved.id, currentStepId: fromIt.steps[0]!.id, timer: { status: 'idle' } });
    expect(fromIt.steps.every((step) => step.actualStart === null)).toBe(true);
  });

  test('renames and deletes, announcing each change', async () => {
    const t = await startTestCore();
    const workshop = await create(t, 'voting');
    const saved = await t.call('templateSaveFromWorkshop', { workshopId: workshop.id, name: 'Vote' });
    t.clearEvents();

    const renamed = await t.call('templateRename', { id: saved.id, name: '  Vote rapide ' });
    expect(renamed).toEqual({ ...saved, name: 'Vote rapide' });
    expect(await t.call('templateDelete', { id: saved.id })).toEqual({ deleted: true });
    expect((await t.call('templatesList', { language: 'fr' })).some((template) => template.id === saved.id)).toBe(false);
    expect(t.eventsOf('templatesChanged')).toEqual([{}, {}]);

    expect((await t.refused('templateDelete', { id: saved.id })).code).toBe('not_found');
    expect((await t.refused('workshopCreate', { templateId: saved.id, meta: { title: 'x', date: '2025-06-02', language: 'fr' } })).code).toBe(
      'not_found',
    );
  });

  test('built-in templates cannot be renamed or deleted', async () => {
    const t = await startTestCore();
    for (const { id } of BUILTIN_TEMPLATES) {
      expect((await t.refused('templateRename', { id, name: 'Mine now' })).code).toBe('forbidden');
      expect((await t.refused('templateDelete', { id })).code).toBe('forbidden');
    }
    expect(await t.call('templatesList', { language: 'en' })).toEqual(BUILTIN_TEMPLATES.map((template) => localizeBuiltin(template, 'en')));
    expect(t.events).toEqual([]);
  });

  test('refuses bad names and unknown workshops, saving nothing', async () => {
    const t = await startTestCore();
    const workshop = await create(t, 'voting');
    for (const input of [
      { workshopId: workshop.id, name: '' },
      { workshopId: workshop.id, name: 'x'.repeat(121) },
      { workshopId: workshop.id },
      { workshopId: workshop.id, name: 'ok', steps: [] },
    ]) {
      expect((await t.refused('templateSaveFromWorkshop', input)).code).toBe('invalid_input');
    }
    expect((await t.refused('templateSaveFromWorkshop', { workshopId: 'AAAAAAAAAAAA', name: 'ok' })).code).toBe('not_found');
    expect((await t.refused('templateRename', { id: 'AAAAAAAAAAAA', name: 'ok' })).code).toBe('not_found');
    expect((await t.call('templatesList', { language: 'fr' })).filter((template) => !template.builtin)).toEqual([]);
  });
});

describe('the presenter screen', () => {
  test('follows the workshop shown, until it is trashed or purged', async () => {
    const t = await startTestCore();
    expect(await t.call('presenterGet', {})).toEqual({ workshop: null });
    const workshop = await create(t, 'persona');
    t.clearEvents();

    expect(await t.call('presenterShow', { workshopId: workshop.id })).toEqual({ workshopId: workshop.id });
    expect(t.eventsOf('presenterChanged')).toEqual([{ workshopId: workshop.id }]);
    expect(await t.call('presenterGet', {})).toEqual({ workshop });
    // Shown again (the facilitator's page reloaded): nothing changes, nobody is told.
    expect(await t.call('presenterShow', { workshopId: workshop.id })).toEqual({ workshopId: workshop.id });
    expect(t.eventsOf('presenterChanged')).toHaveLength(1);

    await t.call('workshopTrash', { id: workshop.id });
    expect(await t.call('presenterGet', {})).toEqual({ workshop: null });
    expect((await t.refused('presenterShow', { workshopId: workshop.id })).code).toBe('conflict');
    const restored = await t.call('workshopRestore', { id: workshop.id });
    expect((await t.call('presenterGet', {})).workshop?.id).toBe(restored.id);

    await t.call('workshopTrash', { id: workshop.id });
    await t.call('workshopPurge', { id: workshop.id });
    expect(await t.call('presenterGet', {})).toEqual({ workshop: null });
  });

  test('can be cleared, refuses unknown workshops, and is remembered across a restart', async () => {
    const t = await startTestCore();
    const workshop = await create(t, 'persona');
    expect((await t.refused('presenterShow', { workshopId: 'AAAAAAAAAAAA' })).code).toBe('not_found');
    expect((await t.refused('presenterShow', {})).code).toBe('invalid_input');
    await t.call('presenterShow', { workshopId: workshop.id });

    const relaunched = await t.restart();
    expect((await relaunched.call('presenterGet', {})).workshop?.id).toBe(workshop.id);
    expect(await relaunched.call('presenterShow', { workshopId: null })).toEqual({ workshopId: null });
    expect(await relaunched.call('presenterGet', {})).toEqual({ workshop: null });
    // The presenter setting is not one of the facilitator's settings.
    expect(relaunched.core.settings()).not.toHaveProperty('presentedWorkshopId');
  });
});

describe('damaged stored JSON', () => {
  test('reads as sensible defaults instead of failing the whole workshop or template', async () => {
    const t = await startTestCore();
    const workshop = await create(t, 'cx-discovery', 'en');
    const saved = await t.call('templateSaveFromWorkshop', { workshopId: workshop.id, name: 'Damaged' });

    const db = rawConnection(defaultDatabasePath(t.dataDir));
    db.prepare("UPDATE workshops SET participants = '{not json', board_defaults = '{\"journeyStages\": 3}' WHERE id = ?").run(workshop.id);
    db.prepare(
      `UPDATE user_templates SET board_defaults = 'null',
         steps = '[{"kind":"break","title":"Pause","plannedMinutes":999}, {"kind":"lunch","title":"x"}, 42, {"kind":"voting","title":"Vote","plannedMinutes":0}]'
       WHERE id = ?`,
    ).run(saved.id);
    db.close();

    const reread = await t.call('workshopGet', { id: workshop.id });
    expect(reread.participants).toEqual([]);
    expect(reread.boardDefaults).toEqual({ journeyStages: [], personaSections: [] });
    expect(reread.steps).toEqual(workshop.steps);

    const template = (await t.call('templatesList', { language: 'en' })).find((candidate) => candidate.id === saved.id);
    expect(template).toMatchObject({
      boardDefaults: { journeyStages: [], personaSections: [] },
      steps: [
        { kind: 'break', title: 'Pause', instructions: '', plannedMinutes: 240 },
        { kind: 'voting', title: 'Vote', instructions: '', plannedMinutes: 1 },
      ],
      stepCount: 2,
      plannedMinutes: 241,
    });
  });
});
