import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../shared/ipc/result';
import {
  CLOSE_CODES,
  type ClientMessageInput,
  type JoinAnswer,
  type ParticipantState,
  type ServerMessage,
} from '../../shared/participant/protocol';
import { retryDelay } from '../src/api/retry';

/**
 * The phone's side of the participant server: joining over HTTP, then one WebSocket that signs in
 * with the stored token (in the first message, never the URL) and reconnects after sleep or a
 * network blip as the same participant, on the facilitator's pages' rules: it tries again after
 * the same delays (retryDelay), and each sign-in is answered with the whole room, so a phone whose
 * link came back reads everything again and shows nothing it missed as it was.
 */

const STORAGE_KEY = 'atelier.participant';

export interface Identity {
  token: string;
  participantId: string;
  name: string | null;
}

export function loadIdentity(): Identity | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Identity> | null;
    if (value && typeof value.token === 'string' && typeof value.participantId === 'string') {
      return { token: value.token, participantId: value.participantId, name: typeof value.name === 'string' ? value.name : null };
    }
  } catch {
    // A damaged entry is the same as none: join again.
  }
  return null;
}

export function saveIdentity(identity: Identity | null): void {
  if (identity) localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  else localStorage.removeItem(STORAGE_KEY);
}

export class JoinError extends Error {
  constructor(readonly code: ErrorCode | 'offline') {
    super(code);
  }
}

export async function joinWithCode(code: string, name: string): Promise<Identity> {
  let response: Response;
  try {
    response = await fetch('/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(name.trim() ? { code, name } : { code }),
    });
  } catch {
    throw new JoinError('offline');
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; value?: JoinAnswer; error?: { code: ErrorCode } } | null;
  if (!body?.ok || !body.value) throw new JoinError(body?.error?.code ?? 'internal');
  return { token: body.value.token, participantId: body.value.participantId, name: body.value.name };
}

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'stopped';
export type SignOutReason = 'removed' | 'unauthorized';

export interface Room {
  status: ConnectionStatus;
  /** Tries that failed since the link was last up: a long run of them may mean the laptop's address changed. */
  failedTries: number;
  state: ParticipantState | null;
  /** Date.now() when `state` arrived: the timer counts on from there (the laptop's clock is never compared). */
  receivedAt: number;
  /** Sends a request and resolves with its ack or error answer (an 'offline' error when not connected). */
  ask(message: RoomRequest): Promise<ServerMessage>;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;
export type RoomRequest = WithoutId<Exclude<ClientMessageInput, { type: 'hello' }>>;

type Pending = { resolve: (m: ServerMessage) => void };

export function useRoom(token: string, onSignedOut: (reason: SignOutReason) => void): Room {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [failedTries, setFailedTries] = useState(0);
  const [state, setState] = useState<ParticipantState | null>(null);
  const [receivedAt, setReceivedAt] = useState(0);
  const socketRef = useRef<WebSocket | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const signedOut = useRef(onSignedOut);
  useEffect(() => {
    signedOut.current = onSignedOut;
  }, [onSignedOut]);

  useEffect(() => {
    let disposed = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waiting = pending.current;

    function open(): void {
      clearTimeout(timer);
      const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
      socketRef.current = ws;
      ws.onopen = () => ws.send(JSON.stringify({ type: 'hello', token }));
      ws.onmessage = (event: MessageEvent<string>) => {
        let message: ServerMessage;
        try {
          message = JSON.parse(event.data) as ServerMessage;
        } catch {
          return;
        }
        if (message.type === 'welcome') {
          failures = 0;
          setFailedTries(0);
          setStatus('open');
        } else if (message.type === 'state') {
          setState(message.state);
          setReceivedAt(Date.now());
        } else if (message.requestId !== null) {
          waiting.get(message.requestId)?.resolve(message);
          waiting.delete(message.requestId);
        }
      };
      ws.onclose = (event) => {
        if (socketRef.current === ws) socketRef.current = null;
        for (const [id, p] of waiting) p.resolve({ type: 'error', requestId: id, code: 'internal', message: 'offline' });
        waiting.clear();
        if (disposed) return;
        if (event.code === CLOSE_CODES.unauthorized) return signedOut.current('unauthorized');
        if (event.code === CLOSE_CODES.removed) return signedOut.current('removed');
        // Sharing stopped: the tries that fail until it resumes do not turn it into a lost link.
        setStatus((was) => (event.code === CLOSE_CODES.stopped || was === 'stopped' ? 'stopped' : 'reconnecting'));
        timer = setTimeout(open, retryDelay(failures));
        failures += 1;
        setFailedTries(failures);
      };
    }

    /** A phone waking from sleep reconnects at once rather than waiting for the back-off. */
    function onVisible(): void {
      if (document.visibilityState === 'visible' && !socketRef.current) open();
    }

    open();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      disposed = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      socketRef.current?.close();
      socketRef.current = null;
    };
  }, [token]);

  const ask = useCallback((message: RoomRequest) => {
    return new Promise<ServerMessage>((resolve) => {
      const socket = socketRef.current;
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        resolve({ type: 'error', requestId: null, code: 'internal', message: 'offline' });
        return;
      }
      const requestId = nextId.current++;
      pending.current.set(requestId, { resolve });
      socket.send(JSON.stringify({ ...message, requestId }));
    });
  }, []);

  return { status, failedTries, state, receivedAt, ask };
}
