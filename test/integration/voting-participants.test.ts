import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../shared/domain/voting';
import { CLOSE_CODES } from '../../shared/participant/protocol';
import {
  BUILT_RENDERER,
  connect,
  httpRequest,
  join,
  phoneJoins,
  postJoin,
  roomWithBoards,
  sharedRoom,
  startSharingCore,
} from '../helpers/participants';
import { rawConnection, tableData } from '../helpers/store';

describe('sharing on the local network', () => {
  test('starts a participant server with a join code, its URL and a QR code of that URL', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);

    expect(sharing).toMatchObject({ active: true, workshopId: room.workshop.id });
    expect(sharing.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(sharing.urls).toEqual([`http://127.0.0.1:${sharing.port}/`]);
    expect(sharing.joinUrl).toBe(`http://127.0.0.1:${sharing.port}/#${sharing.joinCode}`);
    expect(sharing.qr?.text).toBe(sharing.joinUrl);
    expect(sharing.qr?.modules).toHaveLength(sharing.qr?.size ?? -1);
    expect(sharing.qr?.modules.every((row) => row.length === sharing.qr?.size)).toBe(true);
    expect(await t.call('sharingStatus', {})).toEqual(sharing);
    expect(t.eventsOf('sharingChanged').at(-1)).toEqual({ active: true, workshopId: room.workshop.id });

    const page = await httpRequest(sharing, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="fr"');
  });

  test('with no network there is no join link yet; joining one later brings the address, link and QR code', async () => {
    let addresses: string[] = [];
    const t = await startSharingCore({ bindAddress: '0.0.0.0', addresses: () => addresses, tuning: { networkCheckMs: 20 } });
    const { sharing } = await sharedRoom(t);
    expect(sharing).toMatchObject({ active: true, urls: [], joinUrl: null, qr: null });
    expect(sharing.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));

    const announced = t.eventsOf('sharingChanged').length;
    addresses = ['192.168.1.20'];
    await expect.poll(async () => (await t.call('sharingStatus', {})).joinUrl).toBe(`http://192.168.1.20:${sharing.port}/#${sharing.joinCode}`);
    const joined = await t.call('sharingStatus', {});
    expect(joined.urls).toEqual([`http://192.168.1.20:${sharing.port}/`]);
    expect(joined.qr?.text).toBe(joined.joinUrl);
    expect(t.eventsOf('sharingChanged').slice(announced)).toEqual([{ active: true, workshopId: sharing.workshopId }]);

    // Another network: the link follows; stopping ends the watch.
    addresses = ['10.0.0.7'];
    await expect.poll(async () => (await t.call('sharingStatus', {})).urls).toEqual([`http://10.0.0.7:${sharing.port}/`]);
    await t.call('sharingStop', {});
    const count = t.eventsOf('sharingChanged').length;
    addresses = ['172.16.0.3'];
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.eventsOf('sharingChanged')).toHaveLength(count);
    expect((await t.call('sharingStatus', {})).active).toBe(false);
  });

  test('serves the page and exactly the files it loads — not the facilitator’s app, its sources or a fallback page', async () => {
    const t = await startSharingCore();
    const { sharing } = await sharedRoom(t);
    const page = await httpRequest(sharing, { path: '/' });
    const loaded = [...page.body.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(loaded.some((file) => /\/participant-[^/]+\.js$/.test(file))).toBe(true);
    for (const file of loaded) expect((await httpRequest(sharing, { path: file })).status, file).toBe(200);
    // The app icon, which a phone's browser also asks for on its own.
    expect((await httpRequest(sharing, { path: '/favicon.ico' })).status).toBe(200);

    const built = fs.readdirSync(path.join(BUILT_RENDERER, 'assets'));
    const facilitator = built.filter((name) => /^(main|mount-app)-.*\.js$/.test(name));
    expect(facilitator.length).toBeGreaterThanOrEqual(2);
    for (const name of [...facilitator, ...built.filter((name) => name.endsWith('.map'))]) {
      const answer = await httpRequest(sharing, { path: `/assets/${name}` });
      expect(answer.status, name).toBe(404);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    for (const route of ['/index.html', '/present', '/assets/x', '/assets/workshop/abc', '/workshop/abc', '/.vite/manifest.json', '/assets/../index.html']) {
      const answer = await httpRequest(sharing, { path: route });
      expect(answer.status, route).toBe(404);
      expect(answer.body, route).not.toContain('<html');
    }
  });

  test('refuses a foreign Origin on every request and a foreign Host with a JSON error', async () => {
    const t = await startSharingCore();
    const { sharing } = await sharedRoom(t);
    const script = [...(await httpRequest(sharing, { path: '/' })).body.matchAll(/src="(\/assets\/[^"]+\.js)"/g)][0]?.[1] ?? '';
    for (const route of ['/', '/participant.html', script]) {
      const foreign = await httpRequest(sharing, { path: route, headers: { origin: 'http://evil.example' } });
      expect(foreign.status, route).toBe(403);
      expect(foreign.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await httpRequest(sharing, { path: route, headers: { origin: `http://127.0.0.1:${sharing.port}` } })).status, route).toBe(200);
      const host = await httpRequest(sharing, { path: route, headers: { host: `evil.example:${sharing.port}` } });
      expect(host.status, route).toBe(421);
      expect(host.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  test('on a port of the facilitator’s choice, and a port in use is a clear refusal', async () => {
    const t = await startSharingCore();
    const room = await roomWithBoards(t);
    const first = await t.call('sharingStart', { workshopId: room.workshop.id });
    const port = (first.port ?? 0) + 1 > 65535 ? 40000 : (first.port ?? 0) + 1;
    const moved = await t.call('sharingStart', { workshopId: room.workshop.id, port });
    expect(moved.port).toBe(port);

    const other = await startSharingCore();
    const otherRoom = await roomWithBoards(other);
    const error = await other.refused('sharingStart', { workshopId: otherRoom.workshop.id, port });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(new RegExp(`Port ${port}`));
    expect((await other.call('sharingStatus', {})).active).toBe(false);
  });

  test('stopping closes every socket, expires the code and frees the port', async () => {
    const t = await startSharingCore();
    const { sharing } = await sharedRoom(t);
    const phone = await phoneJoins(sharing, 'Ana');

    const off = await t.call('sharingStop', {});

    expect(off).toMatchObject({ active: false, joinCode: null, port: null });
    expect((await phone.closed).code).toBe(CLOSE_CODES.stopped);
    await expect(httpRequest(sharing, { path: '/' })).rejects.toThrow();
  });

  test('moving the shared workshop to the trash stops sharing and tells the phones', async () => {
    const t = await startSharingCore();
    const { room } = await sharedRoom(t);
    const phone = await phoneJoins((await t.call('sharingStatus', {})), 'Ana');

    await t.call('workshopTrash', { id: room.workshop.id });

    expect((await phone.closed).code).toBe(CLOSE_CODES.stopped);
    await expect.poll(async () => (await t.call('sharingStatus', {})).active).toBe(false);
  });

  test('a new sharing issues a new code; the old one no longer admits, but a joined phone resumes', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const { token, participantId } = await join(sharing, 'Ana');
    await t.call('sharingStop', {});

    const again = await t.call('sharingStart', { workshopId: room.workshop.id });
    expect(again.joinCode).not.toBe(sharing.joinCode);
    const old = await postJoin(again, { code: sharing.joinCode });
    expect(old.status).toBe(401);
    const phone = await connect(again, token);
    expect(phone.received[0]).toEqual({ type: 'welcome', participant: { id: participantId, name: 'Ana' } });
  });
});

describe('a participant', () => {
  test('joins with the code in any case, and gets a token of at least 128 bits that is stored only as a hash', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);

    const answer = await postJoin(sharing, { code: ` ${sharing.joinCode?.toLowerCase()} `, name: '  Ana ' });
    const { value } = answer.json() as { value: { token: string; participantId: string; name: string } };

    expect(answer.status).toBe(200);
    expect(value.name).toBe('Ana');
    expect(Buffer.from(value.token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const stored = tableData(rawConnection(path.join(t.dataDir, 'atelier.sqlite'), { readonly: true }), 'participants');
    expect(stored).toEqual([expect.objectContaining({ id: value.participantId, token_hash: createHash('sha256').update(value.token).digest('hex') })]);
    expect(JSON.stringify(stored)).not.toContain(value.token);
    expect(t.eventsOf('participantsChanged').at(-1)).toEqual({ workshopId: room.workshop.id });
    expect((await t.call('participantsList', { workshopId: room.workshop.id })).map((p) => p.name)).toEqual(['Ana']);
  });

  test('sees the workshop, the current step and its timer, and where cards can go on the current board', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const phone = await phoneJoins(sharing, 'Ana');

    const state = phone.state();
    const step = room.workshop.steps.find((s) => s.id === room.workshop.currentStepId)!;
    expect(state.workshop).toEqual({ title: 'Parcours client', language: 'fr', progress: 'not-started' });
    expect(state.step).toMatchObject({ title: step.title, kind: 'journey' });
    expect(state.timer).toMatchObject({ status: 'idle', remainingMs: step.plannedMinutes * 60_000 });
    expect(state.board?.kind).toBe('journey');
    if (state.board?.kind === 'journey') {
      expect(state.board.maps[0]?.stages).toHaveLength(room.stages.length);
      expect(state.board.maps[0]?.lanes.map((l) => l.kind)).not.toContain('emotion');
    }
    expect(state.vote).toBeNull();

    await t.call('timerCommand', { workshopId: room.workshop.id, command: 'start' });
    const started = await phone.next((m) => m.type === 'state' && m.state.timer?.status === 'running');
    expect(started.type).toBe('state');
  });

  test('adds a card to a journey cell through the boards service: it is on the board, undoable, with their name', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const phone = await phoneJoins(sharing, 'Ana');
    const container = { kind: 'cell', mapId: room.map.id, stageId: room.stages[2], laneId: room.painLane };

    const ack = await phone.ask({ type: 'addCard', container, text: '  Trop d’attente au téléphone ' });

    expect(ack).toMatchObject({ type: 'ack', action: 'addCard' });
    const board = await t.call('boardGet', { workshopId: room.workshop.id });
    const card = board.journeyMaps[0]!.cards.find((c) => ack.type === 'ack' && ack.action === 'addCard' && c.id === ack.cardId);
    expect(card).toMatchObject({ text: 'Trop d’attente au téléphone', author: 'Ana', container });
    expect(t.eventsOf('boardChanged').length).toBeGreaterThan(0);
    expect(board.canUndo).toBe(true);
    const undone = await t.call('boardUndo', { workshopId: room.workshop.id });
    expect(undone.journeyMaps[0]!.cards).toHaveLength(0);
  });

  test('adds to persona sections only during a persona step', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const phone = await phoneJoins(sharing);
    const section = { kind: 'section', sectionId: room.frustrations };

    const refused = await phone.ask({ type: 'addCard', container: section, text: 'Idée' });
    expect(refused).toMatchObject({ type: 'error', code: 'forbidden' });

    const personaStep = room.workshop.steps.find((s) => s.kind === 'persona')!;
    await t.call('timerGoTo', { workshopId: room.workshop.id, stepId: personaStep.id });
    await phone.next((m) => m.type === 'state' && m.state.board?.kind === 'persona');
    const ack = await phone.ask({ type: 'addCard', container: section, text: 'Idée' });
    expect(ack).toMatchObject({ type: 'ack' });
    const board = await t.call('boardGet', { workshopId: room.workshop.id });
    expect(board.personas[0]!.sections.find((s) => s.id === room.frustrations)?.cards.map((c) => c.text)).toEqual(['Idée']);
  });

  test('votes when a session is open; re-submitting replaces the ballot; the facilitator sees one more voter', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const phone = await phoneJoins(sharing, 'Ana');
    const session = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['Accueil', 'Parking'] });
    const [a, b] = session.items.map((i) => i.id);

    const early = await phone.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: a, count: 1 }] });
    expect(early).toMatchObject({ type: 'error', code: 'conflict' });

    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    const open = await phone.next((m) => m.type === 'state' && m.state.vote?.phase === 'open');
    expect(open.type === 'state' && open.state.vote?.items.map((i) => i.text)).toEqual(['Accueil', 'Parking']);

    expect(await phone.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: a, count: 3 }, { itemId: b, count: 2 }] })).toMatchObject({
      type: 'ack',
      action: 'vote',
    });
    const ack = await phone.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: b, count: 1 }] });
    expect(ack).toEqual({ type: 'ack', requestId: expect.any(Number), action: 'vote', sessionId: session.id, dots: [{ itemId: b, count: 1 }] });

    expect(t.eventsOf('votingChanged').at(-1)).toEqual({ workshopId: session.workshopId, sessionId: session.id, ballotsOnly: true });
    const view = (await t.call('votingSessionsList', { workshopId: session.workshopId })).sessions[0]!;
    expect(view).toMatchObject({ voterCount: 1, votedCount: 1 });
    expect(view.voters[0]).toMatchObject({ id: phone.participantId, kind: 'phone', name: 'Ana', hasVoted: true });
    const revealed = await t.call('votingPhaseSet', { sessionId: session.id, action: 'reveal' });
    expect(revealed.results?.totalVotes).toBe(1);
  });

  test('never receives a tally before reveal — not even in messages — and sees the ranked results after', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const ana = await phoneJoins(sharing, 'Ana');
    const bruno = await phoneJoins(sharing, 'Bruno');
    const s = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['Accueil', 'Parking'] });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'open' });
    await ana.next((m) => m.type === 'state' && m.state.vote?.phase === 'open');
    await ana.ask({ type: 'vote', sessionId: s.id, dots: [{ itemId: s.items[0]!.id, count: 3 }] });
    await bruno.ask({ type: 'vote', sessionId: s.id, dots: [{ itemId: s.items[1]!.id, count: 2 }] });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'close' });
    await bruno.next((m) => m.type === 'state' && m.state.vote?.phase === 'closed');

    for (const text of bruno.raw) expect(text).not.toMatch(/"votes"|"voterCount"|"votedCount"|"results":\{/);
    expect(bruno.raw.join('\n')).not.toContain('"count":3');

    await t.call('votingPhaseSet', { sessionId: s.id, action: 'reveal' });
    const revealed = await bruno.next((m) => m.type === 'state' && m.state.vote?.phase === 'revealed');
    expect(revealed.type === 'state' && revealed.state.vote?.results?.items.map((r) => [r.text, r.votes, r.rank])).toEqual([
      ['Accueil', 3, 1],
      ['Parking', 2, 2],
    ]);
  });

  test('whose phone slept reconnects with the same token as the same participant, own dots included', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const phone = await phoneJoins(sharing, 'Ana');
    const s = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['Accueil'] });
    await t.call('votingPhaseSet', { sessionId: s.id, action: 'open' });
    await phone.ask({ type: 'vote', sessionId: s.id, dots: [{ itemId: s.items[0]!.id, count: 2 }] });
    phone.socket.terminate();

    const again = await connect(sharing, phone.token);

    expect(again.received[0]).toEqual({ type: 'welcome', participant: { id: phone.participantId, name: 'Ana' } });
    expect(again.state().vote?.myBallot).toEqual([{ itemId: s.items[0]!.id, count: 2 }]);
    expect(await t.call('participantsList', { workshopId: room.workshop.id })).toHaveLength(1);
  });

  test('shows as connected while a socket is open, and the facilitator can remove them', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const ana = await phoneJoins(sharing, 'Ana');
    await phoneJoins(sharing, 'Bruno');
    expect((await t.call('participantsList', { workshopId: room.workshop.id })).map((p) => [p.name, p.connected])).toEqual([
      ['Ana', true],
      ['Bruno', true],
    ]);

    const left = await t.call('participantRemove', { participantId: ana.participantId });

    expect(left.map((p) => p.name)).toEqual(['Bruno']);
    expect((await ana.closed).code).toBe(CLOSE_CODES.removed);
    expect(t.eventsOf('participantsChanged').at(-1)).toEqual({ workshopId: room.workshop.id });
  });
});

describe('the room on the phones', () => {
  test('a workshop marked finished says so to the phones', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    const phone = await phoneJoins(sharing, 'Ana');
    expect(phone.state().workshop.progress).toBe('not-started');

    await t.call('workshopUpdate', { id: room.workshop.id, patch: { state: 'finished' } });
    const finished = await phone.next((m) => m.type === 'state' && m.state.workshop.progress === 'finished');
    expect(finished.type === 'state' && finished.state.workshop.title).toBe('Parcours client');
  });

  test('turnout counts the workshop’s participants from the start; a phone under one of their names is that person, and an absent one can be taken off', async () => {
    const t = await startSharingCore();
    const { room, sharing } = await sharedRoom(t);
    await t.call('workshopUpdate', { id: room.workshop.id, patch: { participants: ['Ana', 'Bruno', 'Chloé', 'Driss'] } });
    const session = await t.call('votingSessionCreate', { workshopId: room.workshop.id, typedItems: ['Accueil', 'Parking'] });
    expect(session).toMatchObject({ voterCount: 4, votedCount: 0 });

    const ana = await phoneJoins(sharing, 'ana');
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
    await ana.next((m) => m.type === 'state' && m.state.vote?.phase === 'open');
    const view = async () => (await t.call('votingSessionsList', { workshopId: room.workshop.id })).sessions[0]!;
    expect(await view()).toMatchObject({ voterCount: 4, votedCount: 0 });

    await ana.ask({ type: 'vote', sessionId: session.id, dots: [{ itemId: session.items[0]!.id, count: 1 }] });
    expect(await view()).toMatchObject({ voterCount: 4, votedCount: 1 });

    const driss = (await view()).voters.find((v) => v.name === 'Driss')!;
    const after = await t.call('votingVoterRemove', { sessionId: session.id, voterId: driss.id });
    expect(after).toMatchObject({ voterCount: 3, votedCount: 1 });
    expect(after.notVotedNames).toEqual(['Bruno', 'Chloé']);
  });
});
