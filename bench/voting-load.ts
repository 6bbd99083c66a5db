/**
 * 100 phones voting at once, against the real built browser host in a child process (its
 * participant server bound to 127.0.0.1): each phone joins with the code, opens its WebSocket,
 * and all cast a 5-dot ballot at the same moment. Two /events sockets stand for the facilitator's
 * window and the presenter screen. Several rounds (one session each). Prints figures; asserts
 * nothing.
 *
 *   npm run bench:voting
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { BallotDot, SharingStatus, VotingSessionView, WorkshopVoting } from '../shared/domain/voting';
import type { Workshop } from '../shared/domain/workshop';
import type { AppEvent } from '../shared/ipc/contract';
import type { JoinAnswer, ServerMessage } from '../shared/participant/protocol';
import { api, startHost, type BenchHost } from './host';

const PHONES = 100;
const ROUNDS = 5;
const ITEMS = ['Accueil', 'Parking', 'Attente en caisse', 'Prix peu clairs', 'Site lent', 'Horaires', 'SAV injoignable', 'Livraison'];

/**
 * An /events socket as the facilitator's window and the presenter screen open it, and what they
 * do on a votingChanged push: read the voting view again — one read under way at a time, and one
 * more after it when pushes came meanwhile (as renderer/src/api/follower.ts does).
 */
async function eventSocket(host: BenchHost, onVoting: (voting: WorkshopVoting) => void): Promise<WebSocket> {
  const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/events`, { origin: host.origin });
  let reading = false;
  let again = false;
  const read = (workshopId: string): void => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    void api<WorkshopVoting>(host, 'votingSessionsList', { workshopId }).then((voting) => {
      reading = false;
      onVoting(voting);
      if (again) {
        again = false;
        read(workshopId);
      }
    });
  };
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', token: host.token })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as AppEvent | { type: 'ready' };
      if (message.type === 'ready') resolve();
      else if (message.type === 'votingChanged') read(message.payload.workshopId);
    });
    socket.once('error', reject);
  });
  return socket;
}

interface Phone {
  socket: WebSocket;
  pending: Map<number, (m: ServerMessage) => void>;
}

async function phone(sharing: SharingStatus, i: number): Promise<Phone> {
  const origin = `http://127.0.0.1:${sharing.port}`;
  const response = await fetch(`${origin}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ code: sharing.joinCode, name: `Personne ${i + 1}` }),
  });
  const body = (await response.json()) as { ok: boolean; value: JoinAnswer };
  if (!body.ok) throw new Error(`join refused: ${JSON.stringify(body)}`);
  const socket = new WebSocket(`ws://127.0.0.1:${sharing.port}/ws`, { origin });
  const pending = new Map<number, (m: ServerMessage) => void>();
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', token: body.value.token })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.type === 'welcome') resolve();
      else if ((message.type === 'ack' || message.type === 'error') && message.requestId !== null) {
        pending.get(message.requestId)?.(message);
        pending.delete(message.requestId);
      }
    });
    socket.once('error', reject);
  });
  return { socket, pending };
}

/** Five dots, at most three on one item, different for each phone and round. */
function ballotOf(p: number, round: number, items: string[]): BallotDot[] {
  const a = items[(p + round) % items.length]!;
  const b = items[(p * 3 + round + 1) % items.length]!;
  if (a === b) return [{ itemId: a, count: 3 }, { itemId: items[(p + round + 2) % items.length]!, count: 2 }];
  return [{ itemId: a, count: 3 }, { itemId: b, count: 2 }];
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-voting-'));
  const host = await startHost(dataDir, { env: { ATELIER_SHARING_BIND: '127.0.0.1' } });
  const latencies: number[] = [];
  const eventDelays: { facilitator: number; presenter: number }[] = [];
  const failures: string[] = [];
  try {
    const workshop = await api<Workshop>(host, 'workshopCreate', {
      templateId: 'voting',
      meta: { title: 'Bench', date: '2025-06-02', language: 'fr', participants: [] },
    });
    const sharing = await api<SharingStatus>(host, 'sharingStart', { workshopId: workshop.id });
    const phones: Phone[] = [];
    for (let i = 0; i < PHONES; i++) phones.push(await phone(sharing, i));

    let watch: { sessionId: string; seen: Partial<Record<'facilitator' | 'presenter', number>> } | null = null;
    const onVoting = (who: 'facilitator' | 'presenter') => (voting: WorkshopVoting) => {
      const session = voting.sessions.find((s) => s.id === watch?.sessionId);
      if (watch && session && session.votedCount === PHONES && watch.seen[who] === undefined) watch.seen[who] = performance.now();
    };
    const sockets = [await eventSocket(host, onVoting('facilitator')), await eventSocket(host, onVoting('presenter'))];

    let requestId = 1;
    for (let round = 0; round < ROUNDS; round++) {
      const session = await api<VotingSessionView>(host, 'votingSessionCreate', { workshopId: workshop.id, typedItems: ITEMS });
      await api(host, 'votingPhaseSet', { sessionId: session.id, action: 'open' });
      await new Promise((r) => setTimeout(r, 300)); // phones receive the open vote
      const items = session.items.map((i) => i.id);
      watch = { sessionId: session.id, seen: {} };
      const expected = new Map(items.map((id) => [id, 0]));

      const sentAt: number[] = [];
      const answers = phones.map((p, i) => {
        const dots = ballotOf(i, round, items);
        for (const d of dots) expected.set(d.itemId, (expected.get(d.itemId) ?? 0) + d.count);
        const id = requestId++;
        return new Promise<ServerMessage>((resolve) => {
          p.pending.set(id, resolve);
          sentAt[i] = performance.now();
          p.socket.send(JSON.stringify({ type: 'vote', requestId: id, sessionId: session.id, dots }));
        }).then((answer) => {
          latencies.push(performance.now() - (sentAt[i] ?? 0));
          if (answer.type !== 'ack') failures.push(JSON.stringify(answer));
          return answer;
        });
      });
      const lastSent = Math.max(...sentAt);
      await Promise.all(answers);
      const deadline = performance.now() + 5000;
      while ((watch.seen.facilitator === undefined || watch.seen.presenter === undefined) && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1));
      }
      eventDelays.push({
        facilitator: (watch.seen.facilitator ?? NaN) - lastSent,
        presenter: (watch.seen.presenter ?? NaN) - lastSent,
      });

      const revealed = await api<VotingSessionView>(host, 'votingPhaseSet', { sessionId: session.id, action: 'reveal' });
      const totals = new Map(revealed.results?.items.map((r) => [r.itemId, r.votes]) ?? []);
      const exact = [...expected].every(([id, votes]) => totals.get(id) === votes) && revealed.results?.votersVoted === PHONES;
      console.log(
        `round ${round + 1}: ${PHONES} ballots, ${revealed.results?.totalVotes} dots counted (expected ${PHONES * 5}), ` +
          `${revealed.results?.votersVoted} voters — every vote counted exactly once: ${exact ? 'yes' : 'NO'}`,
      );
      if (!exact) failures.push(`round ${round + 1}: totals differ`);
    }
    for (const s of sockets) s.close();
    for (const p of phones) p.socket.close();
  } finally {
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const sorted = [...latencies].sort((a, b) => a - b);
  const worst = (k: 'facilitator' | 'presenter') => Math.max(...eventDelays.map((d) => d[k]));
  console.log(`\n${PHONES} phones × ${ROUNDS} rounds, 5 dots each, sent at once over real WebSockets to 127.0.0.1`);
  console.log(`  acknowledgement latency: p50 ${percentile(sorted, 0.5).toFixed(1)} ms · p95 ${percentile(sorted, 0.95).toFixed(1)} ms · p99 ${percentile(sorted, 0.99).toFixed(1)} ms · max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (n=${sorted.length}; target p99 < 50 ms)`);
  console.log(`  final count seen on the facilitator's /events: worst ${worst('facilitator').toFixed(1)} ms after the last vote was sent (per round: ${eventDelays.map((d) => d.facilitator.toFixed(1)).join(', ')})`);
  console.log(`  final count seen on the presenter's /events:   worst ${worst('presenter').toFixed(1)} ms after the last vote was sent (target < 200 ms)`);
  console.log(`  errors: ${failures.length === 0 ? 'none' : failures.join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
