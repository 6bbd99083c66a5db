import { describe, expect, test } from 'vitest';
import type { BallotDot } from '../../shared/domain/voting';
import { phoneJoins, roomWithBoards, startSharingCore } from '../helpers/participants';

const PHONES = 50;

/** A ballot for phone i: spread over the items so every total is different and checkable. */
function ballotFor(i: number, items: string[]): BallotDot[] {
  const first = items[i % items.length]!;
  const second = items[(i * 3 + 1) % items.length]!;
  if (first === second) return [{ itemId: first, count: 3 }];
  return [
    { itemId: first, count: 3 },
    { itemId: second, count: 1 + (i % 2) },
  ];
}

describe('fifty phones voting at once', () => {
  test('every acknowledged ballot counts exactly once, and the totals are exact', async () => {
    const t = await startSharingCore();
    const room = await roomWithBoards(t);
    const sharing = await t.call('sharingStart', { workshopId: room.workshop.id });
    const session = await t.call('votingSessionCreate', {
      workshopId: room.workshop.id,
      typedItems: ['Accueil', 'Parking', 'Attente', 'Prix', 'Site web'],
    });
    const items = session.items.map((i) => i.id);
    const phones = await Promise.all(Array.from({ length: PHONES }, (_, i) => phoneJoins(sharing, `Personne ${i + 1}`)));
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    await Promise.all(phones.map((p) => p.next((m) => m.type === 'state' && m.state.vote?.phase === 'open')));

    // Every phone sends a first ballot, and every fifth changes its mind straight after: only the
    // last ballot of each phone may count.
    const answers = await Promise.all(
      phones.map(async (phone, i) => {
        const first = await phone.ask({ type: 'vote', sessionId: session.id, dots: ballotFor(i, items) });
        if (i % 5 !== 0) return [first];
        return [first, await phone.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: items[4]!, count: 1 }] })];
      }),
    );

    expect(answers.flat().every((a) => a.type === 'ack')).toBe(true);
    const expected = new Map(items.map((id) => [id, 0]));
    phones.forEach((_, i) => {
      const last = i % 5 === 0 ? [{ itemId: items[4]!, count: 1 }] : ballotFor(i, items);
      for (const dot of last) expected.set(dot.itemId, (expected.get(dot.itemId) ?? 0) + dot.count);
    });
    expect(t.eventsOf('votingChanged').at(-1)).toEqual({ workshopId: session.workshopId, sessionId: session.id, ballotsOnly: true });
    const view = (await t.call('votingSessionsList', { workshopId: session.workshopId })).sessions[0]!;
    expect(view).toMatchObject({ voterCount: PHONES, votedCount: PHONES });

    const revealed = await t.call('votingPhaseSet', { sessionId: session.id, action: 'reveal' });
    const totals = new Map(revealed.results!.items.map((r) => [r.itemId, r.votes]));
    expect(totals).toEqual(expected);
    expect(revealed.results?.votersVoted).toBe(PHONES);
    expect(revealed.results?.totalVotes).toBe([...expected.values()].reduce((a, b) => a + b, 0));
  });
});
