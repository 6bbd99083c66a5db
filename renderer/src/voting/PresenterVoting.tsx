import type { ReactNode } from 'react';
import { formatClock } from '../../../shared/domain/timer';
import type { SharingStatus, VotingResults, VotingSessionView } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useI18n } from '../i18n';
import '../styles/presenter-voting.css';
import type { TimerReading } from '../timer/reading';
import { votedLabel } from './labels';
import { presenterVoting, type PresenterVotingState } from './presenter-mode';
import { QrCode } from './QrCode';
import { tiedRanks } from './Results';
import { spacedCode } from './SharingPanel';
import { useSharing, useWorkshopVoting } from './useVoting';

/** Rows the projector shows before "and N more": what stays readable from the back at 1080p. */
const MAX_ROWS = 8;
/** Between two bars starting to grow, in rank order. */
const STAGGER_MS = 280;

/** Whether voting takes over the projector now, and with what. */
export function usePresenterVoting(workshop: Workshop, reading: TimerReading | null): (PresenterVotingState & { sharing: SharingStatus }) | null {
  const voting = useWorkshopVoting(workshop.id);
  const sharing = useSharing();
  if (!reading) return null;
  const state = presenterVoting(workshop, reading.step, voting, sharing);
  return state ? { ...state, sharing } : null;
}

/** The projector during voting: join details, the count of who has voted, or the revealed ranking. */
export function PresenterVotingStage({ workshop, reading, state }: { workshop: Workshop; reading: TimerReading; state: PresenterVotingState & { sharing: SharingStatus } }) {
  const { t, lang } = useI18n();
  const { session, sharing } = state;
  const results = state.mode === 'results' ? session?.results : null;
  const title = results && session ? session.title : reading.step.title;

  return (
    <main className={`presenter presenter--voting${reading.overtime ? ' is-overtime' : ''}`} lang={lang}>
      <header className="presenter__top">
        <p className="presenter__workshop">{workshop.title}</p>
        <p className="presenter__position">
          <span className={`presenter__kind presenter__kind--${reading.step.kind}`}>{t(`timer.kind.${reading.step.kind}`)}</span>
          {t('timer.stepOf', { index: reading.position, count: reading.count })}
        </p>
      </header>
      <div className="pv-head">
        <h1 className="pv-head__title">{title}</h1>
        {state.mode !== 'results' && <SmallClock reading={reading} />}
      </div>
      {state.mode === 'join' && <JoinScreen sharing={sharing} />}
      {state.mode === 'count' && session && <CountScreen session={session} sharing={state.joinable ? sharing : null} />}
      {results && <RevealScreen results={results} />}
    </main>
  );
}

function SmallClock({ reading }: { reading: TimerReading }) {
  const { t } = useI18n();
  const state = reading.overtime
    ? t('timer.overtime')
    : reading.status === 'paused'
      ? t('timer.paused')
      : reading.status === 'idle'
        ? t('timer.notStarted')
        : t('timer.timeLeft');
  return (
    <div className="pv-clock" role="group" aria-label={t('timer.region')}>
      <p className={`presenter__state presenter__state--${reading.overtime ? 'overtime' : reading.status}`}>{state}</p>
      <p className="pv-clock__time" role="timer">
        {formatClock(reading.remainingMs)}
      </p>
    </div>
  );
}

function JoinFacts({ sharing, size }: { sharing: SharingStatus; size: 'large' | 'side' }) {
  const { t } = useI18n();
  const url = sharing.urls[0] ?? '';
  return (
    <div className={`pv-join pv-join--${size}`}>
      {sharing.qr && <QrCode qr={sharing.qr} label={t('voting.sharing.qr', { url })} className="pv-join__qr" />}
      <div className="pv-join__text">
        {size === 'large' && <p className="pv-lead">{t('voting.presenter.join')}</p>}
        <dl className="pv-join__facts">
          <div>
            <dt>{t('voting.presenter.goTo')}</dt>
            <dd className="pv-join__url">{url ? url.replace(/^https?:\/\//, '').replace(/\/$/, '') : t('voting.presenter.noNetwork')}</dd>
          </div>
          <div>
            <dt>{t('voting.presenter.code')}</dt>
            <dd className="pv-join__code">{sharing.joinCode ? spacedCode(sharing.joinCode) : ''}</dd>
          </div>
        </dl>
      </div>
    </div>
  );
}

function JoinScreen({ sharing }: { sharing: SharingStatus }) {
  const { t } = useI18n();
  return (
    <section className="pv-body pv-body--join" aria-label={t('voting.presenter.join')}>
      <JoinFacts sharing={sharing} size="large" />
    </section>
  );
}

function CountScreen({ session, sharing }: { session: VotingSessionView; sharing: SharingStatus | null }) {
  const { t } = useI18n();
  const share = session.voterCount > 0 ? Math.min(1, session.votedCount / session.voterCount) : 0;
  const closed = session.phase === 'closed';
  return (
    <section className={`pv-body pv-body--count${sharing ? ' has-join' : ''}`} aria-label={t('voting.turnout.title')}>
      <div className="pv-count">
        <p className="pv-count__state">{closed ? t('voting.presenter.closed') : t('voting.presenter.open')}</p>
        <p className="pv-count__figure" role="status">
          {votedLabel(t, session.votedCount, session.voterCount)}
        </p>
        {session.voterCount > session.votedCount && (
          <div className="pv-count__bar" aria-hidden="true">
            <div className="pv-count__fill" style={{ transform: `scaleX(${share})` }} />
          </div>
        )}
        <p className="pv-count__rules">
          {closed ? t('voting.presenter.soon') : t('voting.presenter.rules', { dots: session.rules.dotsPerVoter, max: session.rules.maxPerItem })}
        </p>
      </div>
      {sharing && !closed && <JoinFacts sharing={sharing} size="side" />}
    </section>
  );
}

/** Ranked results; each bar grows in rank order after the one above it started (none with reduced motion). */
function RevealScreen({ results }: { results: VotingResults }) {
  const { t } = useI18n();
  const rows = results.items.slice(0, MAX_ROWS);
  const more = results.items.length - rows.length;
  const tied = tiedRanks(results.items);
  return (
    <section className="pv-body pv-body--results" aria-label={t('voting.results.title')}>
      <p className="pv-results__summary">
        {t(results.votersVoted === 1 ? 'voting.results.summaryOne' : 'voting.results.summary', { voters: results.votersVoted, dots: results.totalVotes })}
      </p>
      <ol className={`pv-ranking pv-ranking--${rows.length > 5 ? 'many' : 'few'}`} aria-label={t('voting.results.title')}>
        {rows.map((item, index) => (
          <RevealRow key={item.itemId} delay={index * STAGGER_MS} share={results.maxVotes > 0 ? item.votes / results.maxVotes : 0} top={item.rank === 1 && item.votes > 0}>
            <span className="pv-row__rank">
              <span className="visually-hidden">{t('voting.results.rank')} </span>
              {item.rank}
              {tied.has(item.rank) && <span className="pv-row__tie">{t('voting.results.tie')}</span>}
            </span>
            <span className="pv-row__text">{item.text}</span>
            <span className="pv-row__votes">
              {item.votes}
              <span className="visually-hidden"> {t(item.votes === 1 ? 'voting.results.voteUnitOne' : 'voting.results.voteUnit')}</span>
            </span>
          </RevealRow>
        ))}
      </ol>
      {more > 0 && <p className="pv-results__more">{t('voting.presenter.more', { count: more })}</p>}
    </section>
  );
}

function RevealRow({ delay, share, top, children }: { delay: number; share: number; top: boolean; children: ReactNode }) {
  return (
    <li className={top ? 'pv-row is-top' : 'pv-row'} style={{ animationDelay: `${delay}ms` }}>
      {children}
      <span className="pv-row__bar" aria-hidden="true">
        <span className="pv-row__fill" style={{ transform: `scaleX(${share})`, animationDelay: `${delay}ms` }} />
      </span>
    </li>
  );
}
