import { describe, expect, test } from 'vitest';
import { startTestCore } from '../helpers/core';
import { roomWithBoards, type SharingCore } from '../helpers/participants';

const QUEUE_CARDS = ['File d’attente en caisse', 'Attente trop longue à l’accueil', 'Trop d’attente au guichet'];

/** Pain points of the first stage, three of them grouped as "Attente", and the agenda's prioritisation step. */
async function boardWithGroup(t: SharingCore) {
  const room = await roomWithBoards(t);
  const cell = { kind: 'cell' as const, mapId: room.map.id, stageId: room.stages[0] ?? '', laneId: room.painLane };
  const add = (text: string) => t.call('cardCreate', { workshopId: room.workshop.id, container: cell, text });
  const [queue, wait, desk] = [await add(QUEUE_CARDS[0]!), await add(QUEUE_CARDS[1]!), await add(QUEUE_CARDS[2]!)];
  const site = await add('Site lent sur mobile');
  const group = await t.call('groupFromCards', { workshopId: room.workshop.id, cardIds: [queue.id, wait.id, desk.id], title: 'Attente' });
  const step = room.workshop.steps.find((s) => s.kind === 'prioritisation');
  if (!step) throw new Error('the template has no prioritisation step');
  return { room, group, site, step, workshopId: room.workshop.id };
}

describe('card groups on the matrix', () => {
  test('a group added by hand waits in the tray under its title, its cards listed, once only; undo takes it back', async () => {
    const t = await startTestCore();
    const { group, site, step, workshopId } = await boardWithGroup(t);
    const created = await t.call('matrixCreate', { workshopId, stepId: step.id });
    const matrixId = created.matrices[0]!.id;

    const state = await t.call('matrixItemAdd', { workshopId, matrixId, source: { kind: 'group', groupId: group.id } });
    await t.call('matrixItemAdd', { workshopId, matrixId, source: { kind: 'card', cardId: site.id } });

    const again = await t.restart();
    const [matrix] = (await again.call('matricesList', { workshopId })).matrices;
    expect(matrix!.items.map((item) => [item.text, item.votes, item.members, item.placement, item.source.kind])).toEqual([
      ['Attente', null, QUEUE_CARDS, null, 'group'],
      ['Site lent sur mobile', null, [], null, 'card'],
    ]);
    expect(state.matrices[0]!.items[0]!.source).toEqual({ kind: 'group', groupId: group.id });
    expect(await again.refused('matrixItemAdd', { workshopId, matrixId, source: { kind: 'group', groupId: group.id } })).toMatchObject({ code: 'conflict' });
    expect(await again.refused('matrixItemAdd', { workshopId, matrixId, source: { kind: 'group', groupId: 'nope-nope-nope' } })).toMatchObject({ code: 'not_found' });

    await again.call('matrixUndo', { workshopId });
    const undone = await again.call('matrixUndo', { workshopId });
    expect(undone.matrices[0]!.items).toEqual([]);
  });

  test('an unnamed group added by hand is shown under its cards’ texts', async () => {
    const t = await startTestCore();
    const { group, step, workshopId } = await boardWithGroup(t);
    await t.call('groupRename', { workshopId, groupId: group.id, title: '' });
    const matrixId = (await t.call('matrixCreate', { workshopId, stepId: step.id })).matrices[0]!.id;

    const state = await t.call('matrixItemAdd', { workshopId, matrixId, source: { kind: 'group', groupId: group.id } });

    expect(state.matrices[0]!.items[0]).toMatchObject({ text: QUEUE_CARDS.join(' · '), members: QUEUE_CARDS });
  });

  test('a revealed vote on a group feeds the matrix with the group item, its dots and its cards', async () => {
    const t = await startTestCore();
    const { group, site, step, workshopId } = await boardWithGroup(t);
    const session = await t.call('votingSessionCreate', { workshopId, cardIds: [site.id], groupIds: [group.id] });
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    const id = (text: string) => session.items.find((item) => item.text === text)!.id;
    await t.call('votingProxyBallot', { sessionId: session.id, name: 'Ana', dots: [{ itemId: id('Attente'), count: 3 }, { itemId: id('Site lent sur mobile'), count: 1 }] });
    await t.call('votingProxyBallot', { sessionId: session.id, name: 'Bruno', dots: [{ itemId: id('Attente'), count: 2 }] });
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'reveal' });
    // The group changes after the vote: the matrix keeps what was voted on.
    await t.call('groupRename', { workshopId, groupId: group.id, title: 'Files d’attente' });

    const state = await t.call('matrixCreate', { workshopId, stepId: step.id, sessionId: session.id, topN: 5 });

    expect(state.matrices[0]!.items.map((item) => [item.text, item.votes, item.members, item.source])).toEqual([
      ['Attente', 5, QUEUE_CARDS, { kind: 'voteItem', sessionId: session.id, itemId: id('Attente') }],
      ['Site lent sur mobile', 1, [], { kind: 'voteItem', sessionId: session.id, itemId: id('Site lent sur mobile') }],
    ]);
    const again = await t.restart();
    expect((await again.call('matricesList', { workshopId })).matrices[0]!.items[0]!.members).toEqual(QUEUE_CARDS);
  });
});
