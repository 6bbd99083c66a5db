import { describe, expect, test } from 'vitest';
import { defaultDatabasePath } from '../../main/store/location';
import type { Board, Card } from '../../shared/domain/board';
import { keptCardIds } from '../../shared/domain/card-duplicates';
import { groupsWithMembers } from '../../shared/domain/card-groups';
import type { FileDelivery } from '../../shared/domain/report';
import { WORKSHOP_FILE_VERSION } from '../../shared/domain/workshop-file';
import { startTestCore, type TestCore } from '../helpers/core';
import { rawConnection } from '../helpers/store';
import { addCards, board, boardWorkshop, cell } from '../helpers/boards';

function fileText(delivery: FileDelivery): string {
  if (delivery.status !== 'download') throw new Error(`Expected a download, got ${delivery.status}`);
  return Buffer.from(delivery.dataBase64, 'base64').toString('utf8');
}

function allCards(b: Board): Card[] {
  return [...b.personas.flatMap((p) => p.sections.flatMap((s) => s.cards)), ...b.journeyMaps.flatMap((m) => m.cards)];
}

/** Every container as drawn, by its place: "Title[text, text]" for a group, "text" for a card. */
function drawnBoard(b: Board): string[][] {
  const lists: string[][] = [];
  const draw = (cards: Card[], groups: Board['journeyMaps'][number]['groups']) =>
    lists.push(
      groupsWithMembers(cards, groups).map((entry) =>
        entry.kind === 'card' ? entry.card.text : `${entry.group.title}${entry.group.collapsed ? '(-)' : ''}[${entry.cards.map((card) => card.text).join(', ')}]`,
      ),
    );
  for (const persona of b.personas) for (const section of persona.sections) draw(section.cards, section.groups);
  for (const map of b.journeyMaps) {
    for (const stage of map.stages) {
      for (const lane of map.lanes) {
        const inCell = (c: { container: Card['container'] }) => c.container.kind === 'cell' && c.container.stageId === stage.id && c.container.laneId === lane.id;
        draw(map.cards.filter(inCell), map.groups.filter(inCell));
      }
    }
  }
  return lists;
}

/** What duplicates a board holds, without ids: kept text → merged texts and authors. */
function duplicatesOf(b: Board): Record<string, string[]> {
  return Object.fromEntries(
    allCards(b)
      .filter((card) => card.mergedFrom.length > 0)
      .map((card) => [card.text, card.mergedFrom.map((merged) => `${merged.text} (${merged.author ?? '-'})`)]),
  );
}

/** A workshop whose pain points were voted on, revealed, and then merged: "Attente" took in "File d'attente". */
async function votedThenMerged(t: TestCore) {
  const workshop = await boardWorkshop(t, 'fr');
  const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
  const pains = cell(map, 2, 'painPoints');
  const [kept, duplicate, other] = await addCards(t, workshop.id, pains, ['Attente', 'File d’attente', 'Prix']);
  const session = await t.call('votingSessionCreate', { workshopId: workshop.id, cardIds: [kept!.id, duplicate!.id, other!.id] });
  await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
  const item = (cardId: string) => session.items.find((i) => i.sourceCardId === cardId)!.id;
  await t.call('votingProxyBallot', { sessionId: session.id, name: 'Léa', dots: [{ itemId: item(duplicate!.id), count: 3 }, { itemId: item(kept!.id), count: 1 }] });
  await t.call('votingPhaseSet', { sessionId: session.id, action: 'reveal' });
  await t.call('groupFromCards', { workshopId: workshop.id, cardIds: [kept!.id, other!.id], title: 'Caisse' });
  await t.call('cardMergeDuplicate', { workshopId: workshop.id, cardId: duplicate!.id, intoCardId: kept!.id });
  return { workshop, session, kept: kept!, duplicate: duplicate! };
}

/** The votes each card of the board now counts, through the ids merged into it. */
async function votesPerCard(t: TestCore, workshopId: string): Promise<Record<string, number>> {
  const b = await board(t, workshopId);
  const kept = keptCardIds(allCards(b));
  const texts = new Map(allCards(b).map((card) => [card.id, card.text]));
  const [session] = (await t.call('votingSessionsList', { workshopId })).sessions;
  const counts: Record<string, number> = {};
  for (const item of session!.results!.items) {
    const cardId = item.sourceCardId && kept.get(item.sourceCardId);
    if (!cardId) continue;
    const text = texts.get(cardId)!;
    counts[text] = (counts[text] ?? 0) + item.votes;
  }
  return counts;
}

describe('groups and duplicates in a workshop file', () => {
  test('the sample’s groups and merged duplicates come back from its file, in order, with their authors', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const text = fileText(await t.call('workshopExportFile', { workshopId: sample.id }));
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: WORKSHOP_FILE_VERSION });

    const imported = await t.call('workshopImportFile', { text });
    const [before, after] = [await board(t, sample.id), await board(t, imported.id)];

    expect(drawnBoard(after)).toEqual(drawnBoard(before));
    expect(drawnBoard(before).flat()).toContain('L’arrivée du soir[Vingt minutes d’attente à l’enregistrement tardif, Wi-Fi lent dans les chambres]');
    expect(duplicatesOf(after)).toEqual(duplicatesOf(before));
    expect(duplicatesOf(before)).toEqual({
      'Ses préférences oubliées d’un séjour à l’autre': ['Redonner ses préférences à chaque arrivée (Inès Duarte)'],
      'Vingt minutes d’attente à l’enregistrement tardif': ['La file à la réception après 22\u00a0h (Émilie Garnier)'],
    });
    const groupIds = (b: Board) => new Set(b.journeyMaps.flatMap((m) => m.groups.map((g) => g.id)));
    expect([...groupIds(after)].filter((id) => groupIds(before).has(id))).toEqual([]);
  });

  test('votes cast on a duplicate before it was merged still count for the card it joined, after an import', async () => {
    const t = await startTestCore();
    const { workshop } = await votedThenMerged(t);
    expect(await votesPerCard(t, workshop.id)).toEqual({ Attente: 4, Prix: 0 });

    const imported = await t.call('workshopImportFile', { text: fileText(await t.call('workshopExportFile', { workshopId: workshop.id })) });

    expect(await votesPerCard(t, imported.id)).toEqual({ Attente: 4, Prix: 0 });
  });

  test('a file of the first version, without groups or duplicates, still imports', async () => {
    const t = await startTestCore();
    const version1 = {
      format: 'atelier-workshop',
      schemaVersion: 1,
      workshop: { title: 'Ancien fichier', date: '2025-06-02', language: 'fr', createdAt: '2025-06-01T10:00:00.000Z', updatedAt: '2025-06-01T10:00:00.000Z' },
      boards: {
        personas: [
          {
            id: 'p',
            name: 'Léa',
            sections: [
              {
                id: 's',
                title: 'Besoins',
                cards: ['Gagner du temps', 'Payer vite'].map((text, position) => ({
                  id: `c${position}`,
                  container: { kind: 'section', sectionId: 's' },
                  position,
                  text,
                  color: 'yellow',
                  author: 'Marc',
                  severity: null,
                  momentOfTruthId: null,
                  measureType: null,
                  createdAt: '2025-06-01T10:00:00.000Z',
                  updatedAt: '2025-06-01T10:00:00.000Z',
                })),
              },
            ],
          },
        ],
      },
    };

    const imported = await t.call('workshopImportFile', { text: JSON.stringify(version1) });
    const b = await board(t, imported.id);

    expect(b.personas[0]!.sections[0]!.groups).toEqual([]);
    expect(b.personas[0]!.sections[0]!.cards.map((card) => [card.text, card.groupId, card.mergedFrom])).toEqual([
      ['Gagner du temps', null, []],
      ['Payer vite', null, []],
    ]);
  });

  test('a file’s groups are repaired: a card naming a group of another cell is ungrouped, an empty group dropped, a group drawn together', async () => {
    const t = await startTestCore();
    const at = '2025-06-01T10:00:00.000Z';
    const place = (stageId: string) => ({ kind: 'cell', mapId: 'm', stageId, laneId: 'l' });
    const card = (id: string, stageId: string, position: number, groupId: string | null) => ({ id, container: place(stageId), position, text: id, groupId, createdAt: at, updatedAt: at });
    const file = {
      format: 'atelier-workshop',
      schemaVersion: WORKSHOP_FILE_VERSION,
      workshop: { title: 'Réparé', date: '2025-06-02', language: 'fr', createdAt: at, updatedAt: at },
      boards: {
        journeyMaps: [
          {
            id: 'm',
            title: 'Parcours',
            stages: [{ id: 's1', title: 'Achat' }, { id: 's2', title: 'Usage' }],
            lanes: [{ id: 'l', kind: 'painPoints', title: 'Irritants' }],
            cards: [card('A', 's1', 0, 'g'), card('B', 's1', 1, null), card('C', 's1', 2, 'g'), card('D', 's2', 0, 'g')],
            groups: [
              { id: 'g', container: place('s1'), title: '  Attente  ', createdAt: at, updatedAt: at },
              { id: 'empty', container: place('s2'), title: 'Vide', createdAt: at, updatedAt: at },
            ],
          },
        ],
      },
    };

    const imported = await t.call('workshopImportFile', { text: JSON.stringify(file) });
    const b = await board(t, imported.id);

    expect(drawnBoard(b).filter((list) => list.length > 0)).toEqual([['Attente[A, C]', 'B'], ['D']]);
    expect(b.journeyMaps[0]!.groups).toHaveLength(1);
  });

  test.each([
    [
      'a group outside its map’s cells',
      { groups: [{ id: 'g', container: { kind: 'cell', mapId: 'm', stageId: 'elsewhere', laneId: 'l' }, createdAt: 'x', updatedAt: 'x' }] },
      {},
    ],
    ['a duplicate with the id of a card', {}, { mergedFrom: [{ id: 'c', text: 'Même' }] }],
    ['two groups with one id', { groups: [1, 2].map(() => ({ id: 'g', container: { kind: 'cell', mapId: 'm', stageId: 's', laneId: 'l' }, createdAt: 'x', updatedAt: 'x' })) }, {}],
    ['a group title over 120 characters', { groups: [{ id: 'g', title: 'x'.repeat(121), container: { kind: 'cell', mapId: 'm', stageId: 's', laneId: 'l' }, createdAt: 'x', updatedAt: 'x' }] }, {}],
  ])('a file with %s is refused as content, and nothing is written', async (_what, mapExtra, cardExtra) => {
    const t = await startTestCore();
    const file = {
      format: 'atelier-workshop',
      schemaVersion: WORKSHOP_FILE_VERSION,
      workshop: { title: 'Atelier', date: '2025-06-02', language: 'fr', createdAt: 'x', updatedAt: 'x' },
      boards: {
        journeyMaps: [
          {
            id: 'm',
            title: 'Parcours',
            stages: [{ id: 's', title: 'Achat' }],
            lanes: [{ id: 'l', kind: 'painPoints', title: 'Irritants' }],
            cards: [{ id: 'c', text: 'Attente', container: { kind: 'cell', mapId: 'm', stageId: 's', laneId: 'l' }, createdAt: 'x', updatedAt: 'x', ...cardExtra }],
            ...mapExtra,
          },
        ],
      },
    };
    const before = await t.call('workshopsList', { view: 'current' });

    const error = await t.refused('workshopImportFile', { text: JSON.stringify(file) });

    expect(error).toMatchObject({ code: 'invalid_input', reason: 'file_content' });
    expect(await t.call('workshopsList', { view: 'current' })).toEqual(before);
  });
});

describe('groups and duplicates of a duplicated workshop', () => {
  test('the copy has the same groups and duplicates under new ids, and its votes on a merged card still count for the card kept', async () => {
    const t = await startTestCore();
    const { workshop } = await votedThenMerged(t);
    const before = await board(t, workshop.id);

    const copy = await t.call('workshopDuplicate', { id: workshop.id });
    const after = await board(t, copy.id);

    expect(drawnBoard(after)).toEqual(drawnBoard(before));
    expect(duplicatesOf(after)).toEqual(duplicatesOf(before));
    const ids = (b: Board) => new Set([...b.journeyMaps.flatMap((m) => m.groups.map((g) => g.id)), ...allCards(b).flatMap((c) => c.mergedFrom.map((m) => m.id))]);
    expect([...ids(after)].filter((id) => ids(before).has(id))).toEqual([]);
    expect(await votesPerCard(t, copy.id)).toEqual({ Attente: 4, Prix: 0 });
  });

  test('purging a workshop removes its groups', async () => {
    const t = await startTestCore();
    const { workshop } = await votedThenMerged(t);
    const db = rawConnection(defaultDatabasePath(t.dataDir), { readonly: true });
    const groupsOf = () => db.prepare('SELECT count(*) FROM card_groups WHERE workshop_id = ?').pluck().get(workshop.id);
    expect(groupsOf()).toBe(1);

    await t.call('workshopTrash', { id: workshop.id });
    await t.call('workshopPurge', { id: workshop.id });

    expect(groupsOf()).toBe(0);
  });
});
