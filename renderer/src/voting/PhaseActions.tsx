import { useState, type ReactNode } from 'react';
import type { PhaseAction, VotingPhase, VotingSessionView } from '../../../shared/domain/voting';
import { useAppState } from '../app-state';
import { ConfirmDialog } from '../components/Dialog';
import { useI18n } from '../i18n';
import { PHASE_ORDER } from './labels';

/** setup → open → closed → revealed, with where the session stands. */
export function PhaseTrack({ phase }: { phase: VotingPhase }) {
  const { t } = useI18n();
  const current = PHASE_ORDER.indexOf(phase);
  return (
    <ol className="phase-track" aria-label={t('voting.phase.track')}>
      {PHASE_ORDER.map((p, index) => (
        <li
          key={p}
          className={index < current ? 'phase-track__step is-done' : index === current ? 'phase-track__step is-current' : 'phase-track__step'}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="phase-track__mark" aria-hidden="true" />
          {t(`voting.phase.${p}`)}
        </li>
      ))}
    </ol>
  );
}

/** The phase buttons the session's phase allows; deleting asks first. */
export function PhaseActions({ session, onDeleted, extra }: { session: VotingSessionView; onDeleted: () => void; extra?: ReactNode }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<'delete' | 'reopen' | null>(null);
  const phase = (action: PhaseAction): void => void run(api.votingPhaseSet({ sessionId: session.id, action }));

  return (
    <div className="phase-actions">
      {session.phase === 'setup' && (
        <button type="button" className="button button--primary" disabled={session.items.length === 0} onClick={() => phase('open')}>
          {t('voting.action.open')}
        </button>
      )}
      {session.phase === 'open' && (
        <button type="button" className="button" onClick={() => phase('close')}>
          {t('voting.action.close')}
        </button>
      )}
      {(session.phase === 'open' || session.phase === 'closed') && (
        <button type="button" className="button button--primary" onClick={() => phase('reveal')}>
          {t('voting.action.reveal')}
        </button>
      )}
      {(session.phase === 'closed' || session.phase === 'revealed') && (
        <button
          type="button"
          className="button"
          // Reopening a revealed vote hides its results again: worth a question.
          onClick={() => (session.phase === 'revealed' ? setConfirming('reopen') : phase('reopen'))}
        >
          {t('voting.action.reopen')}
        </button>
      )}
      {extra && <span className="phase-actions__extra">{extra}</span>}
      {session.phase !== 'open' && (
        <button type="button" className="button button--ghost button--danger" onClick={() => setConfirming('delete')}>
          {t('voting.action.delete')}
        </button>
      )}
      {confirming === 'delete' && (
        <ConfirmDialog
          title={t('voting.delete.title')}
          body={t('voting.delete.body', { title: session.title })}
          confirmLabel={t('voting.action.delete')}
          danger
          onClose={() => setConfirming(null)}
          onConfirm={() =>
            void run(api.votingSessionDelete({ sessionId: session.id })).then((voting) => {
              if (voting) onDeleted();
            })
          }
        />
      )}
      {confirming === 'reopen' && (
        <ConfirmDialog
          title={t('voting.reopen.title')}
          body={t('voting.reopen.body')}
          confirmLabel={t('voting.action.reopen')}
          onClose={() => setConfirming(null)}
          onConfirm={() => phase('reopen')}
        />
      )}
    </div>
  );
}
