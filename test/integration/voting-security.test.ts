import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import type { SharingStatus } from '../../shared/domain/voting';
import { CLOSE_CODES } from '../../shared/participant/protocol';
import type { ParticipantTuning } from '../../main/participants/rate-limit';
import {
  connect,
  openSocket,
  phoneJoins,
  postJoin,
  roomWithBoards,
  sharedRoom,
  startSharingCore,
  type SharingCore,
} from '../helpers/participants';

/** A shared workshop with an open vote on two items and one phone signed in. */
async function openRoom(tuning: ParticipantTuning = {}) {
  const t = await startSharingCore({ tuning });
  const { room, sharing } = await sharedRoom(t);
  const session = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['Accueil', 'Parking'] });
  await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
  const phone = await phoneJoins(sharing, 'Ana');
  const [a, b] = session.items.map((i) => i.id) as [string, string];
  return { t, room, sharing, session, phone, a, b };
}

/** Everything a participant could have changed: ballots, voters, cards, phase, participants, sharing. */
async function snapshot(t: SharingCore, workshopId: string) {
  const voting = await t.call('votingSessionsList', { workshopId });
  const board = await t.call('boardGet', { workshopId });
  return {
    sessions: voting.sessions.map((s) => ({ phase: s.phase, voted: s.votedCount, voters: s.voters, rules: s.rules, items: s.items })),
    cards: [...board.personas.flatMap((p) => p.sections.flatMap((s) => s.cards)), ...board.journeyMaps.flatMap((m) => m.cards)].map((c) => c.id),
    participants: (await t.call('participantsList', { workshopId })).map((p) => p.id),
    sharing: (await t.call('sharingStatus', {})).active,
  };
}

function rejectedUpgrade(status: SharingStatus, headers: { origin?: string; host?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = openSocket(status, headers);
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => reject(new Error('the upgrade was accepted')));
    socket.on('error', () => undefined);
  });
}

describe('the participant server refuses', () => {
  test.each([
    ['another site as Origin', () => ({ origin: 'http://evil.example' })],
    ['a look-alike Origin', () => ({ origin: 'http://127.0.0.1.evil.example' })],
    ['a DNS-rebinding Host and Origin', (port: number) => ({ origin: `http://evil.example:${port}`, host: `evil.example:${port}` })],
    ['a foreign Host, even with an allowed Origin', (port: number) => ({ origin: `http://127.0.0.1:${port}`, host: `evil.example:${port}` })],
  ])('a WebSocket upgrade with %s', async (_what, headers) => {
    const { sharing } = await openRoom();
    expect(await rejectedUpgrade(sharing, headers(sharing.port ?? 0))).toBe(403);
  });

  test('a WebSocket upgrade without any Origin', async () => {
    const { sharing } = await openRoom();
    const code = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${sharing.port}/ws`);
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('error', () => undefined);
    });
    expect(code).toBe(403);
  });

  test('joining from another Origin, with another Host, without JSON, or with an oversized body', async () => {
    const { t, room, sharing } = await openRoom();
    const before = await snapshot(t, room.workshop.id);
    const code = { code: sharing.joinCode };

    expect((await postJoin(sharing, code, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await postJoin(sharing, code, { host: 'evil.example' })).status).toBe(421);
    expect((await postJoin(sharing, code, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await postJoin(sharing, { ...code, name: 'x'.repeat(2000) })).status).toBe(413);
    expect((await postJoin(sharing, { ...code, admin: true })).status).toBe(400);

    expect(await snapshot(t, room.workshop.id)).toEqual(before);
  });

  test('a forged or malformed token, closing the socket before it hears anything', async () => {
    const { t, room, sharing } = await openRoom();
    const before = await snapshot(t, room.workshop.id);

    await expect(connect(sharing, randomBytes(32).toString('base64url'))).rejects.toThrow(`closed ${CLOSE_CODES.unauthorized}`);
    await expect(connect(sharing, 'not-a-token')).rejects.toThrow(`closed ${CLOSE_CODES.unauthorized}`);
    expect(await snapshot(t, room.workshop.id)).toEqual(before);
  });

  test('a socket that sends anything but hello first, or nothing at all', async () => {
    const { sharing, room } = await openRoom({ authTimeoutMs: 200 });
    const pushy = openSocket(sharing);
    const received: string[] = [];
    pushy.on('message', (m) => received.push(String(m)));
    await new Promise((r) => pushy.once('open', r));
    pushy.send(JSON.stringify({ type: 'vote', requestId: 1, sessionId: room.workshop.id, dots: [] }));
    const closedPushy = await new Promise<number>((r) => pushy.once('close', r));

    const silent = openSocket(sharing);
    const closedSilent = await new Promise<number>((r) => silent.once('close', r));

    expect(closedPushy).toBe(CLOSE_CODES.unauthorized);
    expect(closedSilent).toBe(CLOSE_CODES.unauthorized);
    expect(received.filter((m) => !m.includes('"error"'))).toEqual([]);
  });

  test('an oversized message by closing the socket (1009), changing nothing', async () => {
    const { t, room, phone, session, a } = await openRoom();
    const before = await snapshot(t, room.workshop.id);

    phone.send(JSON.stringify({ type: 'vote', requestId: 1, sessionId: session.id, dots: [{ itemId: a, count: 1 }], pad: 'x'.repeat(70_000) }));

    expect((await phone.closed).code).toBe(1009);
    expect(await snapshot(t, room.workshop.id)).toEqual(before);
  });

  test.each([
    ['text that is not JSON', '{"type": "vote",', 'invalid_input'],
    ['JSON that is not an object', '42', 'invalid_input'],
    ['a vote without dots', { type: 'vote', requestId: 7, sessionId: 'abcdefgh' }, 'invalid_input'],
    ['an extra field', { type: 'addCard', requestId: 7, container: { kind: 'section', sectionId: 'abcdefgh' }, text: 'x', color: 'red' }, 'invalid_input'],
    ['a card too long', { type: 'addCard', requestId: 7, container: { kind: 'section', sectionId: 'abcdefgh' }, text: 'x'.repeat(501) }, 'invalid_input'],
    ['a second hello', { type: 'hello', token: randomBytes(32).toString('base64url') }, 'conflict'],
  ])('%s, with a clear error and nothing changed', async (_what, message, code) => {
    const { t, room, phone } = await openRoom();
    const before = await snapshot(t, room.workshop.id);

    const answer = phone.next((m) => m.type === 'error');
    phone.send(message as Record<string, unknown>);

    expect(await answer).toMatchObject({ type: 'error', code });
    expect(phone.socket.readyState).toBe(WebSocket.OPEN);
    expect(await snapshot(t, room.workshop.id)).toEqual(before);
  });

  test('binary frames', async () => {
    const { phone } = await openRoom();
    const answer = phone.next((m) => m.type === 'error');
    phone.socket.send(Buffer.from([1, 2, 3]));
    expect(await answer).toMatchObject({ code: 'invalid_input' });
  });
});

describe('a participant cannot', () => {
  test.each([
    ['open, close or reveal a vote', (s: Ctx) => ({ type: 'votingPhaseSet', sessionId: s.session.id, action: 'reveal' })],
    ['read the results', (s: Ctx) => ({ type: 'votingResults', sessionId: s.session.id })],
    ['remove a participant', (s: Ctx) => ({ type: 'participantRemove', participantId: s.phone.participantId })],
    ['stop sharing', () => ({ type: 'sharingStop' })],
    ['read a board', (s: Ctx) => ({ type: 'boardGet', workshopId: s.room.workshop.id })],
    ['delete a card', () => ({ type: 'cardDelete', cardId: 'abcdefghij' })],
    ['edit a card', () => ({ type: 'cardUpdate', cardId: 'abcdefghij', patch: { text: 'mine now' } })],
    ['enter a proxy ballot', (s: Ctx) => ({ type: 'votingProxyBallot', sessionId: s.session.id, name: 'X', dots: [{ itemId: s.a, count: 3 }] })],
    ['list workshops', () => ({ type: 'workshopsList' })],
  ])('%s: facilitator actions are refused and nothing changes', async (_what, build) => {
    const ctx = await openRoom();
    const before = await snapshot(ctx.t, ctx.room.workshop.id);

    const answer = await ctx.phone.ask(build(ctx));

    expect(answer).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(answer.type === 'error' && answer.message).toMatch(/can add cards and vote/);
    expect(await snapshot(ctx.t, ctx.room.workshop.id)).toEqual(before);
  });

  test('vote beyond the rules: too many dots, over the per-item cap, unknown or repeated items', async () => {
    const { t, room, phone, session, a, b } = await openRoom();
    const before = await snapshot(t, room.workshop.id);
    const cases = [
      [{ itemId: a, count: 3 }, { itemId: b, count: 3 }],
      [{ itemId: a, count: 4 }],
      [{ itemId: 'unknownitem', count: 1 }],
      [{ itemId: a, count: 2 }, { itemId: a, count: 2 }],
      [{ itemId: a, count: 11 }],
      [],
    ];
    for (const dots of cases) {
      const answer = await phone.ask({ type: 'vote', sessionId: session.id, dots });
      expect(answer, JSON.stringify(dots)).toMatchObject({ type: 'error', code: 'invalid_input' });
    }
    expect(await snapshot(t, room.workshop.id)).toEqual(before);
  });

  test('vote in the wrong phase, in a closed session, or in another workshop’s session', async () => {
    const { t, room, phone, session, a } = await openRoom();
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'close' });
    const other = await roomWithBoards(t);
    const foreign = await t.call('votingSessionCreate', { workshopId: other.workshop.id, typedItems: ['X'] });
    await t.call('votingPhaseSet', { sessionId: foreign.id, action: 'open' });
    const before = await snapshot(t, room.workshop.id);
    const beforeOther = await snapshot(t, other.workshop.id);

    expect(await phone.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: a, count: 1 }] })).toMatchObject({ code: 'conflict' });
    expect(await phone.ask({ type: 'vote', sessionId: foreign.id, dots: [{ itemId: foreign.items[0]!.id, count: 1 }] })).toMatchObject({
      code: 'forbidden',
    });
    expect(await snapshot(t, room.workshop.id)).toEqual(before);
    expect(await snapshot(t, other.workshop.id)).toEqual(beforeOther);
  });

  test('add a card to another workshop’s board, or to a place the current step does not offer', async () => {
    const { t, room, phone } = await openRoom();
    const other = await roomWithBoards(t);
    const before = await snapshot(t, other.workshop.id);
    const emotion = room.map.lanes.find((l) => l.kind === 'emotion')!;

    const foreign = await phone.ask({
      type: 'addCard',
      container: { kind: 'cell', mapId: other.map.id, stageId: other.stages[0], laneId: other.painLane },
      text: 'intrus',
    });
    const emotionCell = await phone.ask({
      type: 'addCard',
      container: { kind: 'cell', mapId: room.map.id, stageId: room.stages[0], laneId: emotion.id },
      text: 'x',
    });

    expect(foreign).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(emotionCell).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(await snapshot(t, other.workshop.id)).toEqual(before);
  });

  test('read another workshop: a token of workshop A is refused while B is shared', async () => {
    const { t, phone } = await openRoom();
    const other = await roomWithBoards(t, 'en');
    const sharingB = await t.call('sharingStart', { workshopId: other.workshop.id });
    await phone.closed;

    await expect(connect(sharingB, phone.token)).rejects.toThrow(`closed ${CLOSE_CODES.removed}`);
  });

  test('act once removed: the open socket closes, the token is revoked for good', async () => {
    const { t, room, sharing, phone } = await openRoom();
    await t.call('participantRemove', { participantId: phone.participantId });
    expect((await phone.closed).code).toBe(CLOSE_CODES.removed);
    const before = await snapshot(t, room.workshop.id);

    await expect(connect(sharing, phone.token)).rejects.toThrow(`closed ${CLOSE_CODES.removed}`);
    expect(await snapshot(t, room.workshop.id)).toEqual(before);
  });

  test('flood the server: past the per-participant limit messages are refused as rate_limited', async () => {
    const { phone, session, a } = await openRoom({ messageLimit: { burst: 5, perSecond: 0.1 } });
    const answers: Promise<unknown>[] = [];
    for (let i = 0; i < 8; i++) answers.push(phone.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: a, count: 1 }] }));
    const settled = (await Promise.allSettled(answers.slice(0, 5))).map((r) => (r.status === 'fulfilled' ? (r.value as { type: string }).type : 'x'));
    expect(settled).toEqual(['ack', 'ack', 'ack', 'ack', 'ack']);
    const limited = phone.received.filter((m) => m.type === 'error' && m.code === 'rate_limited');
    await expect.poll(() => phone.received.filter((m) => m.type === 'error' && m.code === 'rate_limited').length).toBe(3);
    expect(limited.length).toBeLessThanOrEqual(3);
  });

  test('add cards without limit: a card burst is cut off', async () => {
    const { phone, room } = await openRoom({ cardLimit: { burst: 2, perSecond: 0.01 } });
    const container = { kind: 'cell', mapId: room.map.id, stageId: room.stages[0], laneId: room.painLane };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await phone.ask({ type: 'addCard', container, text: `idée ${i}` }));
    expect(answers.map((m) => (m.type === 'error' ? m.code : m.type))).toEqual(['ack', 'ack', 'rate_limited']);
  });
});

type Ctx = Awaited<ReturnType<typeof openRoom>>;

describe('joining', () => {
  test('is rate limited per address: after 5 wrong codes even the right one waits', async () => {
    const { sharing } = await openRoom();
    const wrong = sharing.joinCode === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postJoin(sharing, { code: wrong })).status);
    const right = await postJoin(sharing, { code: sharing.joinCode });

    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(right.status).toBe(429);
    expect(right.json()).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  test('with a stopped sharing’s code is refused', async () => {
    const { t, sharing } = await openRoom();
    await t.call('sharingStop', {});
    const room = await roomWithBoards(t);
    const again = await t.call('sharingStart', { workshopId: room.workshop.id });
    expect((await postJoin(again, { code: sharing.joinCode })).status).toBe(401);
  });
});

describe('heartbeats', () => {
  test('a phone that stops answering pings is dropped and shown as disconnected', async () => {
    const { t, room, sharing } = await openRoom({ heartbeatMs: 100 });
    const joined = (await postJoin(sharing, { code: sharing.joinCode, name: 'Sleepy' })).json() as { value: { token: string; participantId: string } };
    const { token, participantId } = joined.value;
    const sleepy = new WebSocket(`ws://127.0.0.1:${sharing.port}/ws`, { origin: `http://127.0.0.1:${sharing.port}`, autoPong: false });
    await new Promise((r) => sleepy.once('open', r));
    sleepy.send(JSON.stringify({ type: 'hello', token }));
    await expect.poll(async () => (await t.call('participantsList', { workshopId: room.workshop.id })).find((p) => p.id === participantId)?.connected).toBe(true);

    const code = await new Promise<number>((r) => sleepy.once('close', r));

    expect(code).toBe(1006);
    await expect.poll(async () => (await t.call('participantsList', { workshopId: room.workshop.id })).find((p) => p.id === participantId)?.connected).toBe(false);
  });
});

