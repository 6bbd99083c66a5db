import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { startCore, type Core } from '../../main/core';
import type { ParticipantTuning } from '../../main/participants/rate-limit';
import type { JourneyMap, Persona } from '../../shared/domain/board';
import type { SharingStatus } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import type { AppEvent, ChannelName, EventMap, EventName, InputOf, OutputOf } from '../../shared/ipc/contract';
import type { AppErrorData } from '../../shared/ipc/result';
import type { ClientMessageInput, JoinAnswer, ParticipantState, ServerMessage } from '../../shared/participant/protocol';
import { callsInto, createClock, type TestClock } from './core';
import { rawRequest, type RawAnswer } from './http';

/**
 * A core whose participant server listens on 127.0.0.1 only (never the LAN), over a fresh data
 * folder, and phones as real WebSocket clients. Limits are the app's unless a test tunes them.
 */
export interface SharingCore {
  core: Core;
  dataDir: string;
  clock: TestClock;
  events: AppEvent[];
  eventsOf<K extends EventName>(type: K): EventMap[K][];
  call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>>;
  refused(channel: string, input: unknown): Promise<AppErrorData>;
  close(): Promise<void>;
}

/**
 * The real built renderer (npm test builds before vitest), so that a file leaking to the phones'
 * network fails the tests.
 */
export const BUILT_RENDERER = path.resolve(import.meta.dirname, '../../dist/renderer');

function builtRenderer(): string {
  if (!fs.existsSync(path.join(BUILT_RENDERER, '.vite', 'manifest.json'))) {
    throw new Error('These tests serve the built participant page: run `npm run build` first.');
  }
  return BUILT_RENDERER;
}

export async function startSharingCore(
  options: { dataDir?: string; tuning?: ParticipantTuning; clock?: TestClock; keepDir?: boolean; bindAddress?: string; addresses?: () => string[] } = {},
): Promise<SharingCore> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-share-'));
  const staticDir = builtRenderer();
  // Real time unless a test moves the clock: 'latest session' and heartbeats read it.
  const clock = options.clock ?? realClock();
  const core = await startCore({
    dataDir,
    host: 'web',
    now: clock.now,
    participantServer: {
      bindAddress: options.bindAddress ?? '127.0.0.1',
      staticDir,
      tuning: options.tuning ?? {},
      ...(options.addresses ? { addresses: options.addresses } : {}),
    },
  });
  const events: AppEvent[] = [];
  core.bus.subscribe((event) => events.push(event));
  onTestFinished(async () => {
    await core.close();
    if (!options.keepDir && !options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    core,
    dataDir,
    clock,
    events,
    eventsOf: <K extends EventName>(type: K) => events.filter((e) => e.type === type).map((e) => e.payload as EventMap[K]),
    ...callsInto(core),
    close: () => core.close(),
  };
}

function realClock(): TestClock {
  const base = createClock();
  return { ...base, now: () => new Date(), ms: () => Date.now() };
}

export interface RoomBoards {
  workshop: Workshop;
  persona: Persona;
  map: JourneyMap;
  /** The persona section titled Frustrations. */
  frustrations: string;
  painLane: string;
  stages: string[];
}

/**
 * A French workshop with one persona and one journey map, its current step a journey step — not run
 * in silence (the template's is), so cards are seen as they are written; silentRoom and the silent
 * writing tests turn it on.
 */
export async function roomWithBoards(t: SharingCore, language: 'fr' | 'en' = 'fr'): Promise<RoomBoards> {
  const workshop = await t.call('workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title: 'Parcours client', date: '2025-06-02', language, participants: [] },
  });
  const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
  const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: persona.id });
  const journeyStep = workshop.steps.find((s) => s.kind === 'journey');
  if (!journeyStep) throw new Error('no journey step');
  await t.call('timerGoTo', { workshopId: workshop.id, stepId: journeyStep.id });
  const current = await t.call('stepSetSilent', { workshopId: workshop.id, stepId: journeyStep.id, silent: false });
  const frustrations = persona.sections.find((s) => /frustration/i.test(s.title));
  const painLane = map.lanes.find((l) => l.kind === 'painPoints');
  if (!frustrations || !painLane) throw new Error('default persona sections or lanes missing');
  return { workshop: current, persona, map, frustrations: frustrations.id, painLane: painLane.id, stages: map.stages.map((s) => s.id) };
}

/** A room with boards whose sharing has started: what phones join. */
export async function sharedRoom(t: SharingCore) {
  const room = await roomWithBoards(t);
  const sharing = await t.call('sharingStart', { workshopId: room.workshop.id });
  return { room, sharing };
}

export function origin(status: SharingStatus): string {
  return `http://127.0.0.1:${status.port}`;
}

export type HttpAnswer = RawAnswer;

/** A raw HTTP request to the participant server on 127.0.0.1, with the headers a browser would send. */
export function httpRequest(
  status: SharingStatus,
  req: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<HttpAnswer> {
  return rawRequest(status.port ?? 0, req);
}

export function postJoin(status: SharingStatus, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return httpRequest(status, {
    method: 'POST',
    path: '/join',
    headers: { 'content-type': 'application/json', origin: origin(status), ...headers },
    body: JSON.stringify(body),
  });
}

export async function join(status: SharingStatus, name?: string): Promise<JoinAnswer> {
  const answer = await postJoin(status, name === undefined ? { code: status.joinCode } : { code: status.joinCode, name });
  const parsed = answer.json() as { ok: boolean; value?: JoinAnswer; error?: AppErrorData };
  if (!parsed.ok || !parsed.value) throw new Error(`join refused: ${answer.body}`);
  return parsed.value;
}

/** A phone's socket: every message it received, and requests answered by ack or error. */
export interface Phone {
  socket: WebSocket;
  received: ServerMessage[];
  raw: string[];
  /** The latest room state. */
  state(): ParticipantState;
  send(message: ClientMessageInput | Record<string, unknown> | string): void;
  /** Sends a message with a fresh requestId and waits for its ack or error. */
  ask(message: Record<string, unknown>): Promise<ServerMessage>;
  next(predicate: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

let requestIds = 1;

/** Opens /ws (optionally with other Host/Origin headers) without saying hello. */
export function openSocket(status: SharingStatus, headers: { origin?: string; host?: string } = {}): WebSocket {
  return new WebSocket(`ws://127.0.0.1:${status.port}/ws`, {
    origin: headers.origin ?? origin(status),
    headers: headers.host ? { host: headers.host } : {},
  });
}

/** Connects and signs in with a token; resolves once the first state has arrived. */
export async function connect(status: SharingStatus, token: string): Promise<Phone> {
  const socket = openSocket(status);
  const received: ServerMessage[] = [];
  const raw: string[] = [];
  const waiters: { predicate: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('message', (data) => {
    const text = String(data);
    raw.push(text);
    const message = JSON.parse(text) as ServerMessage;
    received.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  const next = (predicate: (m: ServerMessage) => boolean, timeoutMs = 5000) =>
    new Promise<ServerMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message in time')), timeoutMs);
      waiters.push({
        predicate,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const firstState = next((m) => m.type === 'state');
  socket.send(JSON.stringify({ type: 'hello', token }));
  await Promise.race([firstState, closed.then((c) => Promise.reject(new Error(`closed ${c.code} ${c.reason}`)))]);
  const phone: Phone = {
    socket,
    received,
    raw,
    state() {
      const last = [...received].reverse().find((m) => m.type === 'state');
      if (!last || last.type !== 'state') throw new Error('no state yet');
      return last.state;
    },
    send(message) {
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    ask(message) {
      const requestId = requestIds++;
      const answer = next((m) => (m.type === 'ack' || m.type === 'error') && m.requestId === requestId);
      socket.send(JSON.stringify({ ...message, requestId }));
      return answer;
    },
    next,
    closed,
    close: () => socket.close(),
  };
  onTestFinished(() => {
    socket.terminate();
  });
  return phone;
}

/** Joins with the code and connects: a phone that has just scanned the QR code. */
export async function phoneJoins(status: SharingStatus, name?: string): Promise<Phone & { token: string; participantId: string }> {
  const { token, participantId } = await join(status, name);
  return Object.assign(await connect(status, token), { token, participantId });
}
