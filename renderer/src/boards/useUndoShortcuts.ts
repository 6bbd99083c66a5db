import { isPageKey, useWindowKeydown } from '../components/shortcuts';

export type UndoAction = 'undo' | 'redo';

/** Ctrl/Cmd+Z undo; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Null for any other key. */
export function undoActionFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): UndoAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Board undo/redo from the keyboard. Inside a text field the keys stay the field's own text
 * undo; while a modal dialog is open they belong to it.
 */
export function useUndoShortcuts(handlers: Record<UndoAction, () => void>, enabled = true): void {
  useWindowKeydown((event) => {
    if (event.defaultPrevented || event.repeat) return;
    const action = undoActionFor(event);
    if (!action || !isPageKey(event.target)) return;
    event.preventDefault();
    handlers[action]();
  }, enabled);
}
