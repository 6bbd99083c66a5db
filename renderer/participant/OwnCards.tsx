import { useId, useState } from 'react';
import { MAX_CARD_TEXT } from '../../shared/domain/board';
import type { BoardTargets, ParticipantCard } from '../../shared/participant/protocol';
import { useI18n } from '../src/i18n';
import { ownCards } from './board-columns';
import type { Room } from './connection';

/** The phone's own cards on the current board, each editable and deletable until the step ends. */
export function OwnCards({ board, room }: { board: BoardTargets; room: Room }) {
  const { t } = useI18n();
  const headingId = useId();
  const mine = ownCards(board);
  if (mine.length === 0) return null;
  return (
    <section className="p-mine" aria-labelledby={headingId}>
      <h3 id={headingId} className="p-section-title">
        {t('participant.add.mine')}
      </h3>
      <ul className="plain-list stack p-mine__list">
        {mine.map(({ card, place }) => (
          <OwnCard key={card.id} card={card} place={place} room={room} />
        ))}
      </ul>
    </section>
  );
}

function OwnCard({ card, place, room }: { card: ParticipantCard; place: string; room: Room }) {
  const { t } = useI18n();
  const fieldId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(message: Parameters<Room['ask']>[0]): Promise<boolean> {
    setBusy(true);
    const answer = await room.ask(message);
    setBusy(false);
    if (answer.type === 'error') {
      setError(t('participant.error', { message: answer.message }));
      return false;
    }
    setError(null);
    return true;
  }

  const save = async (): Promise<void> => {
    const text = draft?.trim() ?? '';
    if (text === '' || text === card.text) return setDraft(null);
    if (await send({ type: 'editCard', cardId: card.id, text })) setDraft(null);
  };

  return (
    <li className="p-mine__card">
      {draft === null ? (
        <span className="p-mine__text">{card.text}</span>
      ) : (
        <>
          <label className="visually-hidden" htmlFor={fieldId}>
            {t('participant.mine.editField')}
          </label>
          <textarea
            id={fieldId}
            className="textarea p-input"
            rows={3}
            maxLength={MAX_CARD_TEXT}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-describedby={`${fieldId}-count`}
          />
          <span id={`${fieldId}-count`} className="p-hint p-add__count">
            {t('participant.add.count', { count: draft.length, max: MAX_CARD_TEXT })}
          </span>
        </>
      )}
      <span className="p-mine__place">
        {place}
        {card.hidden && ` · ${t('participant.board.onlyYou')}`}
      </span>
      <div className="p-mine__actions">
        {draft === null ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => setDraft(card.text)} aria-label={t('participant.mine.edit', { text: card.text.slice(0, 40) })}>
              {t('participant.mine.editShort')}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void send({ type: 'deleteCard', cardId: card.id })}
              aria-label={t('participant.mine.delete', { text: card.text.slice(0, 40) })}
            >
              {t('participant.mine.deleteShort')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button--primary" disabled={busy || draft.trim() === ''} onClick={() => void save()}>
              {t('participant.mine.save')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setDraft(null)}>
              {t('participant.mine.cancel')}
            </button>
          </>
        )}
      </div>
      {error && (
        <p className="p-alert" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
