import { useEffect, useId, useRef } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../i18n';
import { ShortcutList } from './ShortcutList';
import { SpotlightShortcutsList } from './SpotlightShortcutsList';
import { SHORTCUT_LIST, type ShortcutAction } from './useTimerShortcuts';

export interface ShortcutsHelpProps {
  onClose: () => void;
}

const LABELS: Record<ShortcutAction, MessageKey> = {
  toggle: 'shortcuts.toggle',
  next: 'shortcuts.next',
  previous: 'shortcuts.previous',
  addMinute: 'shortcuts.addMinute',
  removeMinute: 'shortcuts.removeMinute',
  mute: 'shortcuts.mute',
  help: 'shortcuts.help',
};

/**
 * The keyboard shortcuts, as a modal dialog: mount it to open it. A native <dialog> opened with
 * showModal() makes the rest of the page inert; Escape, the Close button and a click on the
 * backdrop all close it, and focus goes back to where it was.
 */
export function ShortcutsHelp({ onClose }: ShortcutsHelpProps) {
  const { t } = useI18n();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    close.current?.focus();
    return () => {
      if (element.open) element.close();
      returnTo?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="shortcuts"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React own the open state rather than the browser.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="shortcuts__body">
        <h2 id={titleId} className="shortcuts__title">
          {t('shortcuts.title')}
        </h2>
        <p className="shortcuts__intro">{t('shortcuts.intro')}</p>
        <ShortcutList shortcuts={SHORTCUT_LIST} labels={LABELS} />
        <p className="shortcuts__note">{t('shortcuts.resetNote')}</p>
        <SpotlightShortcutsList />
        <div className="shortcuts__actions">
          <button ref={close} type="button" className="button button--primary" onClick={onClose}>
            {t('shortcuts.close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
