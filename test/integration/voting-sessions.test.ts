import { describe, expect, test } from 'vitest';
import type { VotingSessionView } from '../../shared/domain/voting';
import { roomWithBoards, startSharingCore, type RoomBoards, type SharingCore } from '../helpers/participants';

/** Pain points on two stages and one persona frustration. */
async function boardWithPainPoints(t: SharingCore): Promise<RoomBoards & { cards: Record<string, string> }> {
  const room = await roomWithBoards(t);
  const [stage1, stage2] = room.stages;
  const cell = (stageId: string | undefined) => ({ kind: 'cell' as const, mapId: room.map.id, stageId: stageId ?? '', laneId: room.painLane });
  const wait = await t.call('cardCreate', { workshopId: room.workshop.id, container: cell(stage2), text: 'File d’attente en caisse' });
  const site = await t.call('cardCreate', { workshopId: room.workshop.id, container: cell(stage1), text: 'Site lent sur mobile' });
  const price = await t.call('cardCreate', { workshopId: room.workshop.id, container: cell(stage1), text: 'Prix peu clairs' });
  const tired = await t.call('cardCreate', {
    workshopId: room.workshop.id,
    container: { kind: 'section', sectionId: room.frustrations },
    text: 'Relancer trois fois le SAV',
  });
  // A card in another lane is not a pain point.
  const action = room.map.lanes.find((l) => l.kind === 'actions')!;
  await t.call('cardCreate', {
    workshopId: room.workshop.id,
    container: { kind: 'cell', mapId: room.map.id, stageId: stage1 ?? '', laneId: action.id },
    text: 'Compare les prix',
  });
  return { ...room, cards: { wait: wait.id, site: site.id, price: price.id, tired: tired.id } };
}

async function openVote(t: SharingCore, room: RoomBoards & { cards: Record<string, string> }, rules = {}): Promise<VotingSessionView> {
  const session = await t.call('votingSessionCreate', {
    workshopId: room.workshop.id,
    cardIds: [room.cards.site!, room.cards.price!, room.cards.wait!],
    typedItems: ['Horaires d’ouverture'],
    rules,
  });
  return t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
}

const itemId = (s: VotingSessionView, text: RegExp) => s.items.find((i) => text.test(i.text))!.id;

describe('choosing what to vote on', () => {
  test('candidates are the journey’s pain-point cards stage by stage, then persona frustrations', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);

    const candidates = await t.call('votingCandidates', { workshopId: room.workshop.id });

    expect(candidates.map((c) => [c.source, c.text, c.stageTitle])).toEqual([
      ['painPoint', 'Site lent sur mobile', room.map.stages[0]!.title],
      ['painPoint', 'Prix peu clairs', room.map.stages[0]!.title],
      ['painPoint', 'File d’attente en caisse', room.map.stages[1]!.title],
      ['frustration', 'Relancer trois fois le SAV', null],
    ]);
    expect(candidates[3]).toMatchObject({ personaName: 'Léa', mapId: null });
  });

  test('a session copies the picked cards’ text, then the typed items, and starts in setup with default rules', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);

    const session = await t.call('votingSessionCreate', {
      workshopId: room.workshop.id,
      cardIds: [room.cards.tired!, room.cards.wait!],
      typedItems: ['Parking'],
    });

    expect(session).toMatchObject({ phase: 'setup', round: 1, rules: { dotsPerVoter: 5, maxPerItem: 3, anonymous: false }, results: null });
    expect(session.title).toBe('Vote sur les irritants');
    expect(session.items.map((i) => [i.text, i.source, i.sourceCardId])).toEqual([
      ['Relancer trois fois le SAV', 'frustration', room.cards.tired],
      ['File d’attente en caisse', 'painPoint', room.cards.wait],
      ['Parking', 'typed', null],
    ]);
    // The item is a snapshot: editing the card later does not change what was voted on.
    await t.call('cardUpdate', { cardId: room.cards.wait!, patch: { text: 'Autre texte' } });
    const again = await t.call('votingSessionsList', { workshopId: room.workshop.id });
    expect(again.sessions[0]!.items[1]!.text).toBe('File d’attente en caisse');
  });

  test('a card that is not a pain point or frustration of this workshop is refused, and nothing is created', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const other = await roomWithBoards(t);

    const error = await t.refused('votingSessionCreate', { workshopId: other.workshop.id, cardIds: [room.cards.wait] });

    expect(error).toMatchObject({ code: 'invalid_input', field: 'cardIds' });
    expect((await t.call('votingSessionsList', { workshopId: other.workshop.id })).sessions).toEqual([]);
  });

  test('items and rules change in setup only', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const session = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['A'] });

    const added = await t.call('votingItemAdd', { sessionId: session.id, item: { cardId: room.cards.price! } });
    const edited = await t.call('votingItemUpdate', { itemId: added.items[0]!.id, text: 'A, précisé' });
    const ruled = await t.call('votingSessionUpdate', { sessionId: session.id, patch: { rules: { dotsPerVoter: 3, anonymous: true } } });
    expect(edited.items.map((i) => i.text)).toEqual(['A, précisé', 'Prix peu clairs']);
    expect(ruled.rules).toEqual({ dotsPerVoter: 3, maxPerItem: 3, anonymous: true });

    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    expect(await t.refused('votingItemAdd', { sessionId: session.id, item: { text: 'B' } })).toMatchObject({ code: 'conflict' });
    expect(await t.refused('votingItemRemove', { itemId: added.items[0]!.id })).toMatchObject({ code: 'conflict' });
    expect(await t.refused('votingSessionUpdate', { sessionId: session.id, patch: { rules: { dotsPerVoter: 9 } } })).toMatchObject({
      code: 'conflict',
    });
    const [now] = (await t.call('votingSessionsList', { workshopId: room.workshop.id })).sessions;
    expect(now?.items).toHaveLength(2);
    expect(now?.rules.dotsPerVoter).toBe(3);
  });

  test('rules out of range are refused by the contract', async () => {
    const t = await startSharingCore();
    const room = await roomWithBoards(t);
    expect(
      await t.refused('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['A'], rules: { dotsPerVoter: 21 } }),
    ).toMatchObject({ code: 'invalid_input' });
  });
});

describe('running a vote', () => {
  test('an empty session cannot open, and only one session of a workshop is open at a time', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const empty = await t.call('votingSessionCreate', { workshopId: room.workshop.id });
    expect(await t.refused('votingPhaseSet', { sessionId: empty.id, action: 'open' })).toMatchObject({ code: 'conflict' });

    await openVote(t, room);
    const second = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['X'] });
    const error = await t.refused('votingPhaseSet', { sessionId: second.id, action: 'open' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/close it first/);
  });

  test('phases move only as allowed: no reveal from setup, no closing twice', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const s = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['A'] });
    expect(await t.refused('votingPhaseSet', { sessionId: s.id, action: 'reveal' })).toMatchObject({ code: 'conflict' });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'open' });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'close' });
    expect(await t.refused('votingPhaseSet', { sessionId: s.id, action: 'close' })).toMatchObject({ code: 'conflict' });
  });

  test('proxy and laptop ballots are held to the same caps, and refused outside the open phase', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const setup = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['A', 'B'] });
    const a = setup.items[0]!.id;
    expect(await t.refused('votingProxyBallot', { sessionId: setup.id, name: 'Marc', dots: [{ itemId: a, count: 1 }] })).toMatchObject({
      code: 'conflict',
    });
    await t.call('votingPhaseSet', { sessionId: setup.id, action: 'open' });

    const overCap = await t.refused('votingProxyBallot', { sessionId: setup.id, name: 'Marc', dots: [{ itemId: a, count: 4 }] });
    const overTotal = await t.refused('votingLaptopBallot', {
      sessionId: setup.id,
      dots: [
        { itemId: a, count: 3 },
        { itemId: setup.items[1]!.id, count: 3 },
      ],
    });
    expect(overCap).toMatchObject({ code: 'invalid_input', field: 'dots' });
    expect(overTotal).toMatchObject({ code: 'invalid_input', field: 'dots' });
    expect(overTotal.message).toMatch(/At most 5 dots/);
    const view = (await t.call('votingSessionsList', { workshopId: room.workshop.id })).sessions[0]!;
    expect(view.votedCount).toBe(0);
    expect(view.voters).toEqual([]);
  });

  test('the facilitator sees who voted and who has not, never how they voted', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const session = await openVote(t, room);
    await t.call('votingVoterAdd', { sessionId: session.id, name: 'Claire (facilitator)' });

    const after = await t.call('votingProxyBallot', { sessionId: session.id, name: 'Marc', dots: [{ itemId: itemId(session, /Prix/), count: 3 }] });
    await t.call('votingLaptopBallot', { sessionId: session.id, name: 'Ana', dots: [{ itemId: itemId(session, /Site/), count: 2 }] });

    const view = (await t.call('votingSessionsList', { workshopId: session.workshopId })).sessions[0]!;
    expect(after.votedCount).toBe(1);
    expect(view).toMatchObject({ voterCount: 3, votedCount: 2, notVotedNames: ['Claire (facilitator)'], results: null });
    expect(view.voters.map((v) => [v.name, v.kind, v.hasVoted])).toEqual([
      ['Claire (facilitator)', 'proxy', false],
      ['Marc', 'proxy', true],
      ['Ana', 'laptop', true],
    ]);
    // Pushes say only that ballots changed: nothing of a ballot travels in them.
    expect(t.eventsOf('votingChanged').at(-1)).toEqual({ workshopId: session.workshopId, sessionId: session.id, ballotsOnly: true });
    const everything = JSON.stringify([t.eventsOf('votingChanged'), view]);
    expect(everything).not.toMatch(/"votes"|"count"/);
    expect(await t.refused('votingResults', { sessionId: session.id })).toMatchObject({ code: 'conflict' });
  });

  test('in anonymous mode nobody is named: only counts', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const session = await openVote(t, room, { anonymous: true });
    await t.call('votingVoterAdd', { sessionId: session.id, name: 'Bruno' });
    const view = await t.call('votingProxyBallot', { sessionId: session.id, name: 'Marc', dots: [{ itemId: itemId(session, /Prix/), count: 1 }] });

    expect(view).toMatchObject({ voterCount: 2, votedCount: 1, notVotedNames: [] });
    expect(view.voters.every((v) => v.name === null)).toBe(true);
  });

  test('the same proxy name again replaces that person’s ballot instead of adding a voter', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const s = await openVote(t, room);
    await t.call('votingProxyBallot', { sessionId: s.id, name: 'Marc', dots: [{ itemId: itemId(s, /Prix/), count: 3 }] });
    await t.call('votingProxyBallot', { sessionId: s.id, name: 'marc', dots: [{ itemId: itemId(s, /Site/), count: 1 }] });
    const revealed = await t.call('votingPhaseSet', { sessionId: s.id, action: 'reveal' });

    expect(revealed.voterCount).toBe(1);
    expect(revealed.results?.totalVotes).toBe(1);
    expect(revealed.results?.items[0]).toMatchObject({ text: 'Site lent sur mobile', votes: 1 });
  });
});

describe('results', () => {
  test('are ranked with ties sharing a rank, count the voters, and group pain points per stage', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const s = await openVote(t, room);
    const [site, price, wait, hours] = [itemId(s, /Site/), itemId(s, /Prix/), itemId(s, /File/), itemId(s, /Horaires/)];
    await t.call('votingLaptopBallot', { sessionId: s.id, dots: [{ itemId: wait, count: 3 }, { itemId: site, count: 2 }] });
    await t.call('votingLaptopBallot', { sessionId: s.id, dots: [{ itemId: price, count: 3 }, { itemId: site, count: 1 }] });
    await t.call('votingProxyBallot', { sessionId: s.id, name: 'Marc', dots: [{ itemId: site, count: 1 }] });

    const revealed = await t.call('votingPhaseSet', { sessionId: s.id, action: 'reveal' });
    const results = await t.call('votingResults', { sessionId: s.id });

    expect(revealed.results).toEqual(results);
    expect(results.items.map((r) => [r.text, r.votes, r.rank])).toEqual([
      ['Site lent sur mobile', 4, 1],
      ['Prix peu clairs', 3, 2],
      ['File d’attente en caisse', 3, 2],
      ['Horaires d’ouverture', 0, 4],
    ]);
    expect(results).toMatchObject({ votersVoted: 3, totalVotes: 10, maxVotes: 4 });
    expect(results.items[0]).toMatchObject({ voterCount: 3, sourceCardId: room.cards.site });
    expect(results.byStage.map((g) => [g.stageTitle, g.votes, g.items.map((r) => [r.text, r.rank])])).toEqual([
      [room.map.stages[0]!.title, 7, [['Site lent sur mobile', 1], ['Prix peu clairs', 2]]],
      [room.map.stages[1]!.title, 3, [['File d’attente en caisse', 1]]],
    ]);
    expect(hours).toBeDefined();
  });

  test('are stored: they survive a restart, and comments join them', async () => {
    const t = await startSharingCore({ keepDir: true });
    const room = await boardWithPainPoints(t);
    const s = await openVote(t, room);
    await t.call('votingLaptopBallot', { sessionId: s.id, dots: [{ itemId: itemId(s, /File/), count: 2 }] });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'reveal' });
    await t.call('votingCommentSet', { itemId: itemId(s, /File/), comment: 'Tester une file unique' });
    await t.close();

    const again = await startSharingCore({ dataDir: t.dataDir });
    const results = await again.call('votingResults', { sessionId: s.id });
    expect(results.items[0]).toMatchObject({ text: 'File d’attente en caisse', votes: 2, rank: 1, comment: 'Tester une file unique' });
  });

  test('reopening hides them again; the next reveal counts the new ballots', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const s = await openVote(t, room);
    await t.call('votingLaptopBallot', { sessionId: s.id, dots: [{ itemId: itemId(s, /Prix/), count: 1 }] });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'reveal' });

    const reopened = await t.call('votingPhaseSet', { sessionId: s.id, action: 'reopen' });
    expect(reopened).toMatchObject({ phase: 'open', results: null });
    expect(await t.refused('votingResults', { sessionId: s.id })).toMatchObject({ code: 'conflict' });
    await t.call('votingLaptopBallot', { sessionId: s.id, dots: [{ itemId: itemId(s, /Site/), count: 2 }] });
    const revealed = await t.call('votingPhaseSet', { sessionId: s.id, action: 'reveal' });
    expect(revealed.results?.totalVotes).toBe(3);
  });

  test('a second round takes the top N (ties at the cut kept) into a new linked session', async () => {
    const t = await startSharingCore();
    const room = await boardWithPainPoints(t);
    const s = await openVote(t, room);
    await t.call('votingLaptopBallot', {
      sessionId: s.id,
      dots: [
        { itemId: itemId(s, /Site/), count: 3 },
        { itemId: itemId(s, /Prix/), count: 1 },
        { itemId: itemId(s, /File/), count: 1 },
      ],
    });
    expect(await t.refused('votingSecondRound', { sessionId: s.id, topN: 2 })).toMatchObject({ code: 'conflict' });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'reveal' });

    const round2 = await t.call('votingSecondRound', { sessionId: s.id, topN: 2, rules: { dotsPerVoter: 3, maxPerItem: 1, anonymous: false } });

    expect(round2).toMatchObject({ round: 2, parentSessionId: s.id, phase: 'setup', rules: { dotsPerVoter: 3, maxPerItem: 1 } });
    expect(round2.title).toBe('Vote sur les irritants — tour 2');
    expect(round2.items.map((i) => i.text)).toEqual(['Site lent sur mobile', 'Prix peu clairs', 'File d’attente en caisse']);
    expect(round2.items.every((i) => !s.items.some((first) => first.id === i.id))).toBe(true);
    const list = await t.call('votingSessionsList', { workshopId: room.workshop.id });
    expect(list.sessions.map((x) => x.round)).toEqual([1, 2]);
    expect(list.currentSessionId).toBe(s.id);
  });
});
