import { createContext, useContext, useEffect } from 'react';
import { useI18n } from '../i18n';
import { isTypingTarget } from './typing';

export interface BoardMode {
  /** The board fills the window: no app header, no tab bar. */
  full: boolean;
  setFull: (full: boolean) => void;
}

export const BoardModeContext = createContext<BoardMode>({ full: false, setFull: () => undefined });

/** Something on the page that Escape closes first: a dialog, a popover, a menu. */
const somethingOpen = (): boolean => document.querySelector('dialog[open], :popover-open, .menu__list') !== null;

/**
 * While a board is shown: F toggles the full window, Escape leaves it. Keys typed in a field, or
 * taken by a card (typing on a selected card edits it), are theirs.
 */
export function useBoardModeKeys(active: boolean, mode: BoardMode): void {
  const { full, setFull } = mode;
  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === 'f' || event.key === 'F') {
        event.preventDefault();
        setFull(!full);
      } else if (event.key === 'Escape' && full && !somethingOpen()) {
        setFull(false);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, full, setFull]);
}

/** The board's own way in and out of the full window (F, Escape). */
export function FullWindowButton() {
  const { t } = useI18n();
  const { full, setFull } = useContext(BoardModeContext);
  return (
    <button
      type="button"
      className="button button--ghost button--small button--icon"
      aria-pressed={full}
      aria-label={t('boards.mode.full')}
      title={`${full ? t('boards.mode.leaveFull') : t('boards.mode.full')} — ${t('boards.mode.fullKeys')}`}
      onClick={() => setFull(!full)}
    >
      <FullWindowIcon full={full} />
    </button>
  );
}

function FullWindowIcon({ full }: { full: boolean }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      {full ? (
        <path d="M8 3v5H3M12 3v5h5M8 17v-5H3M12 17v-5h5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M3 8V3h5M17 8V3h-5M3 12v5h5M17 12v5h-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}
