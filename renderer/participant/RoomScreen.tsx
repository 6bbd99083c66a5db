import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Language } from '../../shared/domain/settings';
import { Brand } from '../src/components/Brand';
import { useI18n } from '../src/i18n';
import { AddCard } from './AddCard';
import { useRoom, type Identity, type SignOutReason } from './connection';
import { MatrixCard } from './MatrixCard';
import { StepCard, waitingForStart } from './StepCard';
import { VotePanel } from './VotePanel';
import { BoardBrowser } from './BoardBrowser';
import { silentCountLine } from '../../shared/i18n/silent-count';

type Tab = 'add' | 'board' | 'vote';
/** After this many failed tries (about five seconds), the banner says what to check. */
const LONG_LOSS_TRIES = 4;
const TABS: readonly Tab[] = ['add', 'board', 'vote'];

export function RoomScreen({
  identity,
  onSignedOut,
  onLanguage,
}: {
  identity: Identity;
  onSignedOut: (reason: SignOutReason) => void;
  onLanguage: (lang: Language) => void;
}) {
  const { t } = useI18n();
  const room = useRoom(identity.token, onSignedOut);
  const { state, status } = room;
  const voteOpen = state?.vote?.phase === 'open';
  const votingStep = state?.step?.kind === 'voting';
  const finished = state?.workshop.progress === 'finished';
  const [chosen, setChosen] = useState<Tab | null>(null);
  // Until the participant picks a tab, a vote (or a voting step waiting for one) takes them to it.
  const tab: Tab = chosen ?? (voteOpen || state?.vote || votingStep ? 'vote' : 'add');
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ add: null, board: null, vote: null });

  const language = state?.workshop.language;
  useEffect(() => {
    if (language) onLanguage(language);
  }, [language, onLanguage]);

  const previousVotingStep = useRef(votingStep);
  useEffect(() => {
    // The room moving on to a voting step brings them to the vote, even before it opens.
    if (votingStep && !previousVotingStep.current) setChosen('vote');
    previousVotingStep.current = votingStep;
  }, [votingStep]);

  const previousOpen = useRef(voteOpen);
  useEffect(() => {
    // A vote opening while they were adding cards brings them to it.
    if (voteOpen && !previousOpen.current) setChosen('vote');
    previousOpen.current = voteOpen;
  }, [voteOpen]);

  function onTabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setChosen(next);
    tabs.current[next]?.focus();
  }

  const banner =
    status === 'reconnecting'
      ? t('participant.reconnecting')
      : status === 'stopped'
        ? t('participant.stopped')
        : status === 'connecting' && !state
          ? t('participant.connecting')
          : null;

  return (
    <div className="p-room">
      <header className="row row--spread p-header">
        <Brand />
        <span className="p-header__who">{identity.name ? t('participant.signedInAs', { name: identity.name }) : t('participant.anonymous')}</span>
      </header>
      {banner && (
        <p className={`p-banner${status === 'stopped' ? ' p-banner--stopped' : ''}`} role="status">
          {banner}
          {status !== 'connecting' && room.failedTries >= LONG_LOSS_TRIES && (
            <span className="p-banner__hint">{status === 'stopped' ? t('participant.stopped.long') : t('participant.reconnecting.long')}</span>
          )}
        </p>
      )}
      {state && (
        <main className="p-main">
          <h1 className="p-workshop">{state.workshop.title}</h1>
          <StepCard state={state} receivedAt={room.receivedAt} />
          {state.matrix && <MatrixCard matrix={state.matrix} />}
          {/* Once the workshop is over there is nothing to add or browse: only the vote's results, if any. */}
          {finished && state.vote && (
            <section className="p-card p-panel" aria-labelledby="p-results-title">
              <h2 id="p-results-title" className="p-panel__title">
                {state.vote.title}
              </h2>
              <VotePanel vote={state.vote} room={room} waiting={false} />
            </section>
          )}
          {/* Before the start there is nothing to add or vote on yet. */}
          {!finished && !waitingForStart(state) && (
            <>
              <div className="p-tabs" role="tablist" aria-label={t('participant.tabs')} onKeyDown={onTabKey}>
                {TABS.map((id) => (
                  <button
                    key={id}
                    ref={(el) => {
                      tabs.current[id] = el;
                    }}
                    id={`p-tab-${id}`}
                    type="button"
                    role="tab"
                    className="p-tabs__tab"
                    aria-selected={tab === id}
                    aria-controls={`p-panel-${id}`}
                    tabIndex={tab === id ? 0 : -1}
                    onClick={() => setChosen(id)}
                  >
                    {id === 'add' ? t('participant.tab.add') : id === 'board' ? t('participant.tab.board') : voteOpen ? t('participant.tab.voteOpen') : t('participant.tab.vote')}
                    {id === 'vote' && voteOpen && <span className="p-tabs__live" aria-hidden="true" />}
                  </button>
                ))}
              </div>
              <section id={`p-panel-${tab}`} role="tabpanel" aria-labelledby={`p-tab-${tab}`} className="p-card p-panel">
                <h2 className="p-panel__title">
                  {tab === 'add' ? t('participant.add.heading') : tab === 'board' ? t('participant.board.heading') : (state.vote?.title ?? t('participant.vote.heading'))}
                </h2>
                {tab !== 'vote' && state.board?.silence && <SilenceNote ideas={state.board.silence.ideas} people={state.board.silence.people} />}
                {tab === 'add' && <AddCard targets={state.board} room={room} />}
                {tab === 'board' && <BoardBrowser board={state.board} />}
                {tab === 'vote' && <VotePanel vote={state.vote} room={room} waiting={votingStep && !finished} />}
              </section>
            </>
          )}
        </main>
      )}
    </div>
  );
}

/** During silent writing: that only this phone sees its cards for now, and how many ideas the room has. */
function SilenceNote({ ideas, people }: { ideas: number; people: number }) {
  const { t, lang } = useI18n();
  return (
    <div className="p-silence" role="note">
      <strong className="p-silence__title">{t('silent.phone.title')}</strong>
      <span>{t('silent.phone.hint')}</span>
      <span className="p-silence__count">{silentCountLine(t, lang, ideas, people)}</span>
    </div>
  );
}
