import QRCode from 'qrcode';
import { SHARING_OFF, type Participant, type QrMatrix, type SharingStatus } from '../../shared/domain/voting';
import { AppError } from '../../shared/ipc/result';
import type { PartialHandlers } from '../ipc/handlers';
import { joinWorkshop } from '../participants/actions';
import { createParticipantHub, type ParticipantHub } from '../participants/hub';
import { newJoinCode } from '../participants/lan';
import { startParticipantServer, type ParticipantServer } from '../participants/server';
import {
  clearJoinCodes,
  listActiveParticipants,
  markRemoved,
  readParticipant,
  replaceJoinCode,
} from '../store/participants-repo';
import type { ServiceContext } from './context';
import { readWorkshop, requireEditable, requireWorkshop } from './workshops';

interface Running {
  workshopId: string;
  server: ParticipantServer;
  hub: ParticipantHub;
  status: SharingStatus;
  /** Re-reads the machine's addresses while sharing. */
  watch: ReturnType<typeof setInterval>;
}

/** How often the addresses are read again while sharing. */
const NETWORK_CHECK_MS = 3_000;

/** The addresses to show, and the join link and QR code of the first (none without a network). */
function addressesOf(urls: string[], code: string): Pick<SharingStatus, 'urls' | 'joinUrl' | 'qr'> {
  const first = urls[0];
  const joinUrl = first === undefined ? null : `${first}#${code}`;
  return { urls, joinUrl, qr: joinUrl === null ? null : qrMatrix(joinUrl) };
}

/**
 * Sharing on the local network: one participant server at a time, for one workshop. Starting it
 * issues a new join code (the previous one expires); stopping it closes every participant socket
 * and deletes the code. Participants' tokens outlive a stop, so phones resume when sharing
 * restarts for the same workshop.
 */
export function sharingHandlers(ctx: ServiceContext): PartialHandlers {
  let running: Running | null = null;
  // Start and stop await the network; one at a time, so two quick clicks cannot start two servers.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  function participantsOf(workshopId: string): Participant[] {
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

  function announceParticipants(workshopId: string): void {
    ctx.bus.emit('participantsChanged', { workshopId, participants: participantsOf(workshopId) });
  }

  async function stop(): Promise<void> {
    const current = running;
    if (!current) return;
    running = null;
    clearInterval(current.watch);
    await current.server.close();
    ctx.store().transaction((db) => clearJoinCodes(db));
    ctx.bus.emit('sharingChanged', SHARING_OFF);
    announceParticipants(current.workshopId);
  }

  async function start(workshopId: string, port: number | undefined): Promise<SharingStatus> {
    const workshop = requireEditable(ctx.store().db, workshopId);
    if (running?.workshopId === workshopId && (port === undefined || port === running.status.port)) return running.status;
    await stop();

    const code = newJoinCode();
    const now = ctx.now().toISOString();
    ctx.store().transaction((db) => replaceJoinCode(db, code, workshopId, now));
    const config = ctx.participantServer ?? { bindAddress: '0.0.0.0', staticDir: 'dist/renderer' };
    const tuning = config.tuning ?? {};
    const hub = createParticipantHub({ ctx, workshopId, onPresence: () => announceParticipants(workshopId), ...tuning });
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
          announceParticipants(workshopId);
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
    running = { workshopId, server, hub, status, watch: setInterval(() => followNetwork(), tuning.networkCheckMs ?? NETWORK_CHECK_MS) };
    running.watch.unref?.();
    ctx.bus.emit('sharingChanged', status);
    return status;
  }

  /**
   * The laptop joined the room's Wi-Fi after sharing started, or moved to another network: the
   * addresses, join link and QR code follow, and every screen showing them is told.
   */
  function followNetwork(): void {
    const current = running;
    if (!current) return;
    const urls = current.server.currentUrls();
    if (urls.length === current.status.urls.length && urls.every((url, i) => url === current.status.urls[i])) return;
    current.status = { ...current.status, ...addressesOf(urls, current.status.joinCode ?? '') };
    ctx.bus.emit('sharingChanged', current.status);
  }

  ctx.onClose?.(() => serially(stop));

  // A workshop moved to the trash (or purged) is no longer shared: its phones are told to stop.
  ctx.bus.subscribe((event) => {
    const shared = running?.workshopId;
    if (!shared) return;
    const gone =
      (event.type === 'workshopChanged' && event.payload.id === shared && event.payload.deletedAt !== null) ||
      (event.type === 'workshopsChanged' && !workshopExists(shared));
    if (gone) void serially(stop).catch((error: unknown) => console.error('Stopping sharing failed', error));
  });

  function workshopExists(id: string): boolean {
    try {
      const workshop = readWorkshop(ctx.store().db, id);
      return workshop !== null && workshop.deletedAt === null;
    } catch {
      return false;
    }
  }

  return {
    sharingStart: ({ workshopId, port }) => serially(() => start(workshopId, port)),
    sharingStop: () =>
      serially(async () => {
        await stop();
        return SHARING_OFF;
      }),
    sharingStatus: () => running?.status ?? SHARING_OFF,

    participantsList: ({ workshopId }) => {
      requireWorkshop(ctx.store().db, workshopId);
      return participantsOf(workshopId);
    },

    participantRemove: ({ participantId }) => {
      const now = ctx.now().toISOString();
      const workshopId = ctx.store().transaction((db) => {
        const participant = readParticipant(db, participantId);
        if (!participant || participant.removedAt !== null) throw new AppError('not_found', `No participant ${participantId}`);
        markRemoved(db, participantId, now);
        return participant.workshopId;
      });
      if (running?.workshopId === workshopId) running.hub.disconnect(participantId);
      announceParticipants(workshopId);
      ctx.bus.emit('votingChanged', { workshopId, sessionId: null, ballotsOnly: true });
      return participantsOf(workshopId);
    },
  };
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
