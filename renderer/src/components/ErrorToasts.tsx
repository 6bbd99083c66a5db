import { useAppState } from '../app-state';
import { useI18n } from '../i18n';

/** Errors answered by main, in the user's language; the connection banner for the browser host. */
export function ErrorToasts() {
  const { errors, dismissError, connected } = useAppState();
  const { t, describe } = useI18n();
  return (
    <div className="toasts" role="region" aria-label={t('error.title')}>
      {!connected && (
        <p className="toast toast--warning" role="status">
          {t('error.offline')}
        </p>
      )}
      {errors.map((error, index) => (
        <div className="toast toast--error" role="alert" key={`${index}-${error.code}`}>
          <span>{describe(error)}</span>
          <button type="button" className="button button--ghost" onClick={() => dismissError(index)}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
