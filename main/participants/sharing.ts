import QRCode from 'qrcode';
import { SHARING_OFF, type Participant, type QrMatrix, type SharingStatus } from '../../shared/domain/voting';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { joinWorkshop } from './actions';
import { createParticipantHub, type ParticipantHub } from './hub';
import { newJoinCode } from './lan';
import type { ParticipantTuning } from './rate-limit';
import { startParticipantServer, type ParticipantServer } from './server';
import {
  clearJoinCodes,
  listActiveParticipants,
  markRemoved,
  readParticipant,
  replaceJoinCode,
} from '../store/participants-repo';
import type { ServiceMethods } from '../ipc/handlers';
import type { ServiceContext } from '../services/context';
import { readWorkshop, requireEditable, requireWorkshop } from '../services/workshops';

interface Running {
  workshopId: string;
  server: ParticipantServer;
  hub: ParticipantHub;
  status: SharingStatus;
  /** Re-reads the machine's addresses while sharing. */
  watch: ReturnType<typeof setInterval>;
}

export interface ParticipantServerConfig {
  /** 0.0.0.0 (the LAN) in the app; tests bind 127.0.0.1. */
  bindAddress: string;
  /** The built renderer (participant.html and its assets). */
  staticDir: string;
  tuning?: ParticipantTuning;
  /** The machine's LAN addresses (tests pass their own). */
  addresses?: () => string[];
}

/** What sharing keeps between calls: the server running, if any, and the queue of starts and stops. */
export interface SharingContext extends ServiceContext {
  /** Where the participant server listens and what it serves. */
  participantServer: ParticipantServerConfig;
  sharing: { running: Running | null; queue: Promise<unknown> };
}

/** How often the addresses are read again while sharing. */
const NETWORK_CHECK_MS = 3_000;

/**
 * Sharing on the local network: one participant server at a time, for one workshop. Starting it
 * issues a new join code (the previous one expires); stopping it closes every participant socket
 * and deletes the code. Participants' tokens outlive a stop, so phones resume when sharing
 * restarts for the same workshop. The server stops with the core, and when its workshop goes to
 * the trash.
 */
export function createSharingContext(ctx: ServiceContext, participantServer: ParticipantServerConfig): SharingContext {
  const sharing: SharingContext = { ...ctx, participantServer, sharing: { running: null, queue: Promise.resolve() } };
  ctx.onClose?.(() => serially(sharing, () => stop(sharing)));
  // A workshop moved to the trash (or purged) is no longer shared: its phones are told to stop.
  ctx.bus.subscribe((event) => {
    const shared = sharing.sharing.running?.workshopId;
    if (!shared) return;
    const gone =
      (event.type === 'workshopChanged' && event.payload.id === shared && event.payload.trashed) ||
      (event.type === 'workshopsChanged' && !workshopExists(ctx, shared));
    if (gone) void serially(sharing, () => stop(sharing)).catch((error: unknown) => console.error('Stopping sharing failed', error));
  });
  return sharing;
}

/** Sharing on the local network and its participants. */
export function registerSharingServices(app: ServiceMethods<SharingContext>): void {
  app.methods({ sharingStart, sharingStop, sharingStatus, participantsList, participantRemove });
}

export function sharingStart(ctx: SharingContext, { workshopId, port }: ParsedInputOf<'sharingStart'>): Promise<OutputOf<'sharingStart'>> {
  return serially(ctx, () => start(ctx, workshopId, port));
}

export function sharingStop(ctx: SharingContext): Promise<OutputOf<'sharingStop'>> {
  return serially(ctx, async () => {
    await stop(ctx);
    return SHARING_OFF;
  });
}

export function sharingStatus(ctx: SharingContext): OutputOf<'sharingStatus'> {
  return ctx.sharing.running?.status ?? SHARING_OFF;
}

export function participantsList(ctx: SharingContext, { workshopId }: ParsedInputOf<'participantsList'>): OutputOf<'participantsList'> {
  requireWorkshop(ctx.store().db, workshopId);
  return participantsOf(ctx, workshopId);
}

export function participantRemove(ctx: SharingContext, { participantId }: ParsedInputOf<'participantRemove'>): OutputOf<'participantRemove'> {
  const now = ctx.now().toISOString();
  const workshopId = ctx.store().transaction((db) => {
    const participant = readParticipant(db, participantId);
    if (!participant || participant.removedAt !== null) throw new AppError('not_found', `No participant ${participantId}`);
    markRemoved(db, participantId, now);
    return participant.workshopId;
  });
  const running = ctx.sharing.running;
  if (running?.workshopId === workshopId) running.hub.disconnect(participantId);
  announceParticipants(ctx, workshopId);
  ctx.bus.emit('votingChanged', { workshopId, sessionId: null, ballotsOnly: true });
  return participantsOf(ctx, workshopId);
}

/** Start and stop await the network; one at a time, so two quick clicks cannot start two servers. */
function serially<T>(ctx: SharingContext, fn: () => Promise<T>): Promise<T> {
  const next = ctx.sharing.queue.then(fn, fn);
  ctx.sharing.queue = next.catch(() => undefined);
  return next;
}

function participantsOf(ctx: SharingContext, workshopId: string): Participant[] {
  const running = ctx.sharing.running;
  const connected = running?.workshopId === workshopId ? running.hub.connectedIds() : new Set<string>();
  return listActiveParticipants(ctx.store().db, workshopId).map((p) => ({
    id: p.id,
    workshopId: p.workshopId,
    name: p.name,
    connected: connected.has(p.id),
    joinedAt: p.joinedAt,
    lastSeenAt: p.lastSeenAt,
  }));
}

function announceParticipants(ctx: SharingContext, workshopId: string): void {
  ctx.bus.emit('participantsChanged', { workshopId });
}

async function stop(ctx: SharingContext): Promise<void> {
  const current = ctx.sharing.running;
  if (!current) return;
  ctx.sharing.running = null;
  clearInterval(current.watch);
  await current.server.close();
  ctx.store().transaction((db) => clearJoinCodes(db));
  ctx.bus.emit('sharingChanged', { active: false, workshopId: null });
  announceParticipants(ctx, current.workshopId);
}

async function start(ctx: SharingContext, workshopId: string, port: number | undefined): Promise<SharingStatus> {
  const workshop = requireEditable(ctx.store().db, workshopId);
  const running = ctx.sharing.running;
  if (running?.workshopId === workshopId && (port === undefined || port === running.status.port)) return running.status;
  await stop(ctx);

  const code = newJoinCode();
  const now = ctx.now().toISOString();
  ctx.store().transaction((db) => replaceJoinCode(db, code, workshopId, now));
  const config = ctx.participantServer;
  const tuning = config.tuning ?? {};
  const hub = createParticipantHub({ ctx, workshopId, onPresence: () => announceParticipants(ctx, workshopId), ...tuning });
  let server: ParticipantServer;
  try {
    server = await startParticipantServer({
      bindAddress: config.bindAddress,
      port: port ?? 0,
      staticDir: config.staticDir,
      hub,
      language: () => requireWorkshop(ctx.store().db, workshopId).language,
      join: (joinCode, name) => {
        const answer = joinWorkshop(ctx, workshopId, joinCode, name);
        announceParticipants(ctx, workshopId);
        // A new phone is one more voter still to vote.
        ctx.bus.emit('votingChanged', { workshopId, sessionId: null, ballotsOnly: true });
        return answer;
      },
      ...(tuning.joinFailureLimit ? { joinFailureLimit: tuning.joinFailureLimit } : {}),
      ...(tuning.joinLimit ? { joinLimit: tuning.joinLimit } : {}),
      ...(config.addresses ? { addresses: config.addresses } : {}),
    });
  } catch (error) {
    hub.close();
    ctx.store().transaction((db) => clearJoinCodes(db));
    throw error;
  }
  const status: SharingStatus = {
    active: true,
    workshopId: workshop.id,
    port: server.port,
    joinCode: code,
    startedAt: now,
    ...addressesOf(server.urls, code),
  };
  const watch = setInterval(() => followNetwork(ctx), tuning.networkCheckMs ?? NETWORK_CHECK_MS);
  watch.unref?.();
  ctx.sharing.running = { workshopId, server, hub, status, watch };
  ctx.bus.emit('sharingChanged', { active: true, workshopId });
  return status;
}

/**
 * The laptop joined the room's Wi-Fi after sharing started, or moved to another network: the
 * addresses, join link and QR code follow, and every screen showing them is told.
 */
function followNetwork(ctx: SharingContext): void {
  const current = ctx.sharing.running;
  if (!current) return;
  const urls = current.server.currentUrls();
  if (urls.length === current.status.urls.length && urls.every((url, i) => url === current.status.urls[i])) return;
  current.status = { ...current.status, ...addressesOf(urls, current.status.joinCode ?? '') };
  ctx.bus.emit('sharingChanged', { active: true, workshopId: current.workshopId });
}

function workshopExists(ctx: ServiceContext, id: string): boolean {
  try {
    const workshop = readWorkshop(ctx.store().db, id);
    return workshop !== null && workshop.deletedAt === null;
  } catch {
    return false;
  }
}

/** The addresses to show, and the join link and QR code of the first (none without a network). */
function addressesOf(urls: string[], code: string): Pick<SharingStatus, 'urls' | 'joinUrl' | 'qr'> {
  const first = urls[0];
  const joinUrl = first === undefined ? null : `${first}#${code}`;
  return { urls, joinUrl, qr: joinUrl === null ? null : qrMatrix(joinUrl) };
}

/** The module matrix, row by row; the renderer draws it as SVG rects (no SVG string crosses IPC). */
export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  const modules: boolean[][] = [];
  for (let row = 0; row < size; row++) {
    const line: boolean[] = [];
    for (let col = 0; col < size; col++) line.push(data[row * size + col] === 1);
    modules.push(line);
  }
  return { text, size, modules };
}
