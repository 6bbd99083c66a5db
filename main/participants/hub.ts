import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import {
  CLOSE_CODES,
  clientMessageSchema,
  type ClientMessage,
  type ParticipantState,
  type ServerMessage,
} from '../../shared/participant/protocol';
import { touchesStructure } from '../../shared/domain/board-change';
import type { AppEvent } from '../../shared/ipc/contract';
import type { ParticipantRecord } from '../store/participants-repo';
import type { ServiceContext } from '../services/context';
import { requireWorkshop } from '../services/workshops';
import { addCard, authenticate, boardTargets, roomMatrix, roomState, roomVote, voteTogether, withOwnBallot, type VoteRequest } from './actions';
import { startHeartbeat } from '../http/heartbeat';
import { createRateLimiter, type RateLimit } from './rate-limit';

/** A participant's message is at most 16 KB: a card (500 characters) or a full ballot fits in far less. */
export const PARTICIPANT_MAX_PAYLOAD = 16 * 1024;

export interface HubOptions {
  ctx: ServiceContext;
  workshopId: string;
  /** Someone connected or disconnected. */
  onPresence(): void;
  heartbeatMs?: number;
  authTimeoutMs?: number;
  /** Every message of one participant (all their sockets together). */
  messageLimit?: RateLimit;
  /** Cards of one participant, on top of the message limit. */
  cardLimit?: RateLimit;
  maxSockets?: number;
}

export interface ParticipantHub {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  connectedIds(): Set<string>;
  /** Closes every socket of a participant (removed by the facilitator). */
  disconnect(participantId: string): void;
  close(): void;
}

const PARTICIPANT_TYPES = new Set(['hello', 'addCard', 'vote']);

/**
 * The participants' WebSocket endpoint. A socket proves who it is with its token in the first
 * message; until then it receives nothing. Afterwards it may only add cards and vote; it gets the
 * room's state (built for participants — see actions.ts) whenever that changes.
 */
export function createParticipantHub(options: HubOptions): ParticipantHub {
  const { ctx, workshopId } = options;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const authTimeoutMs = options.authTimeoutMs ?? 5_000;
  const maxSockets = options.maxSockets ?? 1000;
  const messages = createRateLimiter(options.messageLimit ?? { burst: 20, perSecond: 5 });
  const cards = createRateLimiter(options.cardLimit ?? { burst: 10, perSecond: 0.5 });

  const wss = new WebSocketServer({ noServer: true, maxPayload: PARTICIPANT_MAX_PAYLOAD, clientTracking: true });
  const who = new Map<WebSocket, ParticipantRecord>();
  let lastBoard = '';
  let lastVote = '';
  let lastMatrix = '';
  let pending: NodeJS.Immediate | null = null;
  let closed = false;

  function send(socket: WebSocket, message: ServerMessage): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }

  function fail(socket: WebSocket, requestId: number | null, code: ErrorCode, message: string): void {
    send(socket, { type: 'error', requestId, code, message });
  }

  function currentState(): ParticipantState {
    return roomState(ctx.store().db, workshopId, ctx.now().getTime());
  }

  function sendState(socket: WebSocket, participantId: string, state = currentState()): void {
    send(socket, { type: 'state', state: withOwnBallot(ctx.store().db, state, participantId) });
  }

  /** One read of the room for all sockets, at most once per turn of the event loop. */
  function broadcast(): void {
    pending = null;
    if (closed || who.size === 0) return;
    let state: ParticipantState;
    try {
      state = currentState();
    } catch (error) {
      console.error('Participant state failed', error);
      return;
    }
    lastBoard = JSON.stringify(state.board);
    lastVote = JSON.stringify(state.vote);
    lastMatrix = JSON.stringify(state.matrix);
    for (const [socket, participant] of who) sendState(socket, participant.id, state);
  }

  function schedule(): void {
    pending ??= setImmediate(broadcast);
  }

  /**
   * Only what participants can see wakes them, as the push says: phones see the board's places
   * (sections, cells), not its cards, and no one's ballots but their own, so a card edit or a
   * ballot cast by someone else reads nothing at all.
   */
  const unsubscribe = ctx.bus.subscribe((event: AppEvent) => {
    if (closed || who.size === 0) return;
    if (event.type === 'workshopChanged' && event.payload.id === workshopId) schedule();
    else if (event.type === 'boardChanged' && event.payload.workshopId === workshopId) {
      if (touchesStructure(event.payload) && changed('board')) schedule();
    } else if (event.type === 'votingChanged' && event.payload.workshopId === workshopId) {
      if (!event.payload.ballotsOnly && changed('vote')) schedule();
    } else if (event.type === 'matricesChanged' && event.payload.workshopId === workshopId) {
      if (changed('matrix')) schedule();
    }
  });

  /** Reads only the part the event may have changed, and wakes the phones only if it did. */
  function changed(part: 'board' | 'vote' | 'matrix'): boolean {
    try {
      const db = ctx.store().db;
      if (part === 'vote') return JSON.stringify(roomVote(db, workshopId)) !== lastVote;
      const workshop = requireWorkshop(db, workshopId);
      const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
      if (part === 'matrix') return JSON.stringify(step ? roomMatrix(db, workshopId, step) : null) !== lastMatrix;
      return JSON.stringify(step ? boardTargets(db, workshopId, step.kind) : null) !== lastBoard;
    } catch {
      return false;
    }
  }

  function isConnected(participantId: string): boolean {
    for (const p of who.values()) if (p.id === participantId) return true;
    return false;
  }

  const heartbeat = startHeartbeat(wss, heartbeatMs);
  wss.on('connection', (socket: WebSocket) => {
    socket.on('error', () => socket.terminate());
    const authTimer = setTimeout(() => socket.close(CLOSE_CODES.unauthorized, 'auth timeout'), authTimeoutMs);

    socket.on('message', (raw: RawData, isBinary: boolean) => {
      heartbeat.seen(socket);
      const participant = who.get(socket);
      if (!participant) {
        clearTimeout(authTimer);
        hello(socket, raw, isBinary);
        return;
      }
      if (!messages.take(participant.id)) {
        fail(socket, null, 'rate_limited', 'Too many messages; slow down');
        return;
      }
      const message = parse(socket, raw, isBinary);
      if (message) act(socket, participant, message);
    });

    socket.on('close', () => {
      clearTimeout(authTimer);
      const participant = who.get(socket);
      who.delete(socket);
      if (participant && !isConnected(participant.id)) options.onPresence();
    });
  });

  function hello(socket: WebSocket, raw: RawData, isBinary: boolean): void {
    const message = parse(socket, raw, isBinary);
    if (message?.type !== 'hello') {
      socket.close(CLOSE_CODES.unauthorized, 'hello first');
      return;
    }
    let participant: ParticipantRecord;
    try {
      participant = authenticate(ctx, workshopId, message.token);
    } catch (error) {
      const code = error instanceof AppError && error.code === 'forbidden' ? CLOSE_CODES.removed : CLOSE_CODES.unauthorized;
      socket.close(code, error instanceof AppError ? error.message.slice(0, 100) : 'unauthorized');
      return;
    }
    const first = !isConnected(participant.id);
    who.set(socket, participant);
    send(socket, { type: 'welcome', participant: { id: participant.id, name: participant.name } });
    try {
      const state = currentState();
      lastBoard = JSON.stringify(state.board);
      lastVote = JSON.stringify(state.vote);
      sendState(socket, participant.id, state);
    } catch (error) {
      console.error('Participant state failed', error);
    }
    if (first) options.onPresence();
  }

  function parse(socket: WebSocket, raw: RawData, isBinary: boolean): ClientMessage | null {
    let data: unknown;
    try {
      if (isBinary) throw new Error('binary');
      data = JSON.parse(rawText(raw));
    } catch {
      fail(socket, null, 'invalid_input', 'Messages are JSON text');
      return null;
    }
    const requestId = requestIdOf(data);
    const type = (data as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && !PARTICIPANT_TYPES.has(type)) {
      fail(socket, requestId, 'forbidden', `Participants cannot ${type.slice(0, 40)}: they can add cards and vote`);
      return null;
    }
    const parsed = clientMessageSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      fail(socket, requestId, 'invalid_input', `${field ? `${field}: ` : ''}${issue?.message ?? 'Invalid message'}`);
      return null;
    }
    return parsed.data;
  }

  function act(socket: WebSocket, participant: ParticipantRecord, message: ClientMessage): void {
    if (message.type === 'hello') {
      fail(socket, null, 'conflict', 'Already signed in');
      return;
    }
    try {
      // Each action commits its transaction (synchronous=FULL) before the ack below is sent.
      if (message.type === 'addCard') {
        if (!cards.take(participant.id)) {
          fail(socket, message.requestId, 'rate_limited', 'Too many cards at once; wait a little');
          return;
        }
        const cardId = addCard(ctx, participant, message.container, message.text);
        send(socket, { type: 'ack', requestId: message.requestId, action: 'addCard', cardId });
      } else {
        queueVote(socket, { participant, sessionId: message.sessionId, dots: message.dots }, message.requestId);
      }
    } catch (error) {
      if (error instanceof AppError) {
        fail(socket, message.requestId, error.code, error.message);
        if (error.reason === 'participant_removed') socket.close(CLOSE_CODES.removed, 'removed');
      } else {
        console.error('Participant action failed', error);
        fail(socket, message.requestId, 'internal', 'Unexpected error');
      }
    }
  }

  /** Ballots that arrive in the same turn of the event loop are committed together (voteTogether). */
  let votes: { socket: WebSocket; request: VoteRequest; requestId: number }[] = [];
  let votesPending: NodeJS.Immediate | null = null;

  function queueVote(socket: WebSocket, request: VoteRequest, requestId: number): void {
    votes.push({ socket, request, requestId });
    votesPending ??= setImmediate(flushVotes);
  }

  function flushVotes(): void {
    votesPending = null;
    const batch = votes;
    votes = [];
    if (batch.length === 0) return;
    let result: ReturnType<typeof voteTogether>;
    try {
      result = voteTogether(ctx, workshopId, batch.map((b) => b.request));
    } catch (error) {
      const appError = error instanceof AppError ? error : null;
      if (!appError) console.error('Participant votes failed', error);
      for (const { socket, requestId } of batch) {
        fail(socket, requestId, appError?.code ?? 'internal', appError?.message ?? 'Unexpected error');
      }
      return;
    }
    // Committed: now, and only now, the acknowledgements — before the (larger) facilitator update.
    batch.forEach(({ socket, request, requestId }, index) => {
      const outcome = result.outcomes[index];
      if (!outcome) return;
      if (outcome.ok) send(socket, { type: 'ack', requestId, action: 'vote', sessionId: request.sessionId, dots: outcome.dots });
      else {
        fail(socket, requestId, outcome.error.code, outcome.error.message);
        if (outcome.error.reason === 'participant_removed') socket.close(CLOSE_CODES.removed, 'removed');
      }
    });
    if (result.castIn) ctx.bus.emit('votingChanged', { workshopId, sessionId: result.castIn, ballotsOnly: true });
  }

  return {
    handleUpgrade(req, socket, head) {
      if (closed || wss.clients.size >= maxSockets) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    connectedIds: () => new Set([...who.values()].map((p) => p.id)),
    disconnect(participantId) {
      for (const [socket, p] of who) {
        if (p.id === participantId) socket.close(CLOSE_CODES.removed, 'removed');
      }
    },
    close() {
      closed = true;
      unsubscribe();
      heartbeat.stop();
      if (pending) clearImmediate(pending);
      if (votesPending) clearImmediate(votesPending);
      votes = [];
      for (const socket of wss.clients) socket.close(CLOSE_CODES.stopped, 'sharing stopped');
      // Sockets that do not finish the closing handshake promptly are cut.
      const cut = setTimeout(() => {
        for (const socket of wss.clients) socket.terminate();
      }, 1000);
      cut.unref();
      who.clear();
      wss.close();
    },
  };
}

function rawText(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  if (raw instanceof ArrayBuffer) return Buffer.from(raw).toString('utf8');
  return raw.toString('utf8');
}

function requestIdOf(data: unknown): number | null {
  const id = (data as { requestId?: unknown } | null)?.requestId;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}
