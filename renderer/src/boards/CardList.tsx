import { memo, useState, type KeyboardEvent } from 'react';
import { MAX_CARD_TEXT, type Card } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { BoardCard, StaticCard, useCardLabels } from './Card';
import type { CardActions, CardKind } from './card-actions';
import { CharCount } from './CharCount';
import { estimateListHeight } from './first-screen';
import './CardList.css';

export interface CardListProps {
  containerKey: string;
  /** The section or cell, in words ("Needs", "Research · Pain points"). */
  label: string;
  cards: readonly Card[];
  kind: CardKind;
  moments: readonly Card[];
  actions: CardActions;
  className?: string;
  /** No capture field: the journey's emotion lane, a hidden section. */
  noCapture?: boolean;
  /** Draw only the first this many cards for now (the opening screen), and room for the others. */
  shown?: number;
}

const NONE: readonly Card[] = [];

/** A container of cards: a drop target, its cards in order, and the field that adds the next one. */
export const CardList = memo(function CardList({ containerKey, label, cards, kind, moments, actions, className, noCapture, shown }: CardListProps) {
  const { t } = useI18n();
  const labels = useCardLabels();
  const classes = ['card-list'];
  if (className) classes.push(className);

  return (
    <div className={classes.join(' ')} data-container={containerKey}>
      <ol className="card-list__cards" aria-label={t('boards.list.cards', { container: label })}>
        {(shown === undefined ? cards : cards.slice(0, shown)).map((card) => (
          <BoardCard
            key={card.id}
            card={card}
            containerKey={containerKey}
            kind={kind}
            moments={kind === 'painPoints' ? moments : NONE}
            actions={actions}
            labels={labels}
          />
        ))}
      </ol>
      {shown !== undefined && shown < cards.length && <div className="card-list__pending" aria-hidden="true" style={{ height: estimateListHeight(cards.slice(shown)) }} />}
      {!noCapture && <CaptureField label={label} onAdd={(text) => actions.create(containerKey, text)} />}
    </div>
  );
});

/** The same list with no controls, for the presenter. */
export const StaticCardList = memo(function StaticCardList({ label, cards, kind, moments, className }: Pick<CardListProps, 'label' | 'cards' | 'kind' | 'moments' | 'className'>) {
  const { t } = useI18n();
  return (
    <div className={className ? `card-list ${className}` : 'card-list'}>
      <ol className="card-list__cards" aria-label={t('boards.list.cards', { container: label })}>
        {cards.map((card) => (
          <StaticCard key={card.id} card={card} kind={kind} moments={moments} />
        ))}
      </ol>
    </div>
  );
});

/**
 * Fast capture: type, Enter adds the card and the field stays focused for the next one;
 * Shift+Enter starts a new line. The field clears at once and gets its text back if main refuses.
 */
export function CaptureField({ label, onAdd }: { label: string; onAdd: (text: string) => Promise<boolean> }) {
  const { t } = useI18n();
  const [text, setText] = useState('');

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    setText('');
    void onAdd(value).then((added) => {
      if (!added) setText((current) => current || value);
    });
  };

  return (
    <div className="capture-box">
      <textarea
        className="capture"
        rows={1}
        value={text}
        maxLength={MAX_CARD_TEXT}
        placeholder={t('boards.card.addPlaceholder')}
        aria-label={t('boards.card.addTo', { container: label })}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <CharCount length={text.length} />
    </div>
  );
}
