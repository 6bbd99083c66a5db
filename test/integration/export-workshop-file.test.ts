import { describe, expect, test } from 'vitest';
import type { FileDelivery } from '../../shared/domain/report';
import { restoreWorkshopFile } from '../../main/report/workshop-file-restore';
import { MAX_CARDS_PER_WORKSHOP } from '../../shared/domain/board';
import { MAX_WORKSHOP_FILE_CHARS, WORKSHOP_FILE_VERSION, type WorkshopFileInput } from '../../shared/domain/workshop-file';
import { startTestCore, type TestCore } from '../helpers/core';
import { startTestHost } from '../helpers/web-host';
import { fileMapWithCards } from '../helpers/workshop-file';

/** A real 1×1 PNG. */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function fileText(delivery: FileDelivery): string {
  if (delivery.status !== 'download') throw new Error(`Expected a download, got ${delivery.status}`);
  return Buffer.from(delivery.dataBase64, 'base64').toString('utf8');
}

/** Everything the app shows of a workshop: details and agenda, boards, votes, next steps. */
async function snapshot(t: TestCore, workshopId: string) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...workshop } = await t.call('workshopGet', { id: workshopId });
  const { canUndo: _undo, canRedo: _redo, revision: _revision, ...board } = await t.call('boardGet', { workshopId });
  // A map's cards are a set placed by (stage, lane, position); the list order itself means nothing.
  for (const map of board.journeyMaps) {
    const place = (card: (typeof map.cards)[number]) =>
      card.container.kind === 'cell'
        ? [map.stages.findIndex((s) => s.id === (card.container as { stageId: string }).stageId), map.lanes.findIndex((l) => l.id === (card.container as { laneId: string }).laneId), card.position]
        : [0, 0, card.position];
    map.cards.sort((a, b) => {
      const [pa, pb] = [place(a), place(b)];
      return pa[0]! - pb[0]! || pa[1]! - pb[1]! || pa[2]! - pb[2]!;
    });
  }
  const voting = await t.call('votingSessionsList', { workshopId });
  const nextSteps = await t.call('nextStepsList', { workshopId });
  const { matrices } = await t.call('matricesList', { workshopId });
  return normaliseIds({ workshop, board, voting, matrices, nextSteps });
}

/**
 * Replaces every id (the value of a key named id or …Id, and the same strings wherever else
 * they appear) by its order of first appearance, so two copies with different ids compare equal.
 */
function normaliseIds<T>(value: T): T {
  const labels = new Map<string, string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if ((key === 'id' || key.endsWith('Id')) && typeof child === 'string' && !labels.has(child)) labels.set(child, `#${labels.size}`);
      collect(child);
    }
  };
  collect(value);
  return JSON.parse(JSON.stringify(value), (_key, child: unknown) => (typeof child === 'string' && labels.has(child) ? labels.get(child) : child)) as T;
}

async function counts(t: TestCore) {
  const lists = await Promise.all((['current', 'archived', 'trash'] as const).map((view) => t.call('workshopsList', { view })));
  return lists.map((list) => list.map((w) => `${w.title}:${w.updatedAt}`));
}

describe('a workshop file', () => {
  test('holds the workshop, its boards with images, its votes and next steps in one versioned JSON document', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const { personas } = await t.call('boardGet', { workshopId: sample.id });
    await t.call('personaSetAvatar', { personaId: personas[1]!.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: PNG_1PX } });

    const delivery = await t.call('workshopExportFile', { workshopId: sample.id });
    const file = JSON.parse(fileText(delivery)) as WorkshopFileInput;

    expect(delivery).toMatchObject({ status: 'download', fileName: 'Découverte CX — Maison Azur Hôtels.atelier', mime: 'application/json' });
    expect(Object.keys(file)).toEqual(['format', 'schemaVersion', 'exportedAt', 'app', 'workshop', 'boards', 'voting', 'matrices', 'nextSteps']);
    expect(file).toMatchObject({ format: 'atelier-workshop', schemaVersion: WORKSHOP_FILE_VERSION, exportedAt: '2025-06-02T09:00:00.000Z' });
    expect(file.boards?.personas?.[1]?.avatar).toEqual({ kind: 'image', dataUrl: `data:image/png;base64,${PNG_1PX}` });
    expect(file.voting?.[0]?.ballots).toHaveLength(6);
    // The matrix travels with its placements, and the actions with the priority they were made from.
    expect(file.matrices?.[0]?.items?.map((item) => [item.votes, item.placement])).toEqual([
      [12, { impact: 5, effort: 2 }],
      [7, { impact: 4, effort: 2 }],
      [5, { impact: 4, effort: 4 }],
      [3, { impact: 2, effort: 1 }],
      [1, { impact: 1, effort: 4 }],
    ]);
    const firstItem = file.matrices?.[0]?.items?.[0];
    expect(file.nextSteps?.filter((step) => step.source?.kind === 'matrixItem' && step.source.itemId === firstItem?.id).map((step) => step.text)).toEqual([
      'Inscrire « zéro attente à l’arrivée » dans la promesse de marque',
      'Prototyper l’enregistrement en ligne avec clé mobile',
    ]);
    // Ballots travel without voters: the file never says who put which dot where.
    expect(file.voting?.[0]?.voters?.[0]).not.toHaveProperty('ballot');
  });

  test('imported back is a new workshop identical to the original, every id new', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const { personas } = await t.call('boardGet', { workshopId: sample.id });
    await t.call('personaSetAvatar', { personaId: personas[0]!.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: PNG_1PX } });
    const text = fileText(await t.call('workshopExportFile', { workshopId: sample.id }));

    const imported = await t.call('workshopImportFile', { text });

    expect(imported.id).not.toBe(sample.id);
    expect(await snapshot(t, imported.id)).toEqual(await snapshot(t, sample.id));
    const [before, after] = await Promise.all([t.call('boardGet', { workshopId: sample.id }), t.call('boardGet', { workshopId: imported.id })]);
    const idsOf = (board: typeof before) => new Set(JSON.stringify(board).match(/"id":"[^"]+"/g));
    expect([...idsOf(after)].filter((id) => idsOf(before).has(id))).toEqual([]);
    expect((await t.call('workshopsList', { view: 'current' })).map((w) => w.title)).toEqual([sample.title, sample.title]);
    expect(t.eventsOf('workshopChanged').at(-1)?.id).toBe(imported.id);
  });

  test('of an anonymous vote keeps no voter names', async () => {
    const t = await startTestCore();
    const w = await t.call('workshopCreate', { templateId: 'voting', meta: { title: 'Vote', date: '2025-06-02', language: 'fr' } });
    const session = await t.call('votingSessionCreate', { workshopId: w.id, typedItems: ['Attente'], rules: { dotsPerVoter: 3, maxPerItem: 3, anonymous: true } });
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    await t.call('votingProxyBallot', { sessionId: session.id, name: 'Léa', dots: [{ itemId: session.items[0]!.id, count: 2 }] });

    const file = JSON.parse(fileText(await t.call('workshopExportFile', { workshopId: w.id }))) as WorkshopFileInput;
    expect(file.voting?.[0]?.voters?.map((voter) => voter.name)).toEqual([null]);
    expect(JSON.stringify(file)).not.toContain('Léa');
  });

  test('larger than the usual request limit imports through the browser host', async () => {
    const running = await startTestHost();
    try {
      const big = Buffer.concat([Buffer.from(PNG_1PX, 'base64'), Buffer.alloc(2_000_000, 7)]).toString('base64');
      const file = {
        format: 'atelier-workshop',
        schemaVersion: 1,
        workshop: { title: 'Grand fichier', date: '2025-06-02', language: 'fr', createdAt: '2025-06-01T10:00:00.000Z', updatedAt: '2025-06-01T10:00:00.000Z' },
        boards: { personas: [{ id: 'p', name: 'Léa', avatar: { kind: 'image', dataUrl: `data:image/png;base64,${big}` } }] },
      };
      const text = JSON.stringify(file);
      expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
      const answer = await running.call('workshopImportFile', { text });
      expect(answer).toMatchObject({ status: 200, body: { ok: true, value: { title: 'Grand fichier' } } });
    } finally {
      await running.stop();
    }
  });
});

describe('a workshop file from before matrices (version 1)', () => {
  test('still imports: no matrix, and its actions linked to nothing', async () => {
    const t = await startTestCore();
    const text = JSON.stringify({
      format: 'atelier-workshop',
      schemaVersion: 1,
      workshop: { title: 'Ancien', date: '2025-06-02', language: 'fr', createdAt: 'x', updatedAt: 'x', steps: [{ id: 's', kind: 'voting', title: 'Vote', plannedMinutes: 10 }] },
      nextSteps: [{ id: 'n', text: 'Former l’accueil', domain: 'culture', createdAt: 'x', updatedAt: 'x' }],
    });

    const imported = await t.call('workshopImportFile', { text });

    expect((await t.call('matricesList', { workshopId: imported.id })).matrices).toEqual([]);
    expect(await t.call('nextStepsList', { workshopId: imported.id })).toMatchObject([{ text: 'Former l’accueil', source: null }]);
  });
});

describe('a bad workshop file', () => {
  const valid = {
    format: 'atelier-workshop',
    schemaVersion: 1,
    workshop: { title: 'Atelier', date: '2025-06-02', language: 'fr', createdAt: '2025-06-01T10:00:00.000Z', updatedAt: '2025-06-01T10:00:00.000Z' },
  };
  const map = (card: object) => ({
    id: 'm',
    title: 'Parcours',
    stages: [{ id: 's', title: 'Achat' }],
    lanes: [{ id: 'l', kind: 'painPoints', title: 'Irritants' }],
    cards: [{ id: 'c', text: 'Attente', createdAt: 'x', updatedAt: 'x', ...card }],
  });

  test.each([
    ['is not JSON', 'PK\u0003\u0004 not json', { reason: 'file_corrupt' }],
    ['is cut short', JSON.stringify(valid).slice(0, 60), { reason: 'file_corrupt' }],
    ['is JSON of another program', JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }), { reason: 'file_foreign' }],
    ['is a JSON list', '[1, 2, 3]', { reason: 'file_foreign' }],
    ['comes from a newer Atelier', JSON.stringify({ ...valid, schemaVersion: WORKSHOP_FILE_VERSION + 1 }), { reason: 'file_newer' }],
    ['has no readable version', JSON.stringify({ ...valid, schemaVersion: '1' }), { reason: 'file_corrupt' }],
    ['has a persona name over 80 characters', JSON.stringify({ ...valid, boards: { personas: [{ id: 'p', name: 'x'.repeat(81) }] } }), { reason: 'file_content' }],
    [
      'has a card outside its map’s cells',
      JSON.stringify({ ...valid, boards: { journeyMaps: [map({ container: { kind: 'cell', mapId: 'm', stageId: 'elsewhere', laneId: 'l' } })] } }),
      { reason: 'file_content' },
    ],
    [
      'has a matrix item placed off the grid',
      JSON.stringify({ ...valid, schemaVersion: 2, matrices: [{ id: 'x', createdAt: 'x', updatedAt: 'x', items: [{ id: 'i', text: 'Attente', source: { kind: 'card', cardId: 'c' }, placement: { impact: 7, effort: 1 } }] }] }),
      { reason: 'file_content', params: { part: 'matrix' } },
    ],
    ['has two steps with one id', JSON.stringify({ ...valid, workshop: { ...valid.workshop, steps: [1, 2].map(() => ({ id: 'a', kind: 'break', title: 'Pause', plannedMinutes: 5 })) } }), { reason: 'file_content' }],
    [
      'has a picture that is not an image',
      JSON.stringify({ ...valid, boards: { personas: [{ id: 'p', name: 'Léa', avatar: { kind: 'image', dataUrl: `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}` } }] } }),
      { reason: 'file_picture' },
    ],
    [
      'has a “PNG” picture that holds an HTML page',
      JSON.stringify({ ...valid, boards: { personas: [{ id: 'p', name: 'Léa', avatar: { kind: 'image', dataUrl: `data:image/png;base64,${Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>').toString('base64')}` } }] } }),
      { reason: 'file_picture' },
    ],
    [
      'holds 10,000 cards over two maps, twice what a workshop holds',
      JSON.stringify({ ...valid, boards: { journeyMaps: [fileMapWithCards('m1', 5000), fileMapWithCards('m2', 5000)] } }),
      { reason: 'file_limit' },
    ],
    [
      'holds 51 personas',
      JSON.stringify({ ...valid, boards: { personas: Array.from({ length: 51 }, (_, i) => ({ id: `p${i}`, name: `Persona ${i}` })) } }),
      { reason: 'file_limit' },
    ],
    [
      'holds a map of 31 stages',
      JSON.stringify({ ...valid, boards: { journeyMaps: [{ id: 'm', title: 'Parcours', stages: Array.from({ length: 31 }, (_, i) => ({ id: `s${i}`, title: `Phase ${i}` })) }] } }),
      { reason: 'file_limit' },
    ],
  ])('that %s is refused with a clear reason and changes nothing', async (_what, text, why) => {
    const t = await startTestCore();
    await t.call('sampleWorkshopCreate', { language: 'fr' });
    const before = await counts(t);
    t.clearEvents();

    const error = await t.refused('workshopImportFile', { text });

    expect(error).toMatchObject({ code: 'invalid_input', ...why });
    expect(error.message.length).toBeGreaterThan(10);
    expect(await counts(t)).toEqual(before);
    expect(t.events).toEqual([]);
  });

  test('over 50 MB is refused before it is read, in the import’s own words', async () => {
    const t = await startTestCore();
    const error = await t.refused('workshopImportFile', { text: ' '.repeat(MAX_WORKSHOP_FILE_CHARS + 1) });
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'file_tooLarge' });
  });

  test('10,000 cards are refused with the count and the limit, and nothing is written', async () => {
    const t = await startTestCore();
    const text = JSON.stringify({ ...valid, boards: { journeyMaps: [fileMapWithCards('m1', 5000), fileMapWithCards('m2', 5000)] } });
    const error = await t.refused('workshopImportFile', { text });
    expect(error).toMatchObject({ reason: 'file_limit', params: { things: 'cards', count: 10_000, maximum: MAX_CARDS_PER_WORKSHOP } });
    expect(await counts(t)).toEqual([[], [], []]);
  });

  test('a workshop file at the limit imports, and the workshop then refuses one card more, as one built in the app would', async () => {
    const t = await startTestCore();
    const text = JSON.stringify({ ...valid, boards: { journeyMaps: [fileMapWithCards('m1', 2500), fileMapWithCards('m2', 2500)] } });
    const imported = await t.call('workshopImportFile', { text });
    const [map] = (await t.call('boardGet', { workshopId: imported.id })).journeyMaps;
    const cell = { kind: 'cell' as const, mapId: map!.id, stageId: map!.stages[0]!.id, laneId: map!.lanes[0]!.id };
    const refused = await t.refused('cardCreate', { workshopId: imported.id, container: cell, text: 'Une de plus' });
    expect(refused.code).toBe('conflict');
  });

  test('pictures are checked with the rest of the file, before anything is written', () => {
    const text = JSON.stringify({
      ...valid,
      boards: { personas: [{ id: 'p', name: 'Léa', avatar: { kind: 'image', dataUrl: `data:image/png;base64,${Buffer.from('<html></html>').toString('base64')}` } }] },
    });
    // restoreWorkshopFile has no database: a refusal here is a refusal before the first write.
    expect(() => restoreWorkshopFile(text)).toThrow(expect.objectContaining({ reason: 'file_picture', params: { persona: 'Léa' } }));
  });

  test('with a dangling optional reference is repaired, not refused', async () => {
    const t = await startTestCore();
    const text = JSON.stringify({
      ...valid,
      workshop: { ...valid.workshop, currentStepId: 'gone', steps: [{ id: 'a', kind: 'break', title: 'Pause', plannedMinutes: 5 }] },
      boards: { journeyMaps: [{ ...map({ container: { kind: 'cell', mapId: 'm', stageId: 's', laneId: 'l' }, momentOfTruthId: 'gone' }), personaId: 'gone' }] },
    });
    const imported = await t.call('workshopImportFile', { text });
    const board = await t.call('boardGet', { workshopId: imported.id });
    expect(imported.currentStepId).toBeNull();
    expect(board.journeyMaps[0]).toMatchObject({ personaId: null, cards: [{ text: 'Attente', momentOfTruthId: null }] });
  });
});
