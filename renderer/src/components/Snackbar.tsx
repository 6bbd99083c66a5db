import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * A short message at the bottom of the screen, read out politely: what can be done about it (an
 * undo) and, when `onDismiss` is given, a button that puts it away.
 */
export function Snackbar({ message, children, onDismiss }: { message: ReactNode; children?: ReactNode; onDismiss?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="snackbar" role="status">
      <span>{message}</span>
      {children}
      {onDismiss && (
        <button type="button" className="button button--ghost button--icon" aria-label={t('common.dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
