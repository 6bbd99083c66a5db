import { describe, expect, test } from 'vitest';
import { listQuery } from '../../main/store/workshops-repo';
import type { Language } from '../../shared/domain/settings';
import type { Workshop } from '../../shared/domain/workshop';
import { DEFAULT_JOURNEY_STAGES, DEFAULT_PERSONA_SECTIONS } from '../../shared/templates/defaults';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin';
import { localizeBuiltin } from '../../shared/templates/localize';
import { startTestCore, type TestCore } from '../helpers/core';
import { createMemoryDB, migrateTo } from '../helpers/store';

const MINUTE = 60_000;

function meta(overrides: Partial<{ title: string; date: string; language: Language; client: string }> = {}) {
  return {
    title: 'Parcours client 2025',
    client: 'Boulangerie Martin',
    date: '2025-06-02',
    language: 'fr' as Language,
    facilitator: 'Claire',
    participants: ['Ana', 'Bruno'],
    ...overrides,
  };
}

function create(t: TestCore, templateId = 'cx-discovery', overrides: Parameters<typeof meta>[0] = {}): Promise<Workshop> {
  return t.call('workshopCreate', { templateId, meta: meta(overrides) });
}

/** Titles of a list view, in the order shown. */
async function titles(t: TestCore, view: 'current' | 'archived' | 'trash' = 'current'): Promise<string[]> {
  return (await t.call('workshopsList', { view })).map((w) => w.title);
}

describe('creating a workshop', () => {
  test.each(BUILTIN_TEMPLATES.flatMap((template) => (['fr', 'en'] as const).map((lang) => [template.id, lang] as const)))(
    'from the built-in %s template in %s copies its agenda and starter content in that language',
    async (templateId, language) => {
      const t = await startTestCore();
      const template = BUILTIN_TEMPLATES.find((candidate) => candidate.id === templateId)!;
      const localized = localizeBuiltin(template, language);

      const workshop = await create(t, templateId, { language });

      expect(workshop.steps.map(({ kind, title, instructions, plannedMinutes, silent }) => ({ kind, title, instructions, plannedMinutes, silent }))).toEqual(
        localized.steps,
      );
      expect(workshop.steps.every((step) => step.actualStart === null && step.actualEnd === null)).toBe(true);
      expect(new Set(workshop.steps.map((step) => step.id)).size).toBe(workshop.steps.length);
      expect(workshop).toMatchObject({
        templateId,
        language,
        state: 'active',
        archived: false,
        deletedAt: null,
        currentStepId: workshop.steps[0]?.id,
        timer: { status: 'idle', runningSince: null, elapsedMs: 0, adjustMs: 0 },
        stepCount: localized.stepCount,
        plannedMinutes: localized.plannedMinutes,
      });
      const stages = template.starter.journeyStages ? DEFAULT_JOURNEY_STAGES.map((text) => text[language]) : [];
      const sections = template.starter.personaSections ? DEFAULT_PERSONA_SECTIONS.map((text) => text[language]) : [];
      expect(workshop.boardDefaults).toEqual({ journeyStages: stages, personaSections: sections });
      expect(await t.call('workshopGet', { id: workshop.id })).toEqual(workshop);
    },
  );

  test('journey mapping starts with the seven stages of the seeds', async () => {
    const t = await startTestCore();
    const fr = await create(t, 'journey', { language: 'fr' });
    const en = await create(t, 'journey', { language: 'en' });
    expect(fr.boardDefaults.journeyStages).toHaveLength(7);
    expect(fr.boardDefaults.journeyStages[0]).toBe('Prise de conscience du besoin');
    expect(en.boardDefaults.journeyStages.at(-1)).toBe('Recommendation');
  });

  test('keeps the meta as given and announces the new workshop', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    expect(workshop).toMatchObject(meta());
    expect(workshop.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(t.eventsOf('workshopChanged')).toEqual([{ id: workshop.id, trashed: false }]);
    expect(t.eventsOf('workshopsChanged')).toEqual([{}]);
  });

  test('from an unknown template is refused and creates nothing', async () => {
    const t = await startTestCore();
    const error = await t.refused('workshopCreate', { templateId: 'no-such-template', meta: meta() });
    expect(error.code).toBe('not_found');
    expect(await titles(t)).toEqual([]);
    expect(t.events).toEqual([]);
  });

  test.each([
    ['a 10 MB title', { templateId: 'persona', meta: meta({ title: 'x'.repeat(10 * 1024 * 1024) }) }, 'meta.title'],
    ['an empty title', { templateId: 'persona', meta: meta({ title: '   ' }) }, 'meta.title'],
    ['a date that is not YYYY-MM-DD', { templateId: 'persona', meta: meta({ date: '02/06/2025' }) }, 'meta.date'],
    ['no meta', { templateId: 'persona' }, 'meta'],
    ['no template', { meta: meta() }, 'templateId'],
    ['an extra field', { templateId: 'persona', meta: meta(), owner: 'root' }, undefined],
    ['an extra meta field', { templateId: 'persona', meta: { ...meta(), state: 'finished' } }, undefined],
    ['a language we do not have', { templateId: 'persona', meta: { ...meta(), language: 'de' } }, 'meta.language'],
  ])('with %s is refused and creates nothing', async (_name, input, field) => {
    const t = await startTestCore();
    const error = await t.refused('workshopCreate', input);
    expect(error.code).toBe('invalid_input');
    if (field) expect(error.field).toBe(field);
    expect(await titles(t)).toEqual([]);
  });
});

describe('listing workshops', () => {
  test('shows the newest date first, then the most recently changed, in each view', async () => {
    const t = await startTestCore();
    const old = await create(t, 'persona', { title: 'Old', date: '2024-11-20' });
    t.clock.advance(MINUTE);
    await create(t, 'persona', { title: 'June A', date: '2025-06-02' });
    t.clock.advance(MINUTE);
    const juneB = await create(t, 'persona', { title: 'June B', date: '2025-06-02' });
    t.clock.advance(MINUTE);
    await create(t, 'persona', { title: 'Next year', date: '2026-01-15' });
    expect(await titles(t)).toEqual(['Next year', 'June B', 'June A', 'Old']);

    t.clock.advance(MINUTE);
    await t.call('workshopUpdate', { id: old.id, patch: { title: 'Old, renamed' } });
    t.clock.advance(MINUTE);
    await t.call('workshopUpdate', { id: juneB.id, patch: { archived: true } });
    expect(await titles(t)).toEqual(['Next year', 'June A', 'Old, renamed']);
    expect(await titles(t, 'archived')).toEqual(['June B']);

    await t.call('workshopTrash', { id: old.id });
    expect(await titles(t)).toEqual(['Next year', 'June A']);
    expect(await titles(t, 'trash')).toEqual(['Old, renamed']);
  });

  test('defaults to the current view and summarises each agenda', async () => {
    const t = await startTestCore();
    const workshop = await create(t, 'voting');
    const [summary] = await t.call('workshopsList', {});
    expect(summary).toEqual({
      id: workshop.id,
      title: workshop.title,
      client: workshop.client,
      date: workshop.date,
      language: workshop.language,
      facilitator: workshop.facilitator,
      state: 'active',
      archived: false,
      deletedAt: null,
      templateId: 'voting',
      stepCount: workshop.steps.length,
      plannedMinutes: workshop.steps.reduce((sum, step) => sum + step.plannedMinutes, 0),
      createdAt: workshop.createdAt,
      updatedAt: workshop.updatedAt,
    });
  });

  test('walks an index for the current and archived views, with no sort step', () => {
    const db = createMemoryDB();
    migrateTo(db, 2);
    for (const view of ['current', 'archived'] as const) {
      const { sql, params } = listQuery(view);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
      expect(plan.join('\n')).toMatch(/SEARCH w USING (COVERING )?INDEX workshops_list/);
      expect(plan.join('\n')).not.toContain('TEMP B-TREE');
    }
  });
});

describe('changing a workshop', () => {
  test('renaming changes the title only and bumps updated_at', async () => {
    const t = await startTestCore();
    const before = await create(t);
    t.clock.advance(5 * MINUTE);

    const after = await t.call('workshopUpdate', { id: before.id, patch: { title: 'Atelier personas' } });

    expect(after).toEqual({ ...before, title: 'Atelier personas', updatedAt: '2025-06-02T09:05:00.000Z' });
    expect(await t.call('workshopGet', { id: before.id })).toEqual(after);
  });

  test('updates meta fields, archives and finishes, and announces each change', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    t.clearEvents();

    const updated = await t.call('workshopUpdate', {
      id: workshop.id,
      patch: { client: 'Fromagerie', participants: ['Zoé'], date: '2025-07-01', archived: true, state: 'finished' },
    });

    expect(updated).toMatchObject({ client: 'Fromagerie', participants: ['Zoé'], date: '2025-07-01', archived: true, state: 'finished' });
    expect(t.eventsOf('workshopChanged')).toEqual([{ id: updated.id, trashed: false }]);
    expect(t.eventsOf('workshopsChanged')).toHaveLength(1);
  });

  test.each([
    ['a 10 MB title', { title: 'x'.repeat(10 * 1024 * 1024) }],
    ['an unknown field', { owner: 'root' }],
    ['a state that does not exist', { state: 'deleted' }],
    ['a deletion date', { deletedAt: '2025-01-01T00:00:00.000Z' }],
  ])('with %s is refused and changes nothing', async (_name, patch) => {
    const t = await startTestCore();
    const before = await create(t);
    t.clearEvents();
    const error = await t.refused('workshopUpdate', { id: before.id, patch });
    expect(error.code).toBe('invalid_input');
    expect(await t.call('workshopGet', { id: before.id })).toEqual(before);
    expect(t.events).toEqual([]);
  });

  test('an unknown or malformed id is not found or refused', async () => {
    const t = await startTestCore();
    expect((await t.refused('workshopGet', { id: 'AAAAAAAAAAAAAAAA' })).code).toBe('not_found');
    expect((await t.refused('workshopUpdate', { id: 'AAAAAAAAAAAAAAAA', patch: { title: 'x' } })).code).toBe('not_found');
    expect((await t.refused('workshopGet', { id: '../etc' })).code).toBe('invalid_input');
    expect((await t.refused('workshopGet', {})).code).toBe('invalid_input');
  });
});

describe('duplicating a workshop', () => {
  test('copies everything under new ids, with the timer reset and no recorded times', async () => {
    const t = await startTestCore();
    const source = await create(t, 'cx-discovery', { language: 'en', title: 'Discovery' });
    await t.call('timerCommand', { workshopId: source.id, command: 'start' });
    t.clock.advance(3 * MINUTE);
    await t.call('timerCommand', { workshopId: source.id, command: 'next' });
    const run = await t.call('workshopUpdate', { id: source.id, patch: { archived: true } });
    t.clock.advance(MINUTE);

    const copy = await t.call('workshopDuplicate', { id: source.id });

    expect(copy.id).not.toBe(source.id);
    expect(copy.title).toBe('Discovery (copy)');
    expect(copy).toMatchObject({
      client: run.client,
      date: run.date,
      language: 'en',
      facilitator: run.facilitator,
      participants: run.participants,
      templateId: run.templateId,
      boardDefaults: run.boardDefaults,
      state: 'active',
      archived: false,
      deletedAt: null,
      timer: { status: 'idle', runningSince: null, elapsedMs: 0, adjustMs: 0 },
      currentStepId: copy.steps[0]?.id,
      createdAt: '2025-06-02T09:04:00.000Z',
    });
    const content = (w: Workshop) => w.steps.map(({ kind, title, instructions, plannedMinutes }) => ({ kind, title, instructions, plannedMinutes }));
    expect(content(copy)).toEqual(content(run));
    expect(copy.steps.every((step) => step.actualStart === null && step.actualEnd === null)).toBe(true);
    const sourceIds = new Set(run.steps.map((step) => step.id));
    expect(copy.steps.some((step) => sourceIds.has(step.id))).toBe(false);
    expect(await t.call('workshopGet', { id: source.id })).toEqual(run);
  });

  test('keeps the action plan the deliverable closes on, under new ids', async () => {
    const t = await startTestCore();
    const source = await create(t, 'cx-discovery', { language: 'en', title: 'Discovery' });
    await t.call('nextStepAdd', { workshopId: source.id, step: { text: 'Call back within 24 h', owner: 'Sam', dueDate: '2026-12-15', domain: 'design' } });
    const actions = await t.call('nextStepAdd', { workshopId: source.id, step: { text: 'Measure NPS per stage', owner: '', dueDate: null, domain: 'measures' } });

    const copy = await t.call('workshopDuplicate', { id: source.id });
    const copied = await t.call('nextStepsList', { workshopId: copy.id });

    const content = (list: typeof actions) => list.map(({ text, owner, dueDate, domain, position }) => ({ text, owner, dueDate, domain, position }));
    expect(content(copied)).toEqual(content(actions));
    expect(copied.some((step) => actions.some((a) => a.id === step.id))).toBe(false);
    expect(await t.call('nextStepsList', { workshopId: source.id })).toEqual(actions);
  });

  test('names the copy in the workshop language and keeps the title within 200 characters', async () => {
    const t = await startTestCore();
    const fr = await create(t, 'persona', { language: 'fr', title: 'Atelier' });
    expect((await t.call('workshopDuplicate', { id: fr.id })).title).toBe('Atelier (copie)');
    const long = await create(t, 'persona', { language: 'en', title: 'y'.repeat(200) });
    const copy = await t.call('workshopDuplicate', { id: long.id });
    expect(copy.title).toHaveLength(200);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
  });
});

describe('the trash', () => {
  test('trashing moves a workshop out of the list, and restoring (the undo) brings it back', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    t.clock.advance(MINUTE);
    t.clearEvents();

    const trashed = await t.call('workshopTrash', { id: workshop.id });
    expect(trashed).toMatchObject({ id: workshop.id, deletedAt: '2025-06-02T09:01:00.000Z' });
    expect(await titles(t)).toEqual([]);
    expect(await titles(t, 'trash')).toEqual([workshop.title]);
    expect(t.eventsOf('workshopsChanged')).toHaveLength(1);

    const restored = await t.call('workshopRestore', { id: workshop.id });
    expect(restored.deletedAt).toBeNull();
    // The pushes say which workshop, and whether it now lies in the trash.
    expect(t.eventsOf('workshopChanged')).toEqual([
      { id: workshop.id, trashed: true },
      { id: workshop.id, trashed: false },
    ]);
    expect(await titles(t)).toEqual([workshop.title]);
    expect(await titles(t, 'trash')).toEqual([]);
    const after = await t.call('workshopGet', { id: workshop.id });
    expect({ ...after, updatedAt: workshop.updatedAt }).toEqual(workshop);
  });

  test('a workshop in the trash cannot be edited, and every attempt changes nothing', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    await t.call('workshopTrash', { id: workshop.id });
    const before = await t.call('workshopGet', { id: workshop.id });
    const [first] = before.steps;

    const attempts: [string, unknown][] = [
      ['workshopUpdate', { id: workshop.id, patch: { title: 'Nope' } }],
      ['workshopDuplicate', { id: workshop.id }],
      ['stepAdd', { workshopId: workshop.id, step: { kind: 'break', title: 'Pause', plannedMinutes: 5 } }],
      ['stepUpdate', { workshopId: workshop.id, stepId: first?.id, patch: { title: 'Nope' } }],
      ['stepRemove', { workshopId: workshop.id, stepId: first?.id }],
      ['stepsReorder', { workshopId: workshop.id, stepIds: before.steps.map((s) => s.id).reverse() }],
      ['timerCommand', { workshopId: workshop.id, command: 'start' }],
      ['timerGoTo', { workshopId: workshop.id, stepId: before.steps[2]?.id }],
    ];
    t.clearEvents();
    for (const [channel, input] of attempts) {
      expect((await t.refused(channel, input)).code, channel).toBe('conflict');
    }
    expect(await t.call('workshopGet', { id: workshop.id })).toEqual(before);
    expect(t.events).toEqual([]);
  });

  test('purging deletes a trashed workshop for good, and refuses one that is not in the trash', async () => {
    const t = await startTestCore();
    const kept = await create(t, 'persona', { title: 'Kept' });
    const doomed = await create(t, 'persona', { title: 'Doomed' });

    expect((await t.refused('workshopPurge', { id: kept.id })).code).toBe('conflict');
    expect(await t.call('workshopGet', { id: kept.id })).toEqual(kept);

    await t.call('workshopTrash', { id: doomed.id });
    expect(await t.call('workshopPurge', { id: doomed.id })).toEqual({ purged: 1 });
    expect((await t.refused('workshopGet', { id: doomed.id })).code).toBe('not_found');
    expect((await t.refused('workshopRestore', { id: doomed.id })).code).toBe('not_found');
    expect(await titles(t)).toEqual(['Kept']);
  });

  test('emptying the trash deletes every trashed workshop and nothing else', async () => {
    const t = await startTestCore();
    const kept = await create(t, 'persona', { title: 'Kept' });
    for (const title of ['One', 'Two']) {
      const workshop = await create(t, 'persona', { title });
      await t.call('workshopTrash', { id: workshop.id });
    }
    expect(await t.call('trashEmpty', {})).toEqual({ purged: 2 });
    expect(await titles(t, 'trash')).toEqual([]);
    expect(await t.call('workshopGet', { id: kept.id })).toEqual(kept);
    expect(await t.call('trashEmpty', {})).toEqual({ purged: 0 });
  });

  test('trashing twice keeps the first deletion date', async () => {
    const t = await startTestCore();
    const workshop = await create(t);
    const first = await t.call('workshopTrash', { id: workshop.id });
    t.clock.advance(MINUTE);
    expect(await t.call('workshopTrash', { id: workshop.id })).toEqual(first);
  });
});
