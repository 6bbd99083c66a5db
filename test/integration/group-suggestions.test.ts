import { describe, expect, test } from 'vitest';
import { startTestCore } from '../helpers/core';
import { addCards, board, boardWorkshop, cardsIn, cell, inSection, section } from '../helpers/boards';

describe('suggesting groups on a real database', () => {
  test('proposes the similar loose cards of one journey cell, and changes nothing', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'fr');
    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    const pains = cell(map, 1, 'painPoints');
    const cards = await addCards(t, workshop.id, pains, [
      "Attente trop longue à l'accueil",
      'Le wifi ne marche pas',
      "File d'attente interminable",
      'Pas de wifi pour les clients',
      'Parking introuvable',
    ]);
    // The same words in another cell are not part of this list.
    await addCards(t, workshop.id, cell(map, 2, 'painPoints'), ["Encore de l'attente"]);
    const before = await board(t, workshop.id);
    t.clearEvents();

    const { suggestions } = await t.call('groupSuggest', { workshopId: workshop.id, container: pains });

    const id = (i: number) => cards[i]?.id;
    expect(suggestions).toEqual([
      { title: 'Attente', cardIds: [id(0), id(2)] },
      { title: 'Wifi', cardIds: [id(1), id(3)] },
    ]);
    expect(t.events).toEqual([]);
    expect((await board(t, workshop.id)).revision).toBe(before.revision);
  });

  test('leaves out cards already grouped, and accepting a proposal makes it a group', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'en');
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Sam' });
    const frustrations = inSection(section(persona, 'Frustrations').id);
    const cards = await addCards(t, workshop.id, frustrations, [
      'Delivery arrived late',
      'The checkout queue is too long',
      'Late delivery with no tracking',
      'Long queue at the checkout',
    ]);
    const first = await t.call('groupSuggest', { workshopId: workshop.id, container: frustrations });
    const delivery = first.suggestions.find((s) => s.title === 'Delivery, late');
    expect(delivery?.cardIds).toEqual([cards[0]?.id, cards[2]?.id]);

    const group = await t.call('groupFromCards', { workshopId: workshop.id, cardIds: delivery?.cardIds ?? [], title: delivery?.title ?? '' });

    expect(group.title).toBe('Delivery, late');
    const grouped = cardsIn(await board(t, workshop.id), frustrations).filter((c) => c.groupId === group.id);
    expect(grouped.map((c) => c.text)).toEqual(['Delivery arrived late', 'Late delivery with no tracking']);
    const again = await t.call('groupSuggest', { workshopId: workshop.id, container: frustrations });
    expect(again.suggestions).toEqual([{ title: 'Checkout, queue', cardIds: [cards[1]?.id, cards[3]?.id] }]);
  });

  test('refuses a list of another workshop, an unknown stage, or a malformed container', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'fr');
    const other = await boardWorkshop(t, 'fr');
    const map = await t.call('journeyCreate', { workshopId: other.id, personaId: null });
    const otherCell = cell(map, 0, 'painPoints');

    expect((await t.refused('groupSuggest', { workshopId: workshop.id, container: otherCell })).code).toBe('forbidden');
    expect((await t.refused('groupSuggest', { workshopId: other.id, container: { ...otherCell, stageId: map.lanes[0]?.id } })).code).toBe('invalid_input');
    expect((await t.refused('groupSuggest', { workshopId: workshop.id, container: { kind: 'shelf' } })).code).toBe('invalid_input');
    expect((await t.refused('groupSuggest', { workshopId: 'nope', container: otherCell })).code).toBe('invalid_input');
  });
});
