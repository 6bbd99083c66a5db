import { useId, useState } from 'react';
import { MAX_COMMENT, type RankedItem, type VotingResults, type VotingSessionView } from '../../../shared/domain/voting';
import { useAppState } from '../app-state';
import { CommitField } from '../components/CommitField';
import { useI18n } from '../i18n';
import { itemOrigin, votesLabel } from './labels';
import { GroupMembers } from './GroupMembers';

/** Ranks shared by more than one item: those rows say "tie". */
export function tiedRanks(items: readonly Pick<RankedItem, 'rank'>[]): Set<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const item of items) {
    if (seen.has(item.rank)) tied.add(item.rank);
    seen.add(item.rank);
  }
  return tied;
}

/** The revealed ranking, overall or per journey stage, with the facilitator's comment on each item. */
export function Results({
  session,
  results,
  onMakeAction,
}: {
  session: VotingSessionView;
  results: VotingResults;
  /** "Make an action" on each item with dots of the overall ranking (see SessionView). */
  onMakeAction?: (item: RankedItem) => void;
}) {
  const { t, tc } = useI18n();
  const headingId = useId();
  const [view, setView] = useState<'ranking' | 'stages'>('ranking');

  return (
    <section className="results panel" aria-labelledby={headingId}>
      <header className="row row--spread row--wrap results__head">
        <div>
          <h3 id={headingId} className="voting-subtitle">
            {t('voting.results.title')}
          </h3>
          <p className="results__summary">
            {tc('voting.results.voters', results.votersVoted)} · {tc('voting.results.dots', results.totalVotes)}
          </p>
        </div>
        {results.byStage.length > 0 && (
          <div className="segmented" role="group" aria-label={t('voting.results.view')}>
            <button type="button" className="segmented__option" aria-pressed={view === 'ranking'} onClick={() => setView('ranking')}>
              {t('voting.results.overall')}
            </button>
            <button type="button" className="segmented__option" aria-pressed={view === 'stages'} onClick={() => setView('stages')}>
              {t('voting.results.byStage')}
            </button>
          </div>
        )}
      </header>

      {view === 'ranking' || results.byStage.length === 0 ? (
        <Ranking
          items={results.items}
          maxVotes={results.maxVotes}
          label={t('voting.results.overall')}
          editable={session.phase === 'revealed'}
          {...(onMakeAction ? { onMakeAction } : {})}
        />
      ) : (
        <div className="stack results__stages">
          {results.byStage.map((group) => (
            <section key={`${group.mapId}-${group.stageId}`} className="stage-results" aria-label={`${group.mapTitle} · ${group.stageTitle}`}>
              <h4 className="stage-results__title">
                <span>
                  {group.stageTitle}
                  <span className="stage-results__map"> · {group.mapTitle}</span>
                </span>
                <span className="stage-results__votes">{votesLabel(tc, group.votes)}</span>
              </h4>
              <Ranking items={group.items} maxVotes={results.maxVotes} label={group.stageTitle} editable={false} />
            </section>
          ))}
          <p className="muted">{t('voting.results.stagesNote')}</p>
        </div>
      )}
    </section>
  );
}

function Ranking({
  items,
  maxVotes,
  label,
  editable,
  onMakeAction,
}: {
  items: readonly RankedItem[];
  maxVotes: number;
  label: string;
  editable: boolean;
  onMakeAction?: (item: RankedItem) => void;
}) {
  const { api, run } = useAppState();
  const { t, tc } = useI18n();
  const tied = tiedRanks(items);
  return (
    <ol className="plain-list stack ranking" aria-label={label}>
      {items.map((item) => {
        const tie = tied.has(item.rank);
        return (
          <li key={item.itemId} className={item.rank === 1 && item.votes > 0 ? 'rank-row is-top' : 'rank-row'}>
            <span className="rank-row__rank">
              <span className="visually-hidden">{t('voting.results.rank')} </span>
              {item.rank}
              {tie && <span className="rank-row__tie">{t('voting.results.tie')}</span>}
            </span>
            <div className="rank-row__main">
              <p className="rank-row__text">{item.text}</p>
              <GroupMembers members={item.members} />
              <p className="rank-row__origin">{itemOrigin(item, t)}</p>
              <div className="rank-row__bar" aria-hidden="true">
                <div className="rank-row__fill" style={{ transform: `scaleX(${maxVotes > 0 ? item.votes / maxVotes : 0})` }} />
              </div>
              {editable ? (
                <CommitField
                  className="input rank-row__comment"
                  value={item.comment}
                  maxLength={MAX_COMMENT}
                  placeholder={t('voting.results.commentPlaceholder')}
                  aria-label={t('voting.results.comment', { text: item.text })}
                  onCommit={(comment) => void run(api.votingCommentSet({ itemId: item.itemId, comment }))}
                />
              ) : (
                item.comment && <p className="rank-row__note">{item.comment}</p>
              )}
              {editable && onMakeAction && item.votes > 0 && (
                <button type="button" className="button button--small rank-row__act" aria-label={`${t('matrix.makeAction')}: ${item.text}`} onClick={() => onMakeAction(item)}>
                  {t('matrix.makeAction')}
                </button>
              )}
            </div>
            <span className="rank-row__votes">
              <strong>{item.votes}</strong>
              <span className="rank-row__unit">{tc('voting.results.voteUnit', item.votes)}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
