import { useId, useState } from 'react';
import { MAX_ITEM_TEXT, MAX_VOTING_ITEMS, type RankedItem, type VotingSessionView } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { LaptopIcon, PlusIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { itemOrigin } from './labels';
import { PhaseActions, PhaseTrack } from './PhaseActions';
import { ProxyVote } from './ProxyVote';
import { Results } from './Results';
import { MakeActionDialog } from '../report/MakeActionDialog';
import { RulesFields } from './RulesFields';
import { Turnout } from './Turnout';
import { GroupMembers } from './GroupMembers';

export interface SessionViewProps {
  session: VotingSessionView;
  workshop: Workshop;
  onPassLaptop: () => void;
  onSelect: (sessionId: string | null) => void;
}

/** One vote, as its phase asks: items and rules in setup, turnout while open, results once revealed. */
export function SessionView({ session, workshop, onPassLaptop, onSelect }: SessionViewProps) {
  const { t, tc } = useI18n();
  const { api, run } = useAppState();
  const headingId = useId();
  const { rules } = session;
  const [acting, setActing] = useState<RankedItem | null>(null);
  const [made, setMade] = useState<string | null>(null);
  return (
    <article className="session" aria-labelledby={headingId}>
      <header className="row row--spread row--wrap session__head">
        <div className="session__heading">
          <h3 id={headingId} className="session__title">
            {session.title}
            {session.round > 1 && <span className="session__round">{t('voting.round', { round: session.round })}</span>}
          </h3>
          <p className="session__rules">
            {tc('voting.rules.summary', rules.dotsPerVoter, { max: rules.maxPerItem })} ·{' '}
            {rules.anonymous ? t('voting.rules.anonymous') : t('voting.rules.named')} · {tc('voting.items.count', session.items.length)}
          </p>
        </div>
        <PhaseTrack phase={session.phase} />
      </header>
      <PhaseActions
        session={session}
        onDeleted={() => onSelect(null)}
        extra={
          session.phase === 'open' && (
            <button type="button" className="button button--laptop" onClick={onPassLaptop}>
              <LaptopIcon />
              {t('voting.laptop.begin')}
            </button>
          )
        }
      />

      {session.phase === 'setup' && <SetupEditor session={session} />}

      {(session.phase === 'open' || session.phase === 'closed') && (
        <div className="split session__live">
          <Turnout session={session} workshop={workshop} />
          {session.phase === 'open' && <ProxyVote session={session} workshop={workshop} />}
        </div>
      )}

      {session.phase === 'revealed' && session.results && (
        <>
          <Results session={session} results={session.results} onMakeAction={setActing} />
          {made && (
            <p className="results__made" role="status">
              {made}
            </p>
          )}
          {acting && (
            <MakeActionDialog
              text={acting.text}
              onClose={() => setActing(null)}
              onCreate={async (action) => {
                const steps = await run(api.voteItemMakeAction({ workshopId: session.workshopId, sessionId: session.id, itemId: acting.itemId, action }));
                if (steps) setMade(t('matrix.makeAction.done', { text: action.text ?? acting.text }));
                return steps !== undefined;
              }}
            />
          )}
          <SecondRound session={session} onCreated={(id) => onSelect(id)} />
        </>
      )}
    </article>
  );
}

/** Items and rules can change until the vote opens. */
function SetupEditor({ session }: { session: VotingSessionView }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const add = (): void => {
    const text = draft.trim();
    if (!text) return;
    void run(api.votingItemAdd({ sessionId: session.id, item: { text } })).then((saved) => saved && setDraft(''));
  };
  return (
    <div className="session__setup">
      <section className="panel" aria-label={t('voting.items.title')}>
        <h4 className="voting-subtitle">{t('voting.items.title')}</h4>
        {session.items.length === 0 ? (
          <p className="voting-empty">{t('voting.items.none')}</p>
        ) : (
          <ol className="item-list">
            {session.items.map((item) => (
              <li key={item.id} className="item-list__row">
                <span className="item-list__text">
                  {item.text}
                  <span className="item-list__origin">{itemOrigin(item, t)}</span>
                  <GroupMembers members={item.members} />
                </span>
                <button
                  type="button"
                  className="button button--ghost button--icon"
                  aria-label={t('voting.items.remove', { text: item.text })}
                  onClick={() => void run(api.votingItemRemove({ itemId: item.id }))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label className="field">
            <span className="field__label">{t('voting.setup.typedLabel')}</span>
            <input className="input" value={draft} maxLength={MAX_ITEM_TEXT} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={!draft.trim() || session.items.length >= MAX_VOTING_ITEMS}>
            <PlusIcon />
            {t('voting.setup.addTyped')}
          </button>
        </form>
      </section>
      <section className="panel" aria-label={t('voting.rules.title')}>
        <h4 className="voting-subtitle">{t('voting.rules.title')}</h4>
        <RulesFields rules={session.rules} onChange={(rules) => void run(api.votingSessionUpdate({ sessionId: session.id, patch: { rules } }))} />
      </section>
    </div>
  );
}

/** A new vote on the top N of this one (a tie at the cut keeps every tied item). */
function SecondRound({ session, onCreated }: { session: VotingSessionView; onCreated: (id: string) => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const max = session.items.length;
  const [topN, setTopN] = useState(Math.min(5, max));
  return (
    <form
      className="second-round panel"
      onSubmit={(event) => {
        event.preventDefault();
        void run(api.votingSecondRound({ sessionId: session.id, topN })).then((created) => created && onCreated(created.id));
      }}
    >
      <div>
        <h4 className="voting-subtitle">{t('voting.second.title')}</h4>
        <p className="muted">{t('voting.second.intro')}</p>
      </div>
      <label className="field second-round__n">
        <span className="field__label">{t('voting.second.topN')}</span>
        <input
          className="input"
          type="number"
          min={1}
          max={max}
          value={topN}
          onChange={(event) => setTopN(Math.max(1, Math.min(max, Math.round(Number(event.target.value)) || 1)))}
        />
      </label>
      <button type="submit" className="button">
        {t('voting.second.create', { count: topN })}
      </button>
    </form>
  );
}
