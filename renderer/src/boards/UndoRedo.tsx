import { useCallback, useEffect, useState } from 'react';
import type { Card } from '../../../shared/domain/board';
import { Snackbar } from '../components/Snackbar';
import { useI18n } from '../i18n';
import { shortText } from '../format';
import { RedoIcon, UndoIcon } from '../components/icons';
import type { BoardHandle } from './useBoard';
import { useUndoShortcuts } from './useUndoShortcuts';

/** Undo and redo buttons for every board edit, with their keyboard shortcuts. */
export function UndoRedo({ handle, shortcuts = true }: { handle: BoardHandle; shortcuts?: boolean }) {
  const { t } = useI18n();
  const canUndo = handle.board?.canUndo ?? false;
  const canRedo = handle.board?.canRedo ?? false;
  useUndoShortcuts(
    {
      undo: () => canUndo && handle.undo(),
      redo: () => canRedo && handle.redo(),
    },
    shortcuts,
  );
  return (
    <div className="undo-redo" role="group" aria-label={t('boards.history')}>
      <button type="button" className="button button--ghost button--small button--icon" disabled={!canUndo} aria-label={t('boards.undo')} title={t('boards.undo.keys')} onClick={handle.undo}>
        <UndoIcon />
      </button>
      <button type="button" className="button button--ghost button--small button--icon" disabled={!canRedo} aria-label={t('boards.redo')} title={t('boards.redo.keys')} onClick={handle.redo}>
        <RedoIcon />
      </button>
    </div>
  );
}

/** "Card deleted — Undo": the snackbar shown after a delete, for eight seconds. */
export function useDeletedNotice(undo: () => void) {
  const { t } = useI18n();
  const [deleted, setDeleted] = useState<Card | null>(null);
  useEffect(() => {
    if (!deleted) return undefined;
    const timer = window.setTimeout(() => setDeleted(null), 8_000);
    return () => window.clearTimeout(timer);
  }, [deleted]);
  const onDeleted = useCallback((card: Card) => setDeleted(card), []);
  const notice = deleted && (
    <Snackbar message={t('boards.card.deleted', { text: shortText(deleted.text, 40) })}>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => {
          setDeleted(null);
          undo();
        }}
      >
        {t('boards.undo')}
      </button>
    </Snackbar>
  );
  return { onDeleted, notice };
}
