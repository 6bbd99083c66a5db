import { formatDay, formatTimeOfDay } from '../../../shared/domain/clock-format';
import { useState, type FormEvent } from 'react';
import type { AppStatus, BackupInfo } from '../../../shared/domain/app-status';
import type { MessageKey } from '../../../shared/i18n';
import type { Result } from '../../../shared/ipc/result';
import { useAppState } from '../app-state';
import { AppHeader } from '../components/AppHeader';
import { useI18n } from '../i18n';

type Recovery = Extract<AppStatus, { mode: 'recovery' }>;

/** Problems that may go away by themselves or once the user fixes something outside Atelier. */
const RETRYABLE = new Set<Recovery['problem']>(['read_only', 'unreadable']);
/** Problems whose answer is a backup: the content of the file is gone or was never ours. */
const LOST = new Set<Recovery['problem']>(['corrupt', 'empty', 'not_sqlite']);

/** Shown when the database cannot be opened: explains why and offers a way out, deleting nothing. */
export function RecoveryScreen({ status }: { status: Recovery }) {
  const { api, setStatus } = useAppState();
  const { t, lang, describe } = useI18n();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const act = async (call: () => Promise<Result<AppStatus>>): Promise<void> => {
    setBusy(true);
    setFailure(null);
    const answer = await call();
    setBusy(false);
    if (answer.ok) return setStatus(answer.value);
    setFailure(
      answer.error.reason === 'data_folder_not_writable'
        ? t('recovery.error.notWritable', { path: status.dataDir })
        : describe(answer.error),
    );
  };
  const restore = (name: string): Promise<void> => act(() => api.recoveryRestoreBackup({ name }));
  const openFile = (event: FormEvent): void => {
    event.preventDefault();
    if (path.trim()) void act(() => api.recoveryOpenFile({ path: path.trim() }));
  };
  const formatDate = (iso: string): string => `${formatDay(iso, lang)} · ${formatTimeOfDay(new Date(iso), lang)}`;
  const newest = status.backups[0];
  const retryable = RETRYABLE.has(status.problem);

  return (
    <div className="page">
      <AppHeader />
      <main className="recovery" aria-labelledby="recovery-title" aria-busy={busy}>
        <div className="panel panel--warning">
          <h1 id="recovery-title">{t('recovery.title')}</h1>
          <p className="recovery__problem">{t(`recovery.problem.${status.problem}`)}</p>
          {LOST.has(status.problem) && <p>{t(newest ? 'recovery.advice.restore' : 'recovery.advice.noBackup')}</p>}
          {status.problem === 'read_only' && (
            <>
              <h2 className="recovery__subtitle">{t('recovery.readOnly.what')}</h2>
              <ul className="recovery__steps">
                <li>{t('recovery.readOnly.permissions')}</li>
                <li>{t('recovery.readOnly.folder')}</li>
                <li>{t('recovery.readOnly.copy')}</li>
              </ul>
            </>
          )}
          <p className="muted recovery__path">{t('recovery.safe', { path: status.dbPath })}</p>
          {failure && (
            <p className="recovery__failure" role="alert">
              {failure}
            </p>
          )}
          <div className="recovery__actions">
            {retryable && (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void act(() => api.recoveryRetry({}))}>
                {t('recovery.retry')}
              </button>
            )}
            {newest && (
              <button
                type="button"
                className={retryable ? 'button' : 'button button--primary'}
                disabled={busy}
                onClick={() => void restore(newest.name)}
              >
                {t('recovery.restoreNewest')}
              </button>
            )}
          </div>
        </div>

        <section className="panel" aria-labelledby="backups-title">
          <h2 id="backups-title">{t('recovery.backups')}</h2>
          {status.backups.length === 0 ? (
            <p className="muted">{t('recovery.noBackups')}</p>
          ) : (
            <ul className="plain-list stack backup-list">
              {status.backups.map((backup) => (
                <li key={backup.name} className="backup-list__item">
                  <span>
                    <strong>{formatDate(backup.createdAt)}</strong>
                    <span className="muted">
                      {' · '}
                      {describeContent(backup, t)} · {t('recovery.backup.size', { size: Math.max(1, Math.round(backup.sizeBytes / 1024)) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void restore(backup.name)}
                    aria-label={`${t('recovery.restore')} — ${formatDate(backup.createdAt)}, ${describeContent(backup, t)}`}
                  >
                    {t('recovery.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="panel" aria-labelledby="other-title">
          <h2 id="other-title">{t('recovery.otherFile')}</h2>
          {status.canPickFile ? (
            <button type="button" className="button" disabled={busy} onClick={() => void act(() => api.recoveryPickFile({}))}>
              {t('recovery.pick')}
            </button>
          ) : (
            <form className="inline-form" onSubmit={openFile}>
              <label className="field">
                <span className="field__label">{t('recovery.pathLabel')}</span>
                <input className="input" value={path} onChange={(event) => setPath(event.target.value)} />
              </label>
              <button type="submit" className="button" disabled={busy}>
                {t('recovery.open')}
              </button>
            </form>
          )}
        </section>

        <section className="panel" aria-labelledby="over-title">
          <h2 id="over-title">{t('recovery.startOver')}</h2>
          <p className="muted">{t('recovery.startNew.hint')}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void act(() => api.recoveryStartNew({}))}>
            {t('recovery.startNew')}
          </button>
        </section>
      </main>
    </div>
  );
}

/** "3 workshops · 120 cards", so that the user can tell a backup of their work from an empty one. */
function describeContent(backup: BackupInfo, t: (key: MessageKey, params?: Record<string, number>) => string): string {
  const content = backup.content;
  if (!content) return t('recovery.backup.unreadable');
  const workshops =
    content.workshops === 0
      ? t('recovery.backup.workshops.none')
      : t(content.workshops === 1 ? 'recovery.backup.workshops.one' : 'recovery.backup.workshops', { count: content.workshops });
  if (content.workshops === 0) return workshops;
  const cards =
    content.cards === 0
      ? t('recovery.backup.cards.none')
      : t(content.cards === 1 ? 'recovery.backup.cards.one' : 'recovery.backup.cards', { count: content.cards });
  return `${workshops} · ${cards}`;
}
