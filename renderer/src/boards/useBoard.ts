import { useCallback, useEffect, useMemo } from 'react';
import type { Board, CardContainer } from '../../../shared/domain/board';
import { applyBoardChange } from '../../../shared/domain/board-change';
import type { AtelierApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { earlyKey, readEarly, takeEarly } from '../api/early-reads';
import { useFollowed } from '../useFollowed';
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
 * A workshop's personas and journey maps, followed through main's boardChanged pushes: each one
 * carries the cards an edit wrote (applied here, unchanged cards keeping their objects) or only
 * the new revision, and then the board is read again — reconciled, so unchanged cards keep their
 * objects there too.
 */
export function useBoard(workshopId: string): BoardHandle {
  const { api, run } = useAppState();
  const followed = useFollowed<Board>(workshopId, {
    read: (first) => (first ? boardAnswer(api, workshopId) : api.boardGet({ workshopId })),
    react: (event) =>
      event.type === 'boardChanged' && event.payload.workshopId === workshopId
        ? { kind: 'patch', revision: event.payload.revision, apply: (board) => applyBoardChange(board, event.payload) }
        : undefined,
    revisionOf: (board) => board.revision,
    reconcile: (shown, next) => reconcileBoard(shown ?? null, next),
  });
  const { offer, update, refresh } = followed;
  const board = followed.value ?? null;

  const moveCard = useCallback(
    (cardId: string, to: CardContainer, index: number) => {
      update((current) => moveCardLocally(current, cardId, to, index));
      void run(api.cardMove({ cardId, to, index })).then((card) => {
        // Refused: put the card back where main has it.
        if (!card) refresh();
      });
    },
    [api, run, update, refresh],
  );

  const undo = useCallback(() => {
    void run(api.boardUndo({ workshopId })).then((next) => next && offer(next));
  }, [api, run, workshopId, offer]);
  const redo = useCallback(() => {
    void run(api.boardRedo({ workshopId })).then((next) => next && offer(next));
  }, [api, run, workshopId, offer]);

  return useMemo(() => ({ board, failed: followed.error !== null, moveCard, undo, redo }), [board, followed.error, moveCard, undo, redo]);
}
