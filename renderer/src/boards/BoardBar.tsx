import type { ReactNode } from 'react';
import './BoardBar.css';

/** A board's toolbar: one line above the board, its tools left and right of a spacer. */
export function BoardBar({ children }: { children: ReactNode }) {
  return <div className="board-bar">{children}</div>;
}

/** Pushes the tools after it to the right end of the bar. */
export function BoardBarSpacer() {
  return <span className="board-bar__spacer" />;
}
