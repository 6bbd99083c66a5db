import { describe, expect, test } from 'vitest';
import type { WorkshopVoting } from '../../shared/domain/voting';
import { TURNOUT_FIELDS, withTurnout, type VotingTurnout } from '../../shared/domain/voting-turnout';
import { phoneJoins, roomWithBoards, startSharingCore, type SharingCore } from '../helpers/participants';

/** The turnout fields of every session of a whole read, as a turnout read names them. */
function turnoutOfWhole(voting: WorkshopVoting, only: string | null = null): VotingTurnout {
  const sessions = voting.sessions
    .filter((s) => only === null || s.id === only)
    .map((s) => ({ sessionId: s.id, ...Object.fromEntries(TURNOUT_FIELDS.map((f) => [f, s[f]])) }));
  return { workshopId: voting.workshopId, sessionId: only, sessions } as VotingTurnout;
}

async function sharedVote(t: SharingCore) {
  const room = await roomWithBoards(t);
  const sharing = await t.call('sharingStart', { workshopId: room.workshop.id });
  const ana = await phoneJoins(sharing, 'Ana');
  const bruno = await phoneJoins(sharing, 'Bruno');
  const named = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['Accueil', 'Parking', 'Caisse'] });
  const anonymous = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['Prix', 'Site'], rules: { dotsPerVoter: 5, maxPerItem: 3, anonymous: true } });
  await t.call('votingVoterAdd', { sessionId: named.id, name: 'Claire' });
  await t.call('votingVoterAdd', { sessionId: anonymous.id, name: 'Claire' });
  return { room, sharing, ana, bruno, named, anonymous, workshopId: room.workshop.id };
}

const whole = (t: SharingCore, workshopId: string) => t.call('votingSessionsList', { workshopId });
const turnout = (t: SharingCore, workshopId: string, sessionId: string | null) => t.call('votingTurnout', { workshopId, sessionId });

describe('the turnout a view reads after a ballots-only push', () => {
  test('is the whole read’s, laid over the view read before the ballots it gives the view read after, named or anonymous, before and after reveal', async () => {
    const t = await startSharingCore();
    const { ana, bruno, named, anonymous, workshopId } = await sharedVote(t);
    const [a, b] = named.items.map((i) => i.id);

    await t.call('votingPhaseSet', { sessionId: named.id, action: 'open' });
    const beforeBallots = await whole(t, workshopId);
    expect(await ana.ask({ type: 'vote', sessionId: named.id, dots: [{ itemId: a!, count: 3 }, { itemId: b!, count: 2 }] })).toMatchObject({ type: 'ack' });
    await t.call('votingProxyBallot', { sessionId: named.id, name: 'Marc', dots: [{ itemId: b!, count: 1 }] });
    expect(t.eventsOf('votingChanged').at(-1)).toEqual({ workshopId, sessionId: named.id, ballotsOnly: true });

    const part = await turnout(t, workshopId, named.id);
    const afterBallots = await whole(t, workshopId);
    expect(part).toEqual(turnoutOfWhole(afterBallots, named.id));
    expect(part.sessions[0]).toMatchObject({ voterCount: 4, votedCount: 2, notVotedNames: ['Claire', 'Bruno'] });
    expect(withTurnout(beforeBallots, part)).toEqual(afterBallots);
    // Before reveal, as in the whole read, nothing says how anyone voted.
    expect(afterBallots.sessions[0]!.results).toBeNull();
    expect(JSON.stringify(part)).not.toMatch(/"votes"|"count"|"results"|"itemId"/);

    const revealed = await t.call('votingPhaseSet', { sessionId: named.id, action: 'reveal' });
    expect(revealed.results?.totalVotes).toBe(6);
    const afterReveal = await whole(t, workshopId);
    expect(await turnout(t, workshopId, named.id)).toEqual(turnoutOfWhole(afterReveal, named.id));
    // The results come with the whole read the reveal's push asks for, never with a turnout.
    expect(JSON.stringify(await turnout(t, workshopId, null))).not.toMatch(/"votes"|"results"/);

    await t.call('votingPhaseSet', { sessionId: anonymous.id, action: 'open' });
    const beforeAnonymous = await whole(t, workshopId);
    const [p] = anonymous.items.map((i) => i.id);
    expect(await bruno.ask({ type: 'vote', sessionId: anonymous.id, dots: [{ itemId: p!, count: 2 }] })).toMatchObject({ type: 'ack' });
    const anonymousPart = await turnout(t, workshopId, anonymous.id);
    const afterAnonymous = await whole(t, workshopId);
    expect(anonymousPart).toEqual(turnoutOfWhole(afterAnonymous, anonymous.id));
    expect(anonymousPart.sessions[0]!.voters.map((v) => v.name)).toEqual([null, null, null]);
    expect(anonymousPart.sessions[0]).toMatchObject({ votedCount: 1, voterCount: 3, notVotedNames: [] });
    expect(withTurnout(beforeAnonymous, anonymousPart)).toEqual(afterAnonymous);
    // The revealed session's results are still the whole read's, untouched by the turnout laid over them.
    expect(withTurnout(beforeAnonymous, anonymousPart)?.sessions[0]!.results).toEqual(afterReveal.sessions[0]!.results);
  });

  test('reads every session when a phone joins or is removed, which changes who is expected in each', async () => {
    const t = await startSharingCore();
    const { sharing, ana, named, anonymous, workshopId } = await sharedVote(t);
    const before = await whole(t, workshopId);

    const chloe = await phoneJoins(sharing, 'Chloé');
    expect(t.eventsOf('votingChanged').at(-1)).toEqual({ workshopId, sessionId: null, ballotsOnly: true });
    const joined = await turnout(t, workshopId, null);
    const afterJoin = await whole(t, workshopId);
    expect(joined.sessions.map((s) => s.sessionId)).toEqual([named.id, anonymous.id]);
    expect(joined).toEqual(turnoutOfWhole(afterJoin));
    expect(withTurnout(before, joined)).toEqual(afterJoin);

    await t.call('participantRemove', { participantId: chloe.participantId });
    await t.call('participantRemove', { participantId: ana.participantId });
    const removed = await turnout(t, workshopId, null);
    const afterRemove = await whole(t, workshopId);
    expect(withTurnout(afterJoin, removed)).toEqual(afterRemove);
    expect(removed.sessions[0]!.notVotedNames).toEqual(['Claire', 'Bruno']);
  });

  test('cannot be placed on a view it does not fit, which is then read whole', async () => {
    const t = await startSharingCore();
    const { named, workshopId } = await sharedVote(t);
    const shown = await whole(t, workshopId);
    const part = await turnout(t, workshopId, named.id);
    const every = await turnout(t, workshopId, null);

    expect(withTurnout({ ...shown, workshopId: 'another' }, part)).toBeNull();
    expect(withTurnout({ ...shown, sessions: shown.sessions.filter((s) => s.id !== named.id) }, part)).toBeNull();
    expect(withTurnout({ ...shown, sessions: shown.sessions.slice(1) }, every)).toBeNull();
    // Sessions the part does not name keep their objects.
    const laid = withTurnout(shown, part);
    expect(laid?.sessions[1]).toBe(shown.sessions[1]);
  });

  test('answers only for a session of that workshop, with validated input', async () => {
    const t = await startSharingCore();
    const { named, workshopId } = await sharedVote(t);
    const other = await t.call('workshopCreate', { templateId: 'voting', meta: { title: 'Autre', date: '2025-06-02', language: 'fr', participants: [] } });

    expect(await t.refused('votingTurnout', { workshopId: other.id, sessionId: named.id })).toMatchObject({ code: 'not_found' });
    expect(await t.refused('votingTurnout', { workshopId, sessionId: 'abcdefghijkl' })).toMatchObject({ code: 'not_found' });
    expect(await t.refused('votingTurnout', { workshopId: 'abcdefghijkl', sessionId: null })).toMatchObject({ code: 'not_found' });
    expect(await t.refused('votingTurnout', { workshopId })).toMatchObject({ code: 'invalid_input' });
    expect(await t.refused('votingTurnout', { workshopId, sessionId: null, items: true })).toMatchObject({ code: 'invalid_input' });
  });
});
