import type { ReactNode } from 'react';
import type { SharingStatus, VotingResults, VotingSessionView, WorkshopVoting } from '../../../shared/domain/voting';
import { useI18n } from '../i18n';
import { FitList } from './FitList';
import '../styles/presenter-voting.css';
import { votedLabel } from '../voting/labels';
import { QrCode } from '../voting/QrCode';
import { tiedRanks } from '../voting/Results';
import { spacedCode } from '../voting/SharingPanel';

/** Rows the projector shows before "and N more": what stays readable from the back at 1080p. */
const MAX_ROWS = 8;
/** Between two bars starting to grow, in rank order. */
const STAGGER_MS = 280;

/** The workshop's current voting session, if any. */
export function currentSession(voting: WorkshopVoting | null): VotingSessionView | null {
  return voting?.sessions.find((s) => s.id === voting.currentSessionId) ?? null;
}

const shortUrl = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** How to join: QR code, address and code — full screen, or in a corner of every step while sharing. */
export function JoinFacts({ sharing, size }: { sharing: SharingStatus; size: 'large' | 'corner' }) {
  const { t } = useI18n();
  const url = sharing.urls[0] ?? '';
  return (
    <div className={`pv-join pv-join--${size}`} role="group" aria-label={t('voting.presenter.join')}>
      {sharing.qr && <QrCode qr={sharing.qr} label={t('voting.sharing.qr', { url })} className="pv-join__qr" />}
      <div className="pv-join__text">
        {size === 'large' && <p className="pv-lead">{t('voting.presenter.join')}</p>}
        <dl className="pv-join__facts">
          <div>
            <dt>{t('voting.presenter.goTo')}</dt>
            <dd className="pv-join__url">{url ? shortUrl(url) : t('voting.presenter.noNetwork')}</dd>
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

/** While the room votes (or just after): how many have voted, and the rules. */
export function CountScreen({ session }: { session: VotingSessionView | null }) {
  const { t, tc } = useI18n();
  if (!session) return null;
  const share = session.voterCount > 0 ? Math.min(1, session.votedCount / session.voterCount) : 0;
  const closed = session.phase === 'closed';
  return (
    <section className="pv-body pv-body--count" aria-label={t('voting.turnout.title')}>
      <div className="pv-count">
        <p className="pv-count__state">{closed ? t('voting.presenter.closed') : t('voting.presenter.open')}</p>
        <p className="pv-count__figure" role="status">
          {votedLabel({ t, tc }, session.votedCount, session.voterCount)}
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
    </section>
  );
}

/** Ranked results; each bar grows in rank order after the one above it started (none with reduced motion). */
export function RevealScreen({ session, tick }: { session: VotingSessionView | null; tick: number }) {
  const { t, tc } = useI18n();
  const results: VotingResults | null = session?.results ?? null;
  if (!session || !results) return null;
  const rows = results.items.slice(0, MAX_ROWS);
  const more = results.items.length - rows.length;
  const tied = tiedRanks(results.items);
  return (
    <section className="pv-body pv-body--results" aria-label={t('voting.results.title')}>
      <p className="pv-results__summary">
        <span className="pv-results__session">{session.title}</span> ·{' '}
        {`${tc('voting.results.voters', results.votersVoted)} · ${tc('voting.results.dots', results.totalVotes)}`}
      </p>
      <FitList
        ordered
        className={`pv-ranking pv-ranking--${rows.length > 5 ? 'many' : 'few'}`}
        listLabel={t('voting.results.title')}
        label={t('voting.results.title')}
        items={rows}
        itemKey={(item) => item.itemId}
        tick={tick}
        render={(item) => (
          <RevealRow delay={rows.indexOf(item) * STAGGER_MS} share={results.maxVotes > 0 ? item.votes / results.maxVotes : 0} top={item.rank === 1 && item.votes > 0}>
            <span className="pv-row__rank">
              <span className="visually-hidden">{t('voting.results.rank')} </span>
              {item.rank}
              {tied.has(item.rank) && <span className="pv-row__tie">{t('voting.results.tie')}</span>}
            </span>
            <span className="pv-row__label">
              <span className="pv-row__text">{item.text}</span>
              {item.members.length > 0 && <span className="clamp-2 pv-row__members">{item.members.join(' · ')}</span>}
            </span>
            <span className="pv-row__votes">
              {item.votes}
              <span className="visually-hidden"> {tc('voting.results.voteUnit', item.votes)}</span>
            </span>
          </RevealRow>
        )}
      />
      {more > 0 && (
        <p className="pv-results__more fit-list__more" data-more={more}>
          {tc('voting.presenter.more', more)}
        </p>
      )}
    </section>
  );
}

function RevealRow({ delay, share, top, children }: { delay: number; share: number; top: boolean; children: ReactNode }) {
  return (
    <div className={top ? 'pv-row is-top' : 'pv-row'} style={{ animationDelay: `${delay}ms` }}>
      {children}
      <span className="pv-row__bar" aria-hidden="true">
        <span className="pv-row__fill" style={{ transform: `scaleX(${share})`, animationDelay: `${delay}ms` }} />
      </span>
    </div>
  );
}
