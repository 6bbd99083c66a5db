import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n';
import '../styles/dialog.css';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown at the bottom right. */
  footer?: ReactNode;
  wide?: boolean;
}

/**
 * A modal dialog: focus moves in on open and back to the opener on close, Tab stays inside,
 * Escape and the backdrop close it.
 */
export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button');
    first?.focus();
    return () => opener?.focus?.();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>('input, select, textarea, button, [href], [tabindex="0"]')].filter(
      (el) => !el.hasAttribute('disabled'),
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  // On the page's body, not where it was opened: a sticky bar (a stacking context of its own)
  // would otherwise hold it below the bars that follow it.
  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={panel}
        className={wide ? 'dialog dialog--wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="button button--ghost button--icon" aria-label={t('common.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="dialog__body">{children}</div>
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}

/** A dialog's two buttons: one leaves it (Cancel unless named otherwise), one does what it is for. */
export function DialogButtons(props: {
  onCancel: () => void;
  cancelLabel?: string;
  confirmLabel: string;
  /** Without it, the confirm button submits its form, or the one named by `form`. */
  onConfirm?: () => void;
  form?: string;
  disabled?: boolean;
  danger?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" className="button" onClick={props.onCancel}>
        {props.cancelLabel ?? t('common.cancel')}
      </button>
      <button
        type={props.onConfirm ? 'button' : 'submit'}
        form={props.form}
        className={props.danger ? 'button button--danger-solid' : 'button button--primary'}
        disabled={props.disabled}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </button>
    </>
  );
}

/** A yes/no question with a named confirm button. */
export function ConfirmDialog(props: { title: string; body: string; confirmLabel: string; danger?: boolean; onConfirm: () => void; onClose: () => void }) {
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      footer={
        <DialogButtons
          onCancel={props.onClose}
          confirmLabel={props.confirmLabel}
          danger={props.danger}
          onConfirm={() => {
            props.onConfirm();
            props.onClose();
          }}
        />
      }
    >
      <p>{props.body}</p>
    </Dialog>
  );
}
