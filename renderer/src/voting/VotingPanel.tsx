import { useState } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { PlusIcon } from '../components/icons';
import { useI18n } from '../i18n';
import '../styles/voting.css';
import '../styles/voting-dots.css';
import '../styles/voting-results.css';
import '../styles/voting-setup.css';
import '../styles/voting-sharing.css';
import { PassTheLaptop } from './PassTheLaptop';
import { SessionSetup } from './SessionSetup';
import { SessionView } from './SessionView';
import { SharingPanel } from './SharingPanel';
import { useSharing, useWorkshopVoting } from './useVoting';

/**
 * The workshop's "Voting" tab: the votes (one at a time on screen), a form for a new one, sharing
 * on the local network, and the pass-the-laptop screen on top of everything while it runs.
 */
export function VotingPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useI18n();
  const voting = useWorkshopVoting(workshop.id);
  const sharing = useSharing();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // The vote the laptop round runs on stays the same even if another one becomes current meanwhile.
  const [laptopId, setLaptopId] = useState<string | null>(null);

  if (!voting) {
    return (
      <section className="voting" aria-labelledby="voting-title" aria-busy="true">
        <h2 id="voting-title">{t('voting.title')}</h2>
      </section>
    );
  }

  const sessions = voting.sessions;
  const selected =
    sessions.find((s) => s.id === selectedId) ?? sessions.find((s) => s.id === voting.currentSessionId) ?? sessions[sessions.length - 1] ?? null;
  const showSetup = creating || selected === null;
  const laptopSession = sessions.find((s) => s.id === laptopId) ?? null;

  return (
    <section className="voting" aria-labelledby="voting-title">
      <header className="row row--spread voting__header">
        <h2 id="voting-title">{t('voting.title')}</h2>
        {sessions.length > 0 && !creating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            <PlusIcon />
            {t('voting.new')}
          </button>
        )}
      </header>
      {sessions.length > 1 && !creating && (
        <nav className="pill-row session-tabs" aria-label={t('voting.sessions')}>
          {sessions.map((s) => (
            <button
              key={s.id}
              type="button"
              className="pill session-tab"
              aria-pressed={s.id === selected?.id}
              onClick={() => setSelectedId(s.id)}
            >
              <span className="session-tab__title">{s.title}</span>
              <span className={`phase-chip phase-chip--${s.phase}`}>{t(`voting.phase.${s.phase}`)}</span>
            </button>
          ))}
        </nav>
      )}
      <div className="split voting__grid">
        <div className="voting__main">
          {showSetup ? (
            <SessionSetup
              workshop={workshop}
              onCancel={sessions.length > 0 ? () => setCreating(false) : undefined}
              onCreated={(id) => {
                setSelectedId(id);
                setCreating(false);
              }}
            />
          ) : (
            <SessionView session={selected} workshop={workshop} onPassLaptop={() => setLaptopId(selected.id)} onSelect={setSelectedId} />
          )}
        </div>
        <div className="voting__side">
          <SharingPanel workshop={workshop} sharing={sharing} />
        </div>
      </div>
      {laptopSession && <PassTheLaptop session={laptopSession} onExit={() => setLaptopId(null)} />}
    </section>
  );
}
