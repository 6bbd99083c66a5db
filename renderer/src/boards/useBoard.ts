import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Board, CardContainer } from '../../../shared/domain/board';
import type { AtelierApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { earlyKey, readEarly, takeEarly } from '../api/early-reads';
import { useAppState } from '../app-state';
import { moveCardLocally, reconcileBoard } from './reconcile';

type BoardAnswer = Promise<Result<Board>>;

/** Starts reading a workshop's board now, for the board screen that will want it shortly. */
export function prefetchBoard(api: AtelierApi, workshopId: string): void {
  readEarly(earlyKey.board(workshopId), () => api.boardGet({ workshopId }));
}

/**
 * Starts reading a workshop's board as soon as the workshop screen opens, alongside the
 * workshop itself, instead of one round trip later when the tabs mount. (Opened at start-up,
 * main.tsx has already asked.)
 */
export function useBoardPrefetch(workshopId: string): void {
  const { api } = useAppState();
  useEffect(() => prefetchBoard(api, workshopId), [api, workshopId]);
}

const boardAnswer = (api: AtelierApi, workshopId: string): BoardAnswer => takeEarly(earlyKey.board(workshopId), () => api.boardGet({ workshopId }));

export interface BoardHandle {
  /** null until the first answer. */
  board: Board | null;
  /** The board could not be read (an error was shown). */
  failed: boolean;
  /** Shows a card's move at once; main's answer (or push) then confirms or corrects it. */
  moveCard: (cardId: string, to: CardContainer, index: number) => void;
  undo: () => void;
  redo: () => void;
}

/**
 * A workshop's personas and journey maps, kept current by main's boardChanged pushes (the whole
 * board each time, reconciled so unchanged cards keep their objects). A fetch that was in flight
 * when a newer push arrived must not overwrite that push.
 */
export function useBoard(workshopId: string): BoardHandle {
  const { api, client, run } = useAppState();
  const [board, setBoard] = useState<Board | null>(null);
  const [failed, setFailed] = useState(false);
  const pushes = useRef(0);

  const accept = useCallback((next: Board) => setBoard((previous) => reconcileBoard(previous, next)), []);

  const load = useCallback(async (): Promise<void> => {
    const startedAt = pushes.current;
    const result = await boardAnswer(api, workshopId);
    if (pushes.current !== startedAt) return;
    if (result.ok) {
      accept(result.value);
      setFailed(false);
    } else {
      setFailed(true);
    }
  }, [api, workshopId, accept]);

  useEffect(() => {
    setBoard(null);
    const offEvents = client.events.subscribe((event) => {
      if (event.type !== 'boardChanged' || event.payload.workshopId !== workshopId) return;
      pushes.current += 1;
      accept(event.payload);
    });
    // After a lost connection, pushes may have been missed.
    const offConnection = client.events.onConnectionChange((connected) => {
      if (connected) void load();
    });
    void load();
    return () => {
      offEvents();
      offConnection();
    };
  }, [client, workshopId, load, accept]);

  const moveCard = useCallback(
    (cardId: string, to: CardContainer, index: number) => {
      setBoard((current) => (current ? moveCardLocally(current, cardId, to, index) : current));
      void run(api.cardMove({ cardId, to, index })).then((card) => {
        // Refused: put the card back where main has it.
        if (!card) void load();
      });
    },
    [api, run, load],
  );

  const undo = useCallback(() => {
    void run(api.boardUndo({ workshopId })).then((next) => next && accept(next));
  }, [api, run, workshopId, accept]);
  const redo = useCallback(() => {
    void run(api.boardRedo({ workshopId })).then((next) => next && accept(next));
  }, [api, run, workshopId, accept]);

  return useMemo(() => ({ board, failed, moveCard, undo, redo }), [board, failed, moveCard, undo, redo]);
}
