import { formatDay, formatTimeOfDay } from '../../../shared/domain/clock-format';
import { useState, type FormEvent } from 'react';
import type { AppStatus } from '../../../shared/domain/app-status';
import { useAppState } from '../app-state';
import { AppHeader } from '../components/AppHeader';
import { useI18n } from '../i18n';

type Recovery = Extract<AppStatus, { mode: 'recovery' }>;

/** Shown when the database cannot be opened: explains why and offers a way out, deleting nothing. */
export function RecoveryScreen({ status }: { status: Recovery }) {
  const { api, run, setStatus } = useAppState();
  const { t, lang } = useI18n();
  const [path, setPath] = useState('');
  const apply = (next: AppStatus | undefined): void => {
    if (next) setStatus(next);
  };
  const restore = async (name: string): Promise<void> => apply(await run(api.recoveryRestoreBackup({ name })));
  const openFile = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (path.trim()) apply(await run(api.recoveryOpenFile({ path: path.trim() })));
  };
  const formatDate = (iso: string): string => `${formatDay(iso, lang)} · ${formatTimeOfDay(new Date(iso), lang)}`;

  return (
    <div className="page">
      <AppHeader />
      <main className="recovery" aria-labelledby="recovery-title">
        <div className="panel panel--warning">
          <h1 id="recovery-title">{t('recovery.title')}</h1>
          <p className="recovery__problem">{t(`recovery.problem.${status.problem}`)}</p>
          <p className="muted">{t('recovery.safe', { path: status.dbPath })}</p>
          {status.backups[0] && (
            <button type="button" className="button button--primary" onClick={() => void restore(status.backups[0]!.name)}>
              {t('recovery.restoreNewest')}
            </button>
          )}
        </div>

        <section className="panel" aria-labelledby="backups-title">
          <h2 id="backups-title">{t('recovery.backups')}</h2>
          {status.backups.length === 0 ? (
            <p className="muted">{t('recovery.noBackups')}</p>
          ) : (
            <ul className="backup-list">
              {status.backups.map((backup) => (
                <li key={backup.name} className="backup-list__item">
                  <span>
                    {formatDate(backup.createdAt)} · {Math.max(1, Math.round(backup.sizeBytes / 1024))} KB
                  </span>
                  <button type="button" className="button" onClick={() => void restore(backup.name)} aria-label={`${t('recovery.restore')} — ${formatDate(backup.createdAt)}`}>
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
            <button type="button" className="button" onClick={() => void run(api.recoveryPickFile({})).then(apply)}>
              {t('recovery.pick')}
            </button>
          ) : (
            <form className="inline-form" onSubmit={(event) => void openFile(event)}>
              <label className="field">
                <span className="field__label">{t('recovery.pathLabel')}</span>
                <input className="input" value={path} onChange={(event) => setPath(event.target.value)} />
              </label>
              <button type="submit" className="button">
                {t('recovery.open')}
              </button>
            </form>
          )}
        </section>
      </main>
    </div>
  );
}
