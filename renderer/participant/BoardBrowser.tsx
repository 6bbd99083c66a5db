import { useRef, useState, type PointerEvent } from 'react';
import type { BoardTargets } from '../../shared/participant/protocol';
import { useI18n } from '../src/i18n';
import { boardColumns } from './board-columns';

/** A horizontal swipe longer than this (and mostly sideways) turns the column. */
const SWIPE_PX = 50;

/**
 * The current board, read-only, in large type, one column at a time (a persona section, or a
 * journey stage with its lanes): buttons or a swipe go to the next or the previous one.
 */
export function BoardBrowser({ board }: { board: BoardTargets | null }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState(0);
  const start = useRef<{ x: number; y: number } | null>(null);
  if (!board) return <p className="p-empty">{t('participant.board.none')}</p>;
  const columns = boardColumns(board);
  if (columns.length === 0) return <p className="p-empty">{t('participant.board.empty')}</p>;
  const index = Math.min(chosen, columns.length - 1);
  const column = columns[index]!;
  const go = (next: number): void => setChosen(Math.max(0, Math.min(columns.length - 1, next)));

  const onPointerDown = (event: PointerEvent): void => {
    start.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent): void => {
    const from = start.current;
    start.current = null;
    if (!from) return;
    const dx = event.clientX - from.x;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > 2 * Math.abs(event.clientY - from.y)) go(index + (dx < 0 ? 1 : -1));
  };

  return (
    <div className="p-browse">
      <nav className="p-browse__nav" aria-label={t('participant.board.columns')}>
        <button type="button" className="button p-browse__turn" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t('participant.board.previous')}>
          <span aria-hidden="true">‹</span>
        </button>
        <p className="p-browse__where" aria-live="polite">
          {column.context && <span className="p-browse__context">{column.context}</span>}
          <span className="p-browse__title">{column.title}</span>
          <span className="p-browse__position">{t('participant.board.position', { index: index + 1, count: columns.length })}</span>
        </p>
        <button
          type="button"
          className="button p-browse__turn"
          onClick={() => go(index + 1)}
          disabled={index === columns.length - 1}
          aria-label={t('participant.board.next')}
        >
          <span aria-hidden="true">›</span>
        </button>
      </nav>
      <div className="p-browse__column" onPointerDown={onPointerDown} onPointerUp={onPointerUp} onPointerCancel={() => (start.current = null)}>
        {column.blocks.map((block) => (
          <section key={block.id} className="p-browse__block" aria-label={block.title ?? column.title}>
            {block.title && <h3 className="p-browse__lane">{block.title}</h3>}
            {block.cards.length === 0 ? (
              <p className="p-browse__none">{t('participant.board.noCards')}</p>
            ) : (
              <ul className="plain-list stack p-browse__cards">
                {block.cards.map((card) => (
                  <li key={card.id} className={`p-browse__card${card.mine ? ' is-mine' : ''}${card.hidden ? ' is-hidden' : ''}`}>
                    {card.group && <span className="p-browse__group">{card.group}</span>}
                    <span className="p-browse__text">{card.text}</span>
                    {(card.author || card.mine || card.hidden) && (
                      <span className="p-browse__meta">
                        {card.mine ? t('participant.board.yours') : card.author ? t('authors.by', { name: card.author }) : null}
                        {card.hidden && ` · ${t('participant.board.onlyYou')}`}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
