/**
 * Phones voting at once, against the real built browser host in a child process (its participant
 * server bound to 127.0.0.1): each phone joins with the code, opens its WebSocket, and all cast a
 * 5-dot ballot at the same moment. Two /events sockets stand for the facilitator's voting tab and
 * the presenter screen, each following the voting view with the app's own Follower and spec
 * (renderer/src/voting/follow-voting.ts), over HTTP as the browser host's pages do.
 *
 * Two votes: the sample workshop's (reopened, 12 phones joining its 6 proxy voters), and a big one
 * (100 phones, 60 items, five rounds, each a new session beside the revealed ones). Each is run
 * twice on a fresh host: "before", every votingChanged push reads the whole voting view again;
 * "after", a ballots-only push reads only that session's turnout. Prints, for each, the bytes
 * the facilitator's view read per ballot batch (each batch is one push), how many reads, how long
 * until the final count showed, and the phones' acknowledgement latency. Asserts nothing.
 *
 *   npm run bench:voting
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { BallotDot, SharingStatus, VotingSessionView, WorkshopVoting } from '../shared/domain/voting';
import type { Workshop } from '../shared/domain/workshop';
import type { AppEvent, AtelierApi } from '../shared/ipc/contract';
import type { Result } from '../shared/ipc/result';
import type { JoinAnswer, ServerMessage } from '../shared/participant/protocol';
import { Follower, type FollowSpec } from '../renderer/src/api/follower';
import type { EventSourceLike } from '../renderer/src/api/types';
import { workshopVotingSpec } from '../renderer/src/voting/follow-voting';
import { api, startHost, type BenchHost } from './host';

type Mode = 'before' | 'after';
type Viewer = 'facilitator' | 'presenter';

/** What one follower read, counted per channel. */
interface Reads {
  bytes: number;
  whole: number;
  parts: number;
  /** Ballots-only pushes received. */
  batches: number;
  /** How long each read took, call to parsed answer (ms). */
  ms: number[];
}

const zero = (): Reads => ({ bytes: 0, whole: 0, parts: 0, batches: 0, ms: [] });

/** The host's API as a page calls it, counting the bytes of every answer. */
function countingApi(host: BenchHost, reads: () => Reads): Pick<AtelierApi, 'votingSessionsList' | 'votingTurnout'> {
  const call = async <T>(channel: string, input: unknown): Promise<Result<T>> => {
    const started = performance.now();
    const response = await fetch(`${host.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': host.token },
      body: JSON.stringify(input),
    });
    const text = await response.text();
    const answer = JSON.parse(text) as Result<T>;
    const counted = reads();
    counted.ms.push(performance.now() - started);
    counted.bytes += Buffer.byteLength(text);
    if (channel === 'votingSessionsList') counted.whole += 1;
    else counted.parts += 1;
    return answer;
  };
  return {
    votingSessionsList: (input) => call('votingSessionsList', input),
    votingTurnout: (input) => call('votingTurnout', input),
  };
}

/** The voting view as this build's pages follow it ("after"), or with a whole read on every push ("before"). */
function specFor(mode: Mode, voting: Pick<AtelierApi, 'votingSessionsList' | 'votingTurnout'>, workshopId: string): FollowSpec<WorkshopVoting> {
  const spec = workshopVotingSpec(voting, workshopId);
  if (mode === 'after') return spec;
  return {
    ...spec,
    react: (event) => (event.type === 'votingChanged' && event.payload.workshopId === workshopId ? { kind: 'read' } : undefined),
  };
}

/** An /events socket as a page opens it, handed to a Follower of the voting view. */
async function follow(host: BenchHost, mode: Mode, workshopId: string, reads: () => Reads, onVoting: (voting: WorkshopVoting) => void) {
  const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/events`, { origin: host.origin });
  const listeners = new Set<(event: AppEvent) => void>();
  const events: EventSourceLike = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onConnectionChange: () => () => undefined,
  };
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', token: host.token })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as AppEvent | { type: 'ready' };
      if (message.type === 'ready') return resolve();
      if (message.type === 'votingChanged' && message.payload.ballotsOnly) reads().batches += 1;
      for (const listener of listeners) listener(message);
    });
    socket.once('error', reject);
  });
  const spec = specFor(mode, countingApi(host, reads), workshopId);
  const follower = new Follower<WorkshopVoting>(() => spec, events);
  follower.subscribe(() => {
    const value = follower.get().value;
    if (value) onVoting(value);
  });
  const stop = follower.start();
  return () => {
    stop();
    socket.close();
  };
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
    body: JSON.stringify({ code: sharing.joinCode, name: `Phone ${i + 1}` }),
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

/** A vote to run: its workshop, and each round's open session with the dots already in it. */
interface Scenario {
  name: string;
  phones: number;
  rounds: number;
  setup(host: BenchHost): Promise<{ workshopId: string; open(round: number): Promise<{ session: VotingSessionView; before: Map<string, number>; voted: number }> }>;
}

const ITEMS = ['Accueil', 'Parking', 'Attente en caisse', 'Prix peu clairs', 'Site lent', 'Horaires', 'SAV injoignable', 'Livraison'];

const SAMPLE: Scenario = {
  name: 'the sample workshop’s vote (6 proxy ballots, 12 phones)',
  phones: 12,
  rounds: 5,
  async setup(host) {
    const workshop = await api<Workshop>(host, 'sampleWorkshopCreate', { language: 'en' });
    const voting = await api<WorkshopVoting>(host, 'votingSessionsList', { workshopId: workshop.id });
    const sample = voting.sessions[0]!;
    const proxies = new Map((sample.results?.items ?? []).map((r) => [r.itemId, r.votes]));
    return {
      workshopId: workshop.id,
      // The sample's revealed vote, reopened: its proxy ballots stay, the phones' replace their own.
      open: async () => ({ session: await api<VotingSessionView>(host, 'votingPhaseSet', { sessionId: sample.id, action: 'reopen' }), before: proxies, voted: sample.votedCount }),
    };
  },
};

const BIG: Scenario = {
  name: 'a big vote (100 phones, 60 items, a new session each round)',
  phones: 100,
  rounds: 5,
  async setup(host) {
    const workshop = await api<Workshop>(host, 'workshopCreate', {
      templateId: 'voting',
      meta: { title: 'Bench', date: '2025-06-02', language: 'fr', participants: [] },
    });
    const items = Array.from({ length: 60 }, (_, i) => `${ITEMS[i % ITEMS.length]} — point ${i + 1} : ce que les clients nous disent le plus souvent`);
    return {
      workshopId: workshop.id,
      open: async () => {
        const session = await api<VotingSessionView>(host, 'votingSessionCreate', { workshopId: workshop.id, typedItems: items });
        return { session: await api<VotingSessionView>(host, 'votingPhaseSet', { sessionId: session.id, action: 'open' }), before: new Map(), voted: 0 };
      },
    };
  },
};

interface Figures {
  /** Per round, per viewer. */
  reads: Record<Viewer, Reads>[];
  /** ms from the last vote sent to the final count on each viewer, per round. */
  seen: Record<Viewer, number>[];
  acks: number[];
  failures: string[];
  /** Once the rounds are done, with nothing else going on: one read of each kind, repeated (ms). */
  idle: { whole: number[]; turnout: number[] };
}

async function run(scenario: Scenario, mode: Mode): Promise<Figures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-voting-'));
  const host = await startHost(dataDir, { env: { ATELIER_SHARING_BIND: '127.0.0.1' } });
  const figures: Figures = { reads: [], seen: [], acks: [], failures: [], idle: { whole: [], turnout: [] } };
  try {
    const { workshopId, open } = await scenario.setup(host);
    const sharing = await api<SharingStatus>(host, 'sharingStart', { workshopId });
    const phones: Phone[] = [];
    for (let i = 0; i < scenario.phones; i++) phones.push(await phone(sharing, i));

    let counting: Record<Viewer, Reads> = { facilitator: zero(), presenter: zero() };
    let watch: { sessionId: string; voted: number; seen: Partial<Record<Viewer, number>> } | null = null;
    const shown: Partial<Record<Viewer, WorkshopVoting>> = {};
    const onVoting = (who: Viewer) => (voting: WorkshopVoting) => {
      shown[who] = voting;
      const session = voting.sessions.find((s) => s.id === watch?.sessionId);
      if (watch && session && session.votedCount === watch.voted && watch.seen[who] === undefined) watch.seen[who] = performance.now();
    };
    const stops = [
      await follow(host, mode, workshopId, () => counting.facilitator, onVoting('facilitator')),
      await follow(host, mode, workshopId, () => counting.presenter, onVoting('presenter')),
    ];
    await new Promise((r) => setTimeout(r, 300)); // the first reads

    let requestId = 1;
    for (let round = 0; round < scenario.rounds; round++) {
      const { session, before, voted } = await open(round);
      // Counting starts once both viewers show the vote open (the reads its opening asked for are done).
      const isOpen = (who: Viewer) => shown[who]?.sessions.some((s) => s.id === session.id && s.phase === 'open') ?? false;
      const opened = performance.now() + 5000;
      while (!(isOpen('facilitator') && isOpen('presenter')) && performance.now() < opened) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 100)); // the phones hear of it too
      const items = session.items.map((i) => i.id);
      counting = { facilitator: zero(), presenter: zero() };
      watch = { sessionId: session.id, voted: voted + scenario.phones, seen: {} };
      const expected = new Map(items.map((id) => [id, before.get(id) ?? 0]));

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
          figures.acks.push(performance.now() - (sentAt[i] ?? 0));
          if (answer.type !== 'ack') figures.failures.push(JSON.stringify(answer));
          return answer;
        });
      });
      const lastSent = Math.max(...sentAt);
      await Promise.all(answers);
      const deadline = performance.now() + 5000;
      while ((watch.seen.facilitator === undefined || watch.seen.presenter === undefined) && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1));
      }
      figures.seen.push({ facilitator: (watch.seen.facilitator ?? NaN) - lastSent, presenter: (watch.seen.presenter ?? NaN) - lastSent });
      await new Promise((r) => setTimeout(r, 300)); // reads still under way are counted with this round
      figures.reads.push(counting);
      counting = { facilitator: zero(), presenter: zero() }; // the reveal and the next round's setup are not ballots

      const revealed = await api<VotingSessionView>(host, 'votingPhaseSet', { sessionId: session.id, action: 'reveal' });
      const totals = new Map(revealed.results?.items.map((r) => [r.itemId, r.votes]) ?? []);
      const exact = [...expected].every(([id, votes]) => totals.get(id) === votes) && revealed.results?.votersVoted === voted + scenario.phones;
      if (!exact) figures.failures.push(`round ${round + 1}: totals differ`);
    }
    for (const stop of stops) stop();
    for (const p of phones) p.socket.close();
    const last = (await api<WorkshopVoting>(host, 'votingSessionsList', { workshopId })).sessions.at(-1)?.id ?? null;
    for (let i = 0; i < 21; i++) {
      let started = performance.now();
      await api(host, 'votingSessionsList', { workshopId });
      figures.idle.whole.push(performance.now() - started);
      started = performance.now();
      await api(host, 'votingTurnout', { workshopId, sessionId: last });
      figures.idle.turnout.push(performance.now() - started);
    }
  } finally {
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

const median = (values: readonly number[]): number => percentile(values, 0.5);
const kb = (bytes: number): string => (bytes >= 10_000 ? `${(bytes / 1024).toFixed(0)} KB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${Math.round(bytes)} B`);

function describe(mode: Mode, figures: Figures): string[] {
  const facilitator = figures.reads.map((r) => r.facilitator);
  const perBatch = facilitator.map((r) => r.bytes / Math.max(1, r.batches));
  const lines = [
    `  ${mode === 'before' ? 'before (whole view on every push)' : 'after (turnout on ballots-only pushes)'}:`,
    `    facilitator's view per ballot batch: median ${kb(median(perBatch))} read (per round: ${perBatch.map(kb).join(', ')})`,
    `    per round: median ${median(facilitator.map((r) => r.batches))} batches, ${kb(median(facilitator.map((r) => r.bytes)))} read in ${median(facilitator.map((r) => r.whole))} whole + ${median(facilitator.map((r) => r.parts))} turnout reads`,
    `    one read of the facilitator's view: median ${median(facilitator.flatMap((r) => r.ms)).toFixed(1)} ms (n=${facilitator.flatMap((r) => r.ms).length})`,
    `    final count shown, after the last vote sent: facilitator median ${median(figures.seen.map((s) => s.facilitator)).toFixed(1)} ms, presenter median ${median(figures.seen.map((s) => s.presenter)).toFixed(1)} ms (worst ${Math.max(...figures.seen.map((s) => Math.max(s.facilitator, s.presenter))).toFixed(1)} ms)`,
    `    phones' acknowledgements: p50 ${percentile(figures.acks, 0.5).toFixed(1)} ms · p99 ${percentile(figures.acks, 0.99).toFixed(1)} ms (n=${figures.acks.length})`,
  ];
  if (mode === 'after') {
    lines.push(`    once the vote is over, one read on its own: whole view median ${median(figures.idle.whole).toFixed(1)} ms, turnout median ${median(figures.idle.turnout).toFixed(1)} ms (n=${figures.idle.whole.length} each)`);
  }
  if (figures.failures.length > 0) lines.push(`    errors: ${figures.failures.slice(0, 5).join('; ')}`);
  return lines;
}

async function main(): Promise<void> {
  for (const scenario of [SAMPLE, BIG]) {
    console.log(`\n${scenario.name}, ${scenario.rounds} rounds, 5 dots per phone sent at once over real WebSockets to 127.0.0.1`);
    for (const mode of ['before', 'after'] as const) {
      const figures = await run(scenario, mode);
      for (const line of describe(mode, figures)) console.log(line);
      console.log(`    every vote counted exactly once: ${figures.failures.length === 0 ? 'yes' : 'NO'}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
