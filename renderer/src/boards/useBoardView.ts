import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_VIEW, parseView, type BoardView } from './zoom';

const storageKey = (board: string): string => `atelier.board-view.${board}`;

function read(board: string): BoardView {
  try {
    return parseView(window.localStorage.getItem(storageKey(board))) ?? DEFAULT_VIEW;
  } catch {
    return DEFAULT_VIEW;
  }
}

/**
 * A board's zoom, remembered per board (a persona board, one journey map) on this machine: it is
 * how this facilitator looks at the board, not part of the workshop.
 */
export function useBoardView(board: string): [BoardView, (view: BoardView) => void] {
  const [state, setState] = useState(() => ({ board, view: read(board) }));
  const current = state.board === board ? state.view : read(board);
  if (state.board !== board) setState({ board, view: current });
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey(state.board), JSON.stringify(state.view));
    } catch {
      // Storage full or refused: the zoom is only forgotten.
    }
  }, [state]);
  const set = useCallback((view: BoardView) => setState((previous) => ({ board: previous.board, view })), []);
  return [current, set];
}
