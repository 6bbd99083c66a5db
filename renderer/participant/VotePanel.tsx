import { useState } from 'react';
import { canAddDot, dotsUsed, type BallotDot } from '../../shared/domain/voting';
import type { ParticipantVote } from '../../shared/participant/protocol';
import { useI18n } from '../src/i18n';
import type { Room } from './connection';
import { ItemMembers } from './ItemMembers';

type Draft = Record<string, number>;

function toDraft(ballot: readonly BallotDot[] | null): Draft {
  const draft: Draft = {};
  for (const dot of ballot ?? []) draft[dot.itemId] = dot.count;
  return draft;
}

function sameBallot(draft: Draft, ballot: readonly BallotDot[] | null): boolean {
  const saved = toDraft(ballot);
  const keys = new Set([...Object.keys(draft).filter((k) => (draft[k] ?? 0) > 0), ...Object.keys(saved)]);
  return [...keys].every((k) => (draft[k] ?? 0) === (saved[k] ?? 0));
}

/** `waiting`: the room is at a voting step, so no vote yet means it is about to open. */
export function VotePanel({ vote, room, waiting = false }: { vote: ParticipantVote | null; room: Room; waiting?: boolean }) {
  const { t } = useI18n();
  if (!vote) {
    return (
      <p className="p-empty" role="status">
        {waiting ? t('participant.vote.waiting') : t('participant.vote.none')}
      </p>
    );
  }
  if (vote.phase === 'revealed') return <Results vote={vote} />;
  if (vote.phase === 'closed') return <p className="p-empty">{t('participant.vote.closed')}</p>;
  // A new session (or a new round) starts from a clean draft.
  return <Ballot key={vote.sessionId} vote={vote} room={room} />;
}

function Ballot({ vote, room }: { vote: ParticipantVote; room: Room }) {
  const { t, tc } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => toDraft(vote.myBallot));
  // What the server has acknowledged: the state only carries it on (re)connection.
  const [sent, setSent] = useState<BallotDot[] | null>(vote.myBallot);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const { dotsPerVoter, maxPerItem } = vote.rules;
  const used = dotsUsed(draft);
  const left = dotsPerVoter - used;
  const saved = sent !== null && sameBallot(draft, sent);

  function change(itemId: string, delta: number): void {
    setFeedback(null);
    setDraft((d) => (delta > 0 && !canAddDot(vote.rules, d, itemId) ? d : { ...d, [itemId]: Math.max(0, (d[itemId] ?? 0) + delta) }));
  }

  async function send(): Promise<void> {
    const dots = Object.entries(draft)
      .filter(([, count]) => count > 0)
      .map(([itemId, count]) => ({ itemId, count }));
    if (dots.length === 0) {
      setFeedback({ ok: false, text: t('participant.vote.empty') });
      return;
    }
    setBusy(true);
    const answer = await room.ask({ type: 'vote', sessionId: vote.sessionId, dots });
    setBusy(false);
    if (answer.type === 'ack' && answer.action === 'vote') {
      setSent(answer.dots);
      setFeedback(null);
    } else if (answer.type === 'error') setFeedback({ ok: false, text: t('participant.error', { message: answer.message }) });
  }

  const leftText = left === 0 ? t('participant.vote.leftNone') : tc('participant.vote.left', left);

  return (
    <div className="p-vote">
      <p className="p-vote__rules">{tc('participant.vote.rules', dotsPerVoter, { max: maxPerItem })}</p>
      <div className="p-vote__left" aria-live="polite">
        <span className="p-dots" aria-hidden="true">
          {Array.from({ length: dotsPerVoter }, (_, i) => (
            <span key={i} className={`p-dot${i < used ? ' p-dot--placed' : ''}`} />
          ))}
        </span>
        <span>{leftText}</span>
      </div>
      <ul className="plain-list stack p-items">
        {vote.items.map((item) => {
          const count = draft[item.id] ?? 0;
          return (
            <li key={item.id} className={`column p-item${count > 0 ? ' p-item--chosen' : ''}`}>
              <span className="p-item__text">
                {item.text}
                <ItemMembers members={item.members} />
              </span>
              <div className="p-stepper">
                <button
                  type="button"
                  className="p-stepper__button"
                  onClick={() => change(item.id, -1)}
                  disabled={count === 0}
                  aria-label={t('participant.vote.remove', { item: item.text })}
                >
                  −
                </button>
                <span className="p-stepper__count">
                  <span className="visually-hidden">{tc('participant.vote.count', count, { item: item.text })}</span>
                  <span className="p-stepper__dots" aria-hidden="true">
                    {Array.from({ length: maxPerItem }, (_, i) => (
                      <span key={i} className={`p-dot p-dot--small${i < count ? ' p-dot--placed' : ''}`} />
                    ))}
                  </span>
                  <span className="p-stepper__number" aria-hidden="true">
                    {count}
                  </span>
                </span>
                <button
                  type="button"
                  className="p-stepper__button p-stepper__button--add"
                  onClick={() => change(item.id, 1)}
                  disabled={!canAddDot(vote.rules, draft, item.id)}
                  aria-label={t('participant.vote.add', { item: item.text })}
                >
                  +
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="p-vote__footer">
        {feedback && !feedback.ok && (
          <p className="p-alert" role="alert">
            {feedback.text}
          </p>
        )}
        {saved ? (
          <p className="p-counted" role="status">
            <span className="p-counted__check" aria-hidden="true">
              ✓
            </span>
            <span>
              <strong>{t('participant.vote.counted')}</strong> {t('participant.vote.sent')}
            </span>
          </p>
        ) : (
          <button type="button" className="button button--primary button--large p-block" onClick={() => void send()} disabled={busy || used === 0}>
            {busy ? t('participant.vote.sending') : sent ? t('participant.vote.update') : t('participant.vote.submit')}
          </button>
        )}
      </div>
    </div>
  );
}

function Results({ vote }: { vote: ParticipantVote }) {
  const { t, tc } = useI18n();
  const results = vote.results;
  if (!results) return null;
  return (
    <section className="p-results" aria-labelledby="p-results-title">
      <h3 id="p-results-title" className="p-section-title">
        {t('participant.vote.results')}
      </h3>
      <p className="p-hint">
        {tc('participant.vote.voters', results.votersVoted)}
      </p>
      <ol className="plain-list stack p-results__list">
        {results.items.map((r) => (
          <li key={r.itemId} className="p-result">
            <span className="p-result__rank">{t('participant.vote.rank', { rank: r.rank })}</span>
            <span className="p-result__text">
              {r.text}
              {r.members.length > 0 && <span className="p-result__members">{r.members.join(' · ')}</span>}
            </span>
            <span className="p-result__votes">{tc('participant.vote.resultVotes', r.votes)}</span>
            <span className="p-result__bar" aria-hidden="true">
              <span style={{ width: `${results.maxVotes > 0 ? Math.round((r.votes / results.maxVotes) * 100) : 0}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
