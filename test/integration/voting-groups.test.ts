import { describe, expect, test } from 'vitest';
import type { VotingCandidate } from '../../shared/domain/voting';
import { phoneJoins, roomWithBoards, startSharingCore, type SharingCore } from '../helpers/participants';

/** Pain points of two stages, three of the first grouped as "Attente", and a frustration. */
async function boardWithGroups(t: SharingCore) {
  const room = await roomWithBoards(t);
  const [stage1, stage2] = room.stages;
  const cell = (stageId: string | undefined) => ({ kind: 'cell' as const, mapId: room.map.id, stageId: stageId ?? '', laneId: room.painLane });
  const add = (stageId: string | undefined, text: string) => t.call('cardCreate', { workshopId: room.workshop.id, container: cell(stageId), text });
  const queue = await add(stage1, 'File d’attente en caisse');
  const site = await add(stage1, 'Site lent sur mobile');
  const wait = await add(stage1, 'Attente trop longue à l’accueil');
  const desk = await add(stage1, 'Trop d’attente au guichet');
  const price = await add(stage2, 'Prix peu clairs');
  const group = await t.call('groupFromCards', { workshopId: room.workshop.id, cardIds: [queue.id, wait.id, desk.id], title: 'Attente' });
  await t.call('cardCreate', { workshopId: room.workshop.id, container: { kind: 'section', sectionId: room.frustrations }, text: 'Relancer le SAV' });
  return { room, group, cards: { queue: queue.id, site: site.id, wait: wait.id, desk: desk.id, price: price.id } };
}

const described = (c: VotingCandidate) => (c.kind === 'group' ? ['group', c.text, c.members.map((m) => m.text)] : ['card', c.text]);

describe('voting on groups', () => {
  test('a group is offered once, where it sits, with its cards beneath, and its cards are not offered on their own', async () => {
    const t = await startSharingCore();
    const { room, group } = await boardWithGroups(t);

    const candidates = await t.call('votingCandidates', { workshopId: room.workshop.id });

    expect(candidates.map(described)).toEqual([
      ['group', 'Attente', ['File d’attente en caisse', 'Attente trop longue à l’accueil', 'Trop d’attente au guichet']],
      ['card', 'Site lent sur mobile'],
      ['card', 'Prix peu clairs'],
      ['card', 'Relancer le SAV'],
    ]);
    expect(candidates[0]).toMatchObject({ kind: 'group', groupId: group.id, list: 'painPoint', stageId: room.stages[0], mapId: room.map.id });
  });

  test('an unnamed group is offered under its cards’ texts', async () => {
    const t = await startSharingCore();
    const { room, group } = await boardWithGroups(t);
    await t.call('groupRename', { workshopId: room.workshop.id, groupId: group.id, title: '' });

    const [first] = await t.call('votingCandidates', { workshopId: room.workshop.id });

    expect(first?.text).toBe('File d’attente en caisse · Attente trop longue à l’accueil · Trop d’attente au guichet');
  });

  test('a grouped card alone, a group twice, or a group of another workshop is refused, and nothing is created', async () => {
    const t = await startSharingCore();
    const { room, group, cards } = await boardWithGroups(t);
    const other = await boardWithGroups(t);

    expect(await t.refused('votingSessionCreate', { workshopId: room.workshop.id, cardIds: [cards.wait] })).toMatchObject({ code: 'invalid_input', field: 'cardIds' });
    expect(await t.refused('votingSessionCreate', { workshopId: room.workshop.id, groupIds: [group.id, group.id] })).toMatchObject({ code: 'invalid_input', field: 'groupIds' });
    expect(await t.refused('votingSessionCreate', { workshopId: room.workshop.id, groupIds: [other.group.id] })).toMatchObject({ code: 'invalid_input', field: 'groupIds' });
    expect((await t.call('votingSessionsList', { workshopId: room.workshop.id })).sessions).toEqual([]);
  });

  test('from setup to a second round: the group item keeps its title and cards, phones see them, and its votes are counted and ranked per stage', async () => {
    const t = await startSharingCore();
    const { room, group, cards } = await boardWithGroups(t);
    const sharing = await t.call('sharingStart', { workshopId: room.workshop.id });
    const ana = await phoneJoins(sharing, 'Ana');
    const bruno = await phoneJoins(sharing, 'Bruno');

    const session = await t.call('votingSessionCreate', {
      workshopId: room.workshop.id,
      cardIds: [cards.site, cards.price],
      groupIds: [group.id],
      rules: { dotsPerVoter: 5, maxPerItem: 3, anonymous: false },
    });
    expect(session.items.map((i) => [i.text, i.source, i.sourceGroupId, i.members, i.memberCardIds])).toEqual([
      ['Site lent sur mobile', 'painPoint', null, [], []],
      ['Prix peu clairs', 'painPoint', null, [], []],
      [
        'Attente',
        'group',
        group.id,
        ['File d’attente en caisse', 'Attente trop longue à l’accueil', 'Trop d’attente au guichet'],
        [cards.queue, cards.wait, cards.desk],
      ],
    ]);
    // A snapshot: renaming the group or editing a card later changes nothing of the vote.
    await t.call('groupRename', { workshopId: room.workshop.id, groupId: group.id, title: 'Autre nom' });
    await t.call('cardUpdate', { cardId: cards.queue, patch: { text: 'Autre texte' } });
    const [site, price, attente] = session.items.map((i) => i.id);

    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    const open = await ana.next((m) => m.type === 'state' && m.state.vote?.phase === 'open');
    expect(open.type === 'state' && open.state.vote?.items.map((i) => [i.text, i.members])).toEqual([
      ['Site lent sur mobile', []],
      ['Prix peu clairs', []],
      ['Attente', ['File d’attente en caisse', 'Attente trop longue à l’accueil', 'Trop d’attente au guichet']],
    ]);
    expect(await ana.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: attente, count: 3 }, { itemId: site, count: 2 }] })).toMatchObject({ type: 'ack' });
    expect(await bruno.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: attente, count: 2 }, { itemId: price, count: 1 }] })).toMatchObject({ type: 'ack' });

    const revealed = await t.call('votingPhaseSet', { sessionId: session.id, action: 'reveal' });

    expect(revealed.results?.items.map((r) => [r.text, r.votes, r.rank, r.voterCount, r.members.length])).toEqual([
      ['Attente', 5, 1, 2, 3],
      ['Site lent sur mobile', 2, 2, 1, 0],
      ['Prix peu clairs', 1, 3, 1, 0],
    ]);
    expect(revealed.results?.items[0]).toMatchObject({ source: 'group', sourceGroupId: group.id, memberCardIds: [cards.queue, cards.wait, cards.desk] });
    expect(revealed.results?.byStage.map((s) => [s.stageId, s.items.map((i) => [i.text, i.rank]), s.votes])).toEqual([
      [room.stages[0], [['Attente', 1], ['Site lent sur mobile', 2]], 7],
      [room.stages[1], [['Prix peu clairs', 1]], 1],
    ]);
    const phoneResults = await bruno.next((m) => m.type === 'state' && m.state.vote?.phase === 'revealed');
    expect(phoneResults.type === 'state' && phoneResults.state.vote?.results?.items[0]).toMatchObject({ text: 'Attente', votes: 5, members: expect.arrayContaining(['Trop d’attente au guichet']) });

    const second = await t.call('votingSecondRound', { sessionId: session.id, topN: 2 });

    expect(second.items.map((i) => [i.text, i.source, i.sourceGroupId, i.members.length, i.memberCardIds])).toEqual([
      ['Site lent sur mobile', 'painPoint', null, 0, []],
      ['Attente', 'group', group.id, 3, [cards.queue, cards.wait, cards.desk]],
    ]);
    const csv = await t.call('reportExportCsv', { workshopId: room.workshop.id, kind: 'votes' });
    const csvText = csv.status === 'download' ? Buffer.from(csv.dataBase64, 'base64').toString('utf8') : '';
    expect(csvText).toContain('"File d’attente en caisse\nAttente trop longue à l’accueil\nTrop d’attente au guichet"');
  });

  test('a vote on a group survives the workshop file: exported, imported as a new workshop, its cards remapped', async () => {
    const t = await startSharingCore();
    const { room, group } = await boardWithGroups(t);
    const session = await t.call('votingSessionCreate', { workshopId: room.workshop.id, groupIds: [group.id] });
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    await t.call('votingProxyBallot', { sessionId: session.id, name: 'Chloé', dots: [{ itemId: session.items[0]!.id, count: 2 }] });
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'reveal' });

    const exported = await t.call('workshopExportFile', { workshopId: room.workshop.id });
    expect(exported.status).toBe('download');
    const text = exported.status === 'download' ? Buffer.from(exported.dataBase64, 'base64').toString('utf8') : '';
    const imported = await t.call('workshopImportFile', { text });

    const voting = await t.call('votingSessionsList', { workshopId: imported.id });
    const item = voting.sessions[0]!.items[0]!;
    expect(item).toMatchObject({ text: 'Attente', source: 'group', members: ['File d’attente en caisse', 'Attente trop longue à l’accueil', 'Trop d’attente au guichet'] });
    const board = await t.call('boardGet', { workshopId: imported.id });
    const importedIds = new Set(board.journeyMaps.flatMap((m) => m.cards.map((c) => c.id)));
    expect(item.memberCardIds).toHaveLength(3);
    expect(item.memberCardIds.every((id) => importedIds.has(id))).toBe(true);
    expect(voting.sessions[0]!.results?.items[0]).toMatchObject({ text: 'Attente', votes: 2, members: item.members });
  });
});
