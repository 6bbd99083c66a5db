import { describe, expect, test } from 'vitest';
import { BUILTIN_AVATARS } from '../../shared/domain/board';
import { DEFAULT_PERSONA_SECTIONS } from '../../shared/templates/defaults';
import { startTestCore } from '../helpers/core';
import { addCards, board, boardWorkshop, expectDenseBoard, inSection, section, textsIn } from '../helpers/boards';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe('creating personas', () => {
  test.each(['fr', 'en'] as const)('in a %s workshop, a persona gets the template sections in that language', async (language) => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, language, 'persona');

    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });

    expect(persona.sections.map((s) => s.title)).toEqual(DEFAULT_PERSONA_SECTIONS.map((text) => text[language]));
    expect(persona.sections.every((s) => !s.hidden && s.cards.length === 0)).toBe(true);
    expect(persona).toMatchObject({ workshopId: workshop.id, name: 'Léa', position: 0, primary: false, role: '', quote: '', bio: '' });
    expect(persona.avatar).toEqual({ kind: 'builtin', key: BUILTIN_AVATARS[0] });
  });

  test('a workshop without starter sections gets the default ones in its language', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'fr', 'voting');
    expect(workshop.boardDefaults.personaSections).toEqual([]);

    const persona = await t.call('personaCreate', { workshopId: workshop.id });

    expect(persona.sections.map((s) => s.title).slice(0, 3)).toEqual(['Besoins', 'Envies', 'Contraintes']);
    expect(persona.name).toBe('Persona 1');
  });

  test('personas line up in creation order, each with its own built-in avatar', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    for (const name of ['Léa', 'Marc', 'Inès']) await t.call('personaCreate', { workshopId: workshop.id, name });

    const b = await board(t, workshop.id);

    expect(b.personas.map((p) => p.name)).toEqual(['Léa', 'Marc', 'Inès']);
    expect(new Set(b.personas.map((p) => JSON.stringify(p.avatar))).size).toBe(3);
    expectDenseBoard(b);
  });

  test('an unknown workshop is not found', async () => {
    const t = await startTestCore();
    expect(await t.refused('personaCreate', { workshopId: 'nope-nope-nope' })).toMatchObject({ code: 'not_found' });
  });
});

describe('editing a persona', () => {
  test('identity fields are saved and read back', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    const patch = { name: 'Léa Martin', role: 'Cliente fidèle', ageRange: '35-44', quote: '« Je veux du pain chaud »', bio: 'Maman pressée.' };

    const updated = await t.call('personaUpdate', { personaId: persona.id, patch });

    expect(updated).toMatchObject(patch);
    expect((await board(t, workshop.id)).personas[0]).toEqual(updated);
  });

  test('primary is exclusive within a workshop', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const lea = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    const marc = await t.call('personaCreate', { workshopId: workshop.id, name: 'Marc' });

    await t.call('personaUpdate', { personaId: lea.id, patch: { primary: true } });
    await t.call('personaUpdate', { personaId: marc.id, patch: { primary: true } });

    const b = await board(t, workshop.id);
    expect(b.personas.map((p) => [p.name, p.primary])).toEqual([
      ['Léa', false],
      ['Marc', true],
    ]);
  });

  test('primary in one workshop leaves another workshop alone', async () => {
    const t = await startTestCore();
    const one = await boardWorkshop(t);
    const two = await boardWorkshop(t);
    const a = await t.call('personaCreate', { workshopId: one.id, name: 'A' });
    const b = await t.call('personaCreate', { workshopId: two.id, name: 'B' });

    await t.call('personaUpdate', { personaId: a.id, patch: { primary: true } });
    await t.call('personaUpdate', { personaId: b.id, patch: { primary: true } });

    expect((await board(t, one.id)).personas[0]?.primary).toBe(true);
  });

  test('deleting a persona takes its cards, keeps its journey map as a generic one and closes the gap', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const lea = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    await t.call('personaCreate', { workshopId: workshop.id, name: 'Marc' });
    await addCards(t, workshop.id, inSection(section(lea, 'Besoins').id), ['Gagner du temps']);
    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: lea.id });

    const b = await t.call('personaDelete', { personaId: lea.id });

    expect(b.personas.map((p) => [p.name, p.position])).toEqual([['Marc', 0]]);
    expect(b.journeyMaps).toMatchObject([{ id: map.id, personaId: null, title: map.title }]);
    expect(await t.refused('personaUpdate', { personaId: lea.id, patch: { name: 'X' } })).toMatchObject({ code: 'not_found' });
  });

  test('personas are reordered by the full list of their ids, and nothing else', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C']) ids.push((await t.call('personaCreate', { workshopId: workshop.id, name })).id);

    const b = await t.call('personasReorder', { workshopId: workshop.id, personaIds: [ids[2]!, ids[0]!, ids[1]!] });

    expect(b.personas.map((p) => p.name)).toEqual(['C', 'A', 'B']);
    expectDenseBoard(b);
    expect(await t.refused('personasReorder', { workshopId: workshop.id, personaIds: [ids[0]!, ids[1]!] })).toMatchObject({
      code: 'invalid_input',
      field: 'personaIds',
    });
  });
});

describe('avatars', () => {
  test.each([
    ['a built-in avatar', { kind: 'builtin', key: 'leaf' }, { kind: 'builtin', key: 'leaf' }],
    ['initials', { kind: 'initials' }, { kind: 'initials' }],
  ] as const)('a persona can take %s', async (_what, avatar, expected) => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id });

    const updated = await t.call('personaSetAvatar', { personaId: persona.id, avatar });

    expect(updated.avatar).toEqual(expected);
    expect((await board(t, workshop.id)).personas[0]?.avatar).toEqual(expected);
  });

  test.each([
    ['a PNG image', 'image/png', PNG],
    ['a JPEG image', 'image/jpeg', JPEG],
  ] as const)('a persona can take %s, named by an id and served apart from the board', async (_what, mime, bytes) => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id });

    const updated = await t.call('personaSetAvatar', { personaId: persona.id, avatar: { kind: 'image', mime, dataBase64: bytes.toString('base64') } });

    expect(updated.avatar).toEqual({ kind: 'image', imageId: expect.stringMatching(new RegExp(`^${persona.id}\\.[0-9a-f]{16}$`)) });
    const read = await board(t, workshop.id);
    expect(read.personas[0]?.avatar).toEqual(updated.avatar);
    expect(JSON.stringify(read)).not.toContain(bytes.toString('base64'));
    const imageId = updated.avatar.kind === 'image' ? updated.avatar.imageId : '';
    expect(t.core.picture(imageId)).toEqual({ mime, bytes });
  });

  test('a new picture gets a new id, and the old id serves nothing any more', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id });
    const first = await t.call('personaSetAvatar', { personaId: persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: PNG.toString('base64') } });
    const other = Buffer.concat([PNG, Buffer.from([9, 9, 9])]);

    const second = await t.call('personaSetAvatar', { personaId: persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: other.toString('base64') } });

    const [a, b] = [first.avatar, second.avatar].map((avatar) => (avatar.kind === 'image' ? avatar.imageId : ''));
    expect(b).not.toBe(a);
    expect(t.core.picture(a!)).toBeNull();
    expect(t.core.picture(b!)?.bytes).toEqual(other);
    expect(t.core.picture('not an id')).toBeNull();
  });
});

describe('sections', () => {
  test('are added at the end, renamed, hidden, reordered and removed with their cards', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'en');
    let persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Sam' });
    const needs = section(persona, 'Needs');
    await addCards(t, workshop.id, inSection(needs.id), ['Speed', 'Price']);

    persona = await t.call('sectionAdd', { personaId: persona.id, title: 'Hobbies' });
    expect(persona.sections.at(-1)).toMatchObject({ title: 'Hobbies', position: 7, hidden: false, cards: [] });

    const hobbies = section(persona, 'Hobbies');
    persona = await t.call('sectionUpdate', { sectionId: hobbies.id, patch: { title: 'Pastimes', hidden: true } });
    expect(persona.sections.at(-1)).toMatchObject({ id: hobbies.id, title: 'Pastimes', hidden: true });

    const order = persona.sections.map((s) => s.id).reverse();
    persona = await t.call('sectionsReorder', { personaId: persona.id, sectionIds: order });
    expect(persona.sections.map((s) => s.id)).toEqual(order);

    persona = await t.call('sectionRemove', { sectionId: needs.id });
    expect(persona.sections.map((s) => s.title)).not.toContain('Needs');
    const b = await board(t, workshop.id);
    expect(textsIn(b, inSection(needs.id))).toEqual([]);
    expectDenseBoard(b);
  });
});
