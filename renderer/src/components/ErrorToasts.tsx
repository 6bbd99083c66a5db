import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import './toasts.css';

/**
 * Errors answered by main, in the user's language, and what to do when the link to the browser
 * host is lost. Bottom left, clear of the timer's controls and the presenter's "Next" line (top
 * centre on the projector); a landmark only while it has something to say.
 */
export function ErrorToasts() {
  const { errors, dismissError, link } = useAppState();
  const { t, describe } = useI18n();
  const { route } = useRouter();
  const linkMessage = link === 'refused' ? t('error.offline.restarted') : link === 'stalled' ? t('error.offline.stalled') : link === 'retrying' ? t('error.offline') : null;
  const speaking = linkMessage !== null || errors.length > 0;
  return (
    <div
      className={`toasts${route.name === 'present' ? ' toasts--top' : ''}`}
      role={speaking ? 'region' : undefined}
      aria-label={speaking ? t('error.title') : undefined}
    >
      {linkMessage && (
        <div className={`row row--spread toast toast--warning${link === 'refused' ? ' toast--blocking' : ''}`} role={link === 'retrying' ? 'status' : 'alert'}>
          <p className="toast__text">{linkMessage}</p>
          {link === 'stalled' && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('error.offline.retry')}
            </button>
          )}
        </div>
      )}
      {errors.map((error, index) => (
        <div className="row row--spread toast toast--error" role="alert" key={`${index}-${error.code}`}>
          <span>{describe(error)}</span>
          <button type="button" className="button button--ghost" onClick={() => dismissError(index)}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
