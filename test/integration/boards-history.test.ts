import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Board } from '../../shared/domain/board';
import { applyBoardChange } from '../../shared/domain/board-change';
import { startTestCore, type TestCore } from '../helpers/core';
import { rawConnection } from '../helpers/store';
import { addCards, board, boardContent, boardsAroundEdit, boardWorkshop, cell, expectDenseBoard, inSection, lane, section } from '../helpers/boards';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]).toString('base64');

/**
 * The one push since `from` was read moves a view to `to`: its revision follows, and its cards,
 * when it carries them, applied to `from` give exactly `to` (else it says "read again").
 */
function expectPushLeadsTo(t: TestCore, from: Board, to: Board): void {
  const pushes = t.eventsOf('boardChanged');
  t.clearEvents();
  expect(pushes).toHaveLength(1);
  const change = pushes[0]!;
  expect(change.revision).toBe(from.revision + 1);
  expect(change.revision).toBe(to.revision);
  const applied = applyBoardChange(from, change);
  if (change.diff === null) expect(applied).toBeNull();
  else expect(applied).toEqual(to);
}

/** A workshop with something of everything: two personas with cards, a map with cards, ties and scores. */
async function furnished(t: TestCore) {
  const workshop = await boardWorkshop(t, 'fr');
  const lea = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
  const marc = await t.call('personaCreate', { workshopId: workshop.id, name: 'Marc' });
  await t.call('personaUpdate', { personaId: lea.id, patch: { primary: true } });
  const needs = inSection(section(lea, 'Besoins').id);
  const cards = await addCards(t, workshop.id, needs, ['Gagner du temps', 'Payer sans contact', 'Pain chaud']);
  let map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: lea.id });
  map = await t.call('laneAdd', { mapId: map.id, title: 'Concurrents' });
  const [moment] = await addCards(t, workshop.id, cell(map, 2, 'momentsOfTruth'), ['Passage en caisse']);
  const [pain] = await addCards(t, workshop.id, cell(map, 2, 'painPoints'), ["File d'attente"]);
  const [measure] = await addCards(t, workshop.id, cell(map, 4, 'measures'), ['NPS']);
  await addCards(t, workshop.id, cell(map, 1, 'custom'), ['Le supermarché']);
  await t.call('cardUpdate', { cardId: pain!.id, patch: { severity: 3, momentOfTruthId: moment!.id } });
  await t.call('cardUpdate', { cardId: measure!.id, patch: { measureType: 'descriptive' } });
  await t.call('emotionSet', { mapId: map.id, stageId: map.stages[2]!.id, score: -2, note: 'Agacée' });
  await t.call('emotionSet', { mapId: map.id, stageId: map.stages[3]!.id, score: 1 });
  map = (await board(t, workshop.id)).journeyMaps[0]!;
  return { workshop, lea, marc, needs, cards, map, moment: moment!, pain: pain!, measure: measure! };
}
type Furnished = Awaited<ReturnType<typeof furnished>>;

/** One edit of every kind the board has; each must undo to exactly the board before it, and redo to the one after. */
const EDITS: [string, (t: TestCore, f: Furnished) => Promise<unknown>][] = [
  ['personaCreate', (t, f) => t.call('personaCreate', { workshopId: f.workshop.id, name: 'Inès' })],
  ['personaUpdate of identity', (t, f) => t.call('personaUpdate', { personaId: f.marc.id, patch: { name: 'Marc D.', quote: 'Vite !' } })],
  ['personaUpdate moving primary', (t, f) => t.call('personaUpdate', { personaId: f.marc.id, patch: { primary: true } })],
  ['personaSetAvatar', (t, f) => t.call('personaSetAvatar', { personaId: f.lea.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: PNG } })],
  ['personaDelete with cards and a map', (t, f) => t.call('personaDelete', { personaId: f.lea.id })],
  ['personasReorder', (t, f) => t.call('personasReorder', { workshopId: f.workshop.id, personaIds: [f.marc.id, f.lea.id] })],
  ['sectionAdd', (t, f) => t.call('sectionAdd', { personaId: f.lea.id, title: 'Loisirs' })],
  ['sectionUpdate', (t, f) => t.call('sectionUpdate', { sectionId: section(f.lea, 'Envies').id, patch: { title: 'Désirs', hidden: true } })],
  ['sectionSetColor', (t, f) => t.call('sectionSetColor', { sectionId: section(f.lea, 'Besoins').id, color: 'green' })],
  ['sectionRemove with cards', (t, f) => t.call('sectionRemove', { sectionId: section(f.lea, 'Besoins').id })],
  ['sectionsReorder', (t, f) => t.call('sectionsReorder', { personaId: f.lea.id, sectionIds: f.lea.sections.map((s) => s.id).reverse() })],
  ['journeyCreate', (t, f) => t.call('journeyCreate', { workshopId: f.workshop.id, personaId: f.marc.id })],
  ['journeyUpdate', (t, f) => t.call('journeyUpdate', { mapId: f.map.id, patch: { title: 'Achat', personaId: null } })],
  ['journeyDelete with cards', (t, f) => t.call('journeyDelete', { mapId: f.map.id })],
  ['stageAdd', (t, f) => t.call('stageAdd', { mapId: f.map.id, title: 'Livraison', index: 3 })],
  ['stageRename', (t, f) => t.call('stageRename', { stageId: f.map.stages[0]!.id, title: 'Besoin' })],
  ['stageRemove with cards and a score', (t, f) => t.call('stageRemove', { stageId: f.map.stages[2]!.id })],
  ['stagesReorder', (t, f) => t.call('stagesReorder', { mapId: f.map.id, stageIds: f.map.stages.map((s) => s.id).reverse() })],
  ['laneAdd', (t, f) => t.call('laneAdd', { mapId: f.map.id, title: 'Partenaires' })],
  ['laneUpdate', (t, f) => t.call('laneUpdate', { laneId: lane(f.map, 'backstage').id, patch: { hidden: true } })],
  ['laneRemove with cards', (t, f) => t.call('laneRemove', { laneId: lane(f.map, 'custom').id })],
  ['lanesReorder', (t, f) => t.call('lanesReorder', { mapId: f.map.id, laneIds: f.map.lanes.map((l) => l.id).reverse() })],
  ['emotionSet of a new score', (t, f) => t.call('emotionSet', { mapId: f.map.id, stageId: f.map.stages[0]!.id, score: 2 })],
  ['emotionSet changing a score', (t, f) => t.call('emotionSet', { mapId: f.map.id, stageId: f.map.stages[2]!.id, score: 0, note: 'Mieux' })],
  ['emotionSet clearing a score', (t, f) => t.call('emotionSet', { mapId: f.map.id, stageId: f.map.stages[2]!.id, score: null })],
  ['cardCreate in the middle', (t, f) => t.call('cardCreate', { workshopId: f.workshop.id, container: f.needs, text: 'Nouveau', index: 1 })],
  ['cardUpdate', (t, f) => t.call('cardUpdate', { cardId: f.cards[0]!.id, patch: { text: 'Gagner du temps le matin', color: 'pink' } })],
  ['cardDelete of a moment of truth', (t, f) => t.call('cardDelete', { cardId: f.moment.id })],
  ['cardMove within a section', (t, f) => t.call('cardMove', { cardId: f.cards[0]!.id, to: f.needs, index: 2 })],
  ['cardMove to another persona', (t, f) => t.call('cardMove', { cardId: f.cards[1]!.id, to: inSection(section(f.marc, 'Envies').id), index: 0 })],
  ['cardMove of a pain point out of its lane', (t, f) => t.call('cardMove', { cardId: f.pain.id, to: cell(f.map, 5, 'thoughts'), index: 0 })],
  ['cardMove of a moment of truth out of its lane', (t, f) => t.call('cardMove', { cardId: f.moment.id, to: cell(f.map, 2, 'actions'), index: 0 })],
];

describe('undo and redo', () => {
  test.each(EDITS)('%s is undone and redone exactly, and each push brings a view from one board to the next', async (_name, edit) => {
    const t = await startTestCore();
    const f = await furnished(t);
    const { before, after } = await boardsAroundEdit(t, f.workshop.id, () => edit(t, f));
    expectPushLeadsTo(t, before, after);

    const undone = await t.call('boardUndo', { workshopId: f.workshop.id });
    expect(boardContent(undone)).toEqual(boardContent(before));
    expect(undone).toMatchObject({ canUndo: true, canRedo: true });
    expectDenseBoard(undone);
    expectPushLeadsTo(t, after, undone);

    const redone = await t.call('boardRedo', { workshopId: f.workshop.id });
    expect(boardContent(redone)).toEqual(boardContent(after));
    expect(redone.canRedo).toBe(false);
    expectPushLeadsTo(t, undone, redone);
  });

  test('undo and redo answer the board that boardGet then reads, and tell every view', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    t.clearEvents();

    const before = await board(t, f.workshop.id);
    const undone = await t.call('boardUndo', { workshopId: f.workshop.id });

    expect(undone).toEqual(await board(t, f.workshop.id));
    expect(undone.revision).toBe(before.revision + 1);
    const [pushed] = t.eventsOf('boardChanged');
    expect(t.eventsOf('boardChanged')).toHaveLength(1);
    expect(pushed).toMatchObject({ workshopId: f.workshop.id, revision: undone.revision, canUndo: undone.canUndo, canRedo: true });
    // The last edit wrote an emotion score: its undo pushes the map, without its cards.
    expect(pushed!.diff?.maps.map((m) => m.id)).toEqual([f.map.id]);
    expect(pushed!.diff?.cards).toEqual([]);
  });

  test('every step back to an empty board, and forward again', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const full = await board(t, f.workshop.id);

    let b = full;
    let steps = 0;
    while (b.canUndo) {
      b = await t.call('boardUndo', { workshopId: f.workshop.id });
      steps += 1;
    }
    expect(boardContent(b)).toEqual({ workshopId: f.workshop.id, personas: [], journeyMaps: [] });
    expect(steps).toBe(16);
    while (b.canRedo) b = await t.call('boardRedo', { workshopId: f.workshop.id });
    expect(boardContent(b)).toEqual(boardContent(full));
    expect(b.revision).toBe(full.revision + 2 * steps);
  });

  test('a new edit clears what could be redone', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('boardUndo', { workshopId: f.workshop.id });

    const after = await t.call('cardCreate', { workshopId: f.workshop.id, container: f.needs, text: 'Autre chose' });

    expect((await board(t, f.workshop.id)).canRedo).toBe(false);
    const redo = await t.call('boardRedo', { workshopId: f.workshop.id });
    expect(redo.personas[0]!.sections[0]!.cards.map((c) => c.id)).toContain(after.id);
  });

  test('with nothing to undo or redo, the board comes back unchanged and nobody is told', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    t.clearEvents();

    const empty = { workshopId: workshop.id, personas: [], journeyMaps: [], canUndo: false, canRedo: false, revision: (await board(t, workshop.id)).revision };
    expect(await t.call('boardUndo', { workshopId: workshop.id })).toEqual(empty);
    expect(await t.call('boardRedo', { workshopId: workshop.id })).toMatchObject({ canUndo: false, canRedo: false });
    expect(t.eventsOf('boardChanged')).toEqual([]);
  });

  test('an edit that changes nothing is not an undo step', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('boardUndo', { workshopId: f.workshop.id });

    await t.call('cardMove', { cardId: f.cards[0]!.id, to: f.needs, index: 0 });

    expect((await board(t, f.workshop.id)).canRedo).toBe(true);
  });

  test('history is per workshop', async () => {
    const t = await startTestCore();
    const one = await furnished(t);
    const two = await boardWorkshop(t);
    await t.call('personaCreate', { workshopId: two.id, name: 'Seul' });
    const oneBefore = await board(t, one.workshop.id);

    await t.call('boardUndo', { workshopId: two.id });

    expect(await board(t, one.workshop.id)).toEqual(oneBefore);
    expect((await board(t, two.id)).personas).toEqual([]);
  });

  test('survives a restart of the app', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const before = await board(t, f.workshop.id);
    await t.call('cardMove', { cardId: f.pain.id, to: cell(f.map, 6, 'opportunities'), index: 0 });
    await t.call('stageRemove', { stageId: f.map.stages[4]!.id });
    const after = await board(t, f.workshop.id);

    const relaunched = await t.restart();
    expect(boardContent(await board(relaunched, f.workshop.id))).toEqual(boardContent(after));
    await relaunched.call('boardUndo', { workshopId: f.workshop.id });
    const undone = await relaunched.call('boardUndo', { workshopId: f.workshop.id });
    expect(boardContent(undone)).toEqual(boardContent(before));

    const again = await relaunched.restart();
    await again.call('boardRedo', { workshopId: f.workshop.id });
    expect(boardContent(await again.call('boardRedo', { workshopId: f.workshop.id }))).toEqual(boardContent(after));
  });

  test('keeps the last 200 edits', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'v0' });
    for (let i = 1; i <= 205; i += 1) await t.call('personaUpdate', { personaId: persona.id, patch: { name: `v${i}` } });

    const { board: b, steps } = await undoAll(t, workshop.id);

    expect(steps).toBe(200);
    expect(b.personas[0]?.name).toBe('v5');
  });

  test('large avatars push the oldest edits out before the history passes its size budget', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    const image = (fill: number) => {
      const bytes = Buffer.alloc(5 * 1024 * 1024, fill);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return { kind: 'image' as const, mime: 'image/png' as const, dataBase64: bytes.toString('base64') };
    };
    // Each change of image stores the old and the new one: about 14 MB per undo step.
    for (let i = 1; i <= 7; i += 1) await t.call('personaSetAvatar', { personaId: persona.id, avatar: image(i) });

    const { board: b, steps } = await undoAll(t, workshop.id);

    expect(steps).toBe(4);
    const avatar = b.personas[0]?.avatar;
    expect(avatar?.kind === 'image' && t.core.picture(avatar.imageId)?.bytes.toString('base64')).toBe(image(3).dataBase64);
  });

  test('a workshop in the trash can be read but not undone', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('workshopTrash', { id: f.workshop.id });

    expect((await board(t, f.workshop.id)).personas).toHaveLength(2);
    expect(await t.refused('boardUndo', { workshopId: f.workshop.id })).toMatchObject({ code: 'conflict' });
    expect(await t.refused('cardCreate', { workshopId: f.workshop.id, container: f.needs, text: 'x' })).toMatchObject({ code: 'conflict' });
  });
});

describe('boards and the workshop around them', () => {
  test('duplicating a workshop copies its boards with new ids and every tie, but not the history', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const original = await board(t, f.workshop.id);

    const copy = await t.call('workshopDuplicate', { id: f.workshop.id });
    const copied = await board(t, copy.id);

    expect(copied).toMatchObject({ workshopId: copy.id, canUndo: false, canRedo: false });
    const shape = (b: Board) => ({
      personas: b.personas.map((p) => ({ name: p.name, primary: p.primary, sections: p.sections.map((s) => [s.title, s.cards.map((c) => c.text)]) })),
      maps: b.journeyMaps.map((m) => ({
        title: m.title,
        persona: b.personas.find((p) => p.id === m.personaId)?.name,
        stages: m.stages.map((s) => s.title),
        lanes: m.lanes.map((l) => l.title),
        emotions: m.emotions.map((e) => [m.stages.find((s) => s.id === e.stageId)?.title, e.score, e.note]),
        cards: m.cards
          .map((c) => {
            if (c.container.kind !== 'cell') throw new Error('A map card outside a cell');
            const { stageId, laneId } = c.container;
            const where = `${m.stages.find((s) => s.id === stageId)?.title} × ${m.lanes.find((l) => l.id === laneId)?.title} #${c.position}`;
            return [where, c.text, c.severity, c.measureType, m.cards.find((x) => x.id === c.momentOfTruthId)?.text];
          })
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      })),
    });
    expect(shape(copied)).toEqual(shape(original));
    const ids = (b: Board): string[] => JSON.stringify(b).match(/"id":"[^"]+"/g) ?? [];
    expect(ids(copied).filter((id) => ids(original).includes(id))).toEqual([]);

    await t.call('cardDelete', { cardId: copied.journeyMaps[0]!.cards[0]!.id });
    expect(await board(t, f.workshop.id)).toEqual(original);
  });

  test('deleting a workshop for good deletes its boards and their history', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const other = await boardWorkshop(t);
    await t.call('personaCreate', { workshopId: other.id, name: 'Reste' });
    await t.call('workshopTrash', { id: f.workshop.id });

    await t.call('workshopPurge', { id: f.workshop.id });
    await t.close();

    const db = rawConnection(path.join(t.dataDir, 'atelier.sqlite'), { readonly: true });
    const tables = ['personas', 'persona_avatars', 'persona_sections', 'journey_maps', 'journey_stages', 'journey_lanes'];
    tables.push('journey_emotions', 'cards', 'board_history');
    for (const table of tables) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE workshop_id = ?`).pluck().get(f.workshop.id), table).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM personas WHERE workshop_id = ?').pluck().get(other.id)).toBe(1);
  });
});

/** Undoes every edit the history keeps: the board it comes back to, and how many undos it took. */
async function undoAll(t: TestCore, workshopId: string): Promise<{ board: Board; steps: number }> {
  let b = await board(t, workshopId);
  let steps = 0;
  while (b.canUndo) {
    b = await t.call('boardUndo', { workshopId });
    steps += 1;
  }
  return { board: b, steps };
}
