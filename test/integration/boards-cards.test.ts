import { describe, expect, test } from 'vitest';
import type { Board, CardContainer } from '../../shared/domain/board';
import { applyBoardChange } from '../../shared/domain/board-change';
import { startTestCore, type TestCore } from '../helpers/core';
import { addCards, board, boardWorkshop, cell, expectDenseBoard, inSection, section, textsIn } from '../helpers/boards';

/** A workshop with two personas and a journey map, ready for cards. */
async function setUp(t: TestCore) {
  const workshop = await boardWorkshop(t, 'fr');
  const lea = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
  const marc = await t.call('personaCreate', { workshopId: workshop.id, name: 'Marc' });
  const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: lea.id });
  return { workshop, lea, marc, map, needs: inSection(section(lea, 'Besoins').id), desires: inSection(section(lea, 'Envies').id) };
}

describe('creating cards', () => {
  test('a card is added at the end by default, or at an index, with a colour and an author', async () => {
    const t = await startTestCore();
    const { workshop, needs } = await setUp(t);
    await addCards(t, workshop.id, needs, ['un', 'trois']);

    const card = await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: 'deux', index: 1, color: 'blue', author: 'Ana' });

    expect(card).toMatchObject({ container: needs, position: 1, text: 'deux', color: 'blue', author: 'Ana', severity: null, measureType: null });
    expect(card.createdAt).toBe('2025-06-02T09:00:00.000Z');
    const b = await board(t, workshop.id);
    expect(textsIn(b, needs)).toEqual(['un', 'deux', 'trois']);
    expectDenseBoard(b);
  });

  test('text is trimmed, and 500 characters fit', async () => {
    const t = await startTestCore();
    const { workshop, needs } = await setUp(t);
    const long = 'é'.repeat(500);

    expect((await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: `  ${long}  ` })).text).toBe(long);
  });

  test('markup is stored and read back verbatim, as text', async () => {
    const t = await startTestCore();
    const { workshop, needs } = await setUp(t);
    const texts = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">', '"><svg onload=alert(3)>', "'; DROP TABLE cards; --"];

    await addCards(t, workshop.id, needs, texts);

    expect(textsIn(await board(t, workshop.id), needs)).toEqual(texts);
  });

  test('every edit tells every view what changed: the card written and the next revision', async () => {
    const t = await startTestCore();
    const { workshop, needs } = await setUp(t);
    const before = await board(t, workshop.id);
    t.clearEvents();

    const card = await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: 'Gagner du temps' });

    expect(t.eventsOf('boardChanged')).toEqual([
      {
        workshopId: workshop.id,
        revision: before.revision + 1,
        canUndo: true,
        canRedo: false,
        diff: { cards: [card], removedCards: [], groups: [], removedGroups: [], personas: [], removedPersonas: [], maps: [], removedMaps: [] },
      },
    ]);
    const after = await board(t, workshop.id);
    expect(after.revision).toBe(before.revision + 1);
    // Applied to the board as it was, the push gives the board as it is.
    expect(applyBoardChange(before, t.eventsOf('boardChanged')[0]!)).toEqual(after);
  });

  test('a deleted card is pushed by id, a renamed persona without its cards, and a big change only as "read again"', async () => {
    const t = await startTestCore();
    const { workshop, needs, map } = await setUp(t);
    const [card] = await addCards(t, workshop.id, needs, ['Du pain', 'Du lait']);
    const persona = (await board(t, workshop.id)).personas[0]!;
    t.clearEvents();

    await t.call('cardDelete', { cardId: card!.id });
    await t.call('personaUpdate', { personaId: persona.id, patch: { name: 'Zoé' } });
    await t.call('stagesReorder', { mapId: map.id, stageIds: [...map.stages].reverse().map((s) => s.id) });
    await addCards(t, workshop.id, cell(map, 0, 'actions'), Array.from({ length: 30 }, (_, i) => `Carte ${i}`));
    await t.call('stageRemove', { stageId: map.stages[0]!.id });

    const [deleted, renamed, reordered] = t.eventsOf('boardChanged');
    expect(deleted?.diff).toMatchObject({ cards: [expect.objectContaining({ text: 'Du lait', position: 0 })], removedCards: [card!.id], personas: [] });
    expect(renamed?.diff?.personas).toEqual([expect.objectContaining({ id: persona.id, name: 'Zoé' })]);
    expect(JSON.stringify(renamed?.diff?.personas)).not.toContain('"cards"');
    expect(reordered?.diff?.maps.map((m) => m.stages.map((s) => s.title))).toEqual([[...map.stages].reverse().map((s) => s.title)]);
    // A stage deleted with its 30 cards is too much to push: the views read the board again.
    expect(t.eventsOf('boardChanged').at(-1)?.diff).toBeNull();
    for (const pushed of t.eventsOf('boardChanged')) expect(Buffer.byteLength(JSON.stringify(pushed))).toBeLessThan(4 * 1024);
  });
});

describe('editing and deleting cards', () => {
  test('text, colour and author change; updatedAt moves', async () => {
    const t = await startTestCore();
    const { workshop, needs } = await setUp(t);
    const [card] = await addCards(t, workshop.id, needs, ['Du pain']);
    t.clock.advance(60_000);

    const updated = await t.call('cardUpdate', { cardId: card!.id, patch: { text: 'Du pain chaud', color: 'green', author: null } });

    expect(updated).toMatchObject({ text: 'Du pain chaud', color: 'green', author: null });
    expect(updated).toMatchObject({ createdAt: card!.createdAt, updatedAt: '2025-06-02T09:01:00.000Z' });
  });

  test('deleting a card closes the gap', async () => {
    const t = await startTestCore();
    const { workshop, needs } = await setUp(t);
    const cards = await addCards(t, workshop.id, needs, ['a', 'b', 'c']);

    const b = await t.call('cardDelete', { cardId: cards[1]!.id });

    expect(textsIn(b, needs)).toEqual(['a', 'c']);
    expectDenseBoard(b);
  });
});

/** Moves a card, checks where it landed, and answers the board after the move. */
async function move(t: TestCore, workshopId: string, cardId: string, to: CardContainer, index: number): Promise<Board> {
  const card = await t.call('cardMove', { cardId, to, index });
  expect(card.container).toEqual(to);
  return board(t, workshopId);
}

describe('moving cards', () => {
  test('within a section, down and up', async () => {
    const t = await startTestCore();
    const { workshop, needs } = await setUp(t);
    const [a, , c] = await addCards(t, workshop.id, needs, ['a', 'b', 'c', 'd']);

    expect(textsIn(await move(t, workshop.id, a!.id, needs, 2), needs)).toEqual(['b', 'c', 'a', 'd']);
    const b = await move(t, workshop.id, c!.id, needs, 0);
    expect(textsIn(b, needs)).toEqual(['c', 'b', 'a', 'd']);
    expectDenseBoard(b);
  });

  test('between sections of one persona, keeping both orders', async () => {
    const t = await startTestCore();
    const { workshop, needs, desires } = await setUp(t);
    const [, b] = await addCards(t, workshop.id, needs, ['a', 'b', 'c']);
    await addCards(t, workshop.id, desires, ['x', 'y']);

    const after = await move(t, workshop.id, b!.id, desires, 1);

    expect(textsIn(after, needs)).toEqual(['a', 'c']);
    expect(textsIn(after, desires)).toEqual(['x', 'b', 'y']);
    expectDenseBoard(after);
  });

  test('between personas of the same workshop', async () => {
    const t = await startTestCore();
    const { workshop, needs, marc } = await setUp(t);
    const marcsNeeds = inSection(section(marc, 'Besoins').id);
    const [a] = await addCards(t, workshop.id, needs, ['a', 'b']);

    const after = await move(t, workshop.id, a!.id, marcsNeeds, 0);

    expect(textsIn(after, needs)).toEqual(['b']);
    expect(textsIn(after, marcsNeeds)).toEqual(['a']);
    expectDenseBoard(after);
  });

  test('between cells of a journey map, across stages and lanes', async () => {
    const t = await startTestCore();
    const { workshop, map } = await setUp(t);
    const from = cell(map, 0, 'actions');
    const to = cell(map, 3, 'thoughts');
    const [, b] = await addCards(t, workshop.id, from, ['a', 'b', 'c']);
    await addCards(t, workshop.id, to, ['x']);

    const after = await move(t, workshop.id, b!.id, to, 1);

    expect(textsIn(after, from)).toEqual(['a', 'c']);
    expect(textsIn(after, to)).toEqual(['x', 'b']);
    expectDenseBoard(after);
  });

  test('an index past the end of the target is refused', async () => {
    const t = await startTestCore();
    const { workshop, needs, desires } = await setUp(t);
    const [a] = await addCards(t, workshop.id, needs, ['a', 'b']);

    expect(await t.refused('cardMove', { cardId: a!.id, to: needs, index: 2 })).toMatchObject({ code: 'invalid_input', field: 'index' });
    expect(await t.refused('cardMove', { cardId: a!.id, to: desires, index: 1 })).toMatchObject({ code: 'invalid_input', field: 'index' });
  });

  test("into another workshop's board is forbidden", async () => {
    const t = await startTestCore();
    const mine = await setUp(t);
    const theirs = await setUp(t);
    const [a] = await addCards(t, mine.workshop.id, mine.needs, ['a']);

    expect(await t.refused('cardMove', { cardId: a!.id, to: theirs.needs, index: 0 })).toMatchObject({ code: 'forbidden' });
    expect(await t.refused('cardMove', { cardId: a!.id, to: cell(theirs.map, 0, 'actions'), index: 0 })).toMatchObject({ code: 'forbidden' });
    expect(await t.refused('cardCreate', { workshopId: mine.workshop.id, container: theirs.needs, text: 'x' })).toMatchObject({ code: 'forbidden' });
  });
});

describe('pain points, moments of truth and measures', () => {
  test('a pain point takes a severity and a moment of truth of its map', async () => {
    const t = await startTestCore();
    const { workshop, map } = await setUp(t);
    const [moment] = await addCards(t, workshop.id, cell(map, 2, 'momentsOfTruth'), ['Passage en caisse']);
    const [pain] = await addCards(t, workshop.id, cell(map, 2, 'painPoints'), ["File d'attente"]);

    const updated = await t.call('cardUpdate', { cardId: pain!.id, patch: { severity: 3, momentOfTruthId: moment!.id } });

    expect(updated).toMatchObject({ severity: 3, momentOfTruthId: moment!.id });
  });

  test('a measure card takes a type', async () => {
    const t = await startTestCore();
    const { workshop, map } = await setUp(t);
    const [measure] = await addCards(t, workshop.id, cell(map, 4, 'measures'), ['Taux de recommandation']);

    expect(await t.call('cardUpdate', { cardId: measure!.id, patch: { measureType: 'predictive' } })).toMatchObject({ measureType: 'predictive' });
  });

  test('a card leaving its lane sheds severity, tie and measure type', async () => {
    const t = await startTestCore();
    const { workshop, map, needs } = await setUp(t);
    const [moment] = await addCards(t, workshop.id, cell(map, 2, 'momentsOfTruth'), ['Caisse']);
    const [pain] = await addCards(t, workshop.id, cell(map, 2, 'painPoints'), ['Attente']);
    const [measure] = await addCards(t, workshop.id, cell(map, 4, 'measures'), ['NPS']);
    await t.call('cardUpdate', { cardId: pain!.id, patch: { severity: 2, momentOfTruthId: moment!.id } });
    await t.call('cardUpdate', { cardId: measure!.id, patch: { measureType: 'perception' } });

    const stillPain = await t.call('cardMove', { cardId: pain!.id, to: cell(map, 3, 'painPoints'), index: 0 });
    expect(stillPain).toMatchObject({ severity: 2, momentOfTruthId: moment!.id });

    const thought = await t.call('cardMove', { cardId: pain!.id, to: cell(map, 3, 'thoughts'), index: 0 });
    expect(thought).toMatchObject({ severity: null, momentOfTruthId: null });
    expect(await t.call('cardMove', { cardId: measure!.id, to: needs, index: 0 })).toMatchObject({ measureType: null });
  });

  test('a moment of truth that leaves its lane, or is deleted, unties its pain points', async () => {
    const t = await startTestCore();
    const { workshop, map } = await setUp(t);
    const [moment, other] = await addCards(t, workshop.id, cell(map, 2, 'momentsOfTruth'), ['Caisse', 'Livraison']);
    const [pain, pain2] = await addCards(t, workshop.id, cell(map, 2, 'painPoints'), ['Attente', 'Retard']);
    await t.call('cardUpdate', { cardId: pain!.id, patch: { momentOfTruthId: moment!.id } });
    await t.call('cardUpdate', { cardId: pain2!.id, patch: { momentOfTruthId: other!.id } });

    await t.call('cardMove', { cardId: moment!.id, to: cell(map, 5, 'momentsOfTruth'), index: 0 });
    let b = await board(t, workshop.id);
    expect(b.journeyMaps[0]!.cards.find((c) => c.id === pain!.id)?.momentOfTruthId).toBe(moment!.id);

    await t.call('cardMove', { cardId: moment!.id, to: cell(map, 5, 'opportunities'), index: 0 });
    await t.call('cardDelete', { cardId: other!.id });
    b = await board(t, workshop.id);
    expect(b.journeyMaps[0]!.cards.filter((c) => c.momentOfTruthId !== null)).toEqual([]);
  });
});

describe('a busy board', () => {
  test('a thousand cards on one map load complete and in order', async () => {
    const t = await startTestCore();
    const { workshop, map } = await setUp(t);
    const texts = Array.from({ length: 1000 }, (_, i) => `Carte ${i}`);
    for (const [i, text] of texts.entries()) {
      await t.call('cardCreate', { workshopId: workshop.id, container: cell(map, i % 7, 'actions'), text });
    }

    const b = await board(t, workshop.id);

    expect(b.journeyMaps[0]!.cards).toHaveLength(1000);
    expect(textsIn(b, cell(map, 6, 'actions'))).toEqual(texts.filter((_, i) => i % 7 === 6));
    expectDenseBoard(b);
  });
});
