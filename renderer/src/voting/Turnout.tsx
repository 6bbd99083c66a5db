import { useId, useState } from 'react';
import { MAX_VOTER_NAME, type VotingSessionView } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { PlusIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { votedLabel } from './labels';
import './turnout.css';

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * How many have voted and who has not (names in named mode, a count in anonymous mode). Never how
 * anyone voted: the view from main carries no tallies before the reveal.
 */
export function Turnout({ session, workshop }: { session: VotingSessionView; workshop: Workshop }) {
  const { api, run } = useAppState();
  const { t, tc } = useI18n();
  const headingId = useId();
  const [name, setName] = useState('');
  const anonymous = session.rules.anonymous;
  const waiting = session.voterCount - session.votedCount;
  const share = session.voterCount > 0 ? session.votedCount / session.voterCount : 0;
  const editable = session.phase !== 'revealed';
  // Anonymous mode has no names to untick: one expected participant at a time comes off the count.
  const absentCandidate = session.voters.find((v) => v.kind === 'proxy' && !v.hasVoted);

  // Named mode: the workshop's participants not yet expected can be added in one go.
  const missing = anonymous ? [] : workshop.participants.filter((p) => !session.voters.some((v) => v.name !== null && sameName(v.name, p)));
  const expect = (names: string[]): void => {
    void (async () => {
      for (const n of names) {
        if (!(await run(api.votingVoterAdd({ sessionId: session.id, name: n, kind: 'proxy' })))) return;
      }
    })();
  };

  return (
    <section className="turnout panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="voting-subtitle">
        {t('voting.turnout.title')}
      </h3>
      <p className="turnout__figure" role="status">
        {votedLabel({ t, tc }, session.votedCount, session.voterCount)}
      </p>
      <div className="turnout__bar" aria-hidden="true">
        <div className="turnout__fill" style={{ transform: `scaleX(${share})` }} />
      </div>

      {session.voterCount === 0 ? (
        <p className="turnout__waiting">{t('voting.turnout.nobodyExpected')}</p>
      ) : anonymous ? (
        <>
          <p className="turnout__waiting">
            {waiting > 0 ? tc('voting.turnout.waiting', waiting) : t('voting.turnout.everyone')}
          </p>
          {editable && absentCandidate && (
            <button type="button" className="button button--ghost" onClick={() => void run(api.votingVoterRemove({ sessionId: session.id, voterId: absentCandidate.id }))}>
              {t('voting.turnout.oneAbsent')}
            </button>
          )}
        </>
      ) : session.notVotedNames.length > 0 ? (
        <>
          <p className="turnout__label">{t('voting.turnout.notYet')}</p>
          <ul className="name-chips" aria-label={t('voting.turnout.notYet')}>
            {session.voters
              .filter((v) => !v.hasVoted && v.name !== null)
              .map((v) => (
                <li key={v.id} className="name-chip">
                  {v.name}
                  {/* An expected participant who is not in the room is taken off the count. */}
                  {editable && v.kind === 'proxy' && (
                    <button
                      type="button"
                      className="name-chip__remove"
                      aria-label={t('voting.turnout.absent', { name: v.name ?? '' })}
                      title={t('voting.turnout.absent', { name: v.name ?? '' })}
                      onClick={() => void run(api.votingVoterRemove({ sessionId: session.id, voterId: v.id }))}
                    >
                      <svg viewBox="0 0 12 12" aria-hidden="true">
                        <path d="M3 3l6 6M9 3l-6 6" />
                      </svg>
                    </button>
                  )}
                </li>
              ))}
          </ul>
        </>
      ) : (
        <p className="turnout__waiting">{waiting > 0 ? tc('voting.turnout.waiting', waiting) : t('voting.turnout.everyone')}</p>
      )}

      {!anonymous && editable && (
        <div className="turnout__expect">
          {missing.length > 0 && (
            <button type="button" className="button button--ghost" onClick={() => expect(missing)}>
              <PlusIcon />
              {t('voting.turnout.expectParticipants', { count: missing.length })}
            </button>
          )}
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!name.trim()) return;
              expect([name.trim()]);
              setName('');
            }}
          >
            <label className="field">
              <span className="field__label">{t('voting.turnout.expectName')}</span>
              <input className="input" value={name} maxLength={MAX_VOTER_NAME} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit" className="button" disabled={!name.trim()}>
              {t('voting.turnout.expect')}
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
