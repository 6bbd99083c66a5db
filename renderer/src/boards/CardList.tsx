import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { MAX_CARD_TEXT, type Card, type CardGroup } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { BoardCard, StaticCard, useCardLabels } from './Card';
import type { CardActions, CardKind } from './card-actions';
import { CharCount } from './CharCount';
import { estimateListHeight } from './first-screen';
import { listEntries, type ListEntry } from './group-entries';
import { GroupStack } from './GroupStack';
import { StaticGroup } from './StaticGroup';
import './CardList.css';

export interface CardListProps {
  containerKey: string;
  /** The section or cell, in words ("Needs", "Research · Pain points"). */
  label: string;
  cards: readonly Card[];
  /** The container's groups (their cards are among `cards`). */
  groups?: readonly CardGroup[];
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
const NO_GROUPS: readonly CardGroup[] = [];

/** The first entries holding about `shown` cards: what the opening screen draws. */
function firstEntries(entries: readonly ListEntry[], shown: number | undefined): readonly ListEntry[] {
  if (shown === undefined) return entries;
  let cards = 0;
  const index = entries.findIndex((entry) => (cards += entry.kind === 'card' ? 1 : entry.cards.length) > shown);
  return index === -1 ? entries : entries.slice(0, Math.max(1, index));
}

/** A container of cards: a drop target, its cards in order, and the field that adds the next one. */
export const CardList = memo(function CardList({ containerKey, label, cards, groups = NO_GROUPS, kind, moments, actions, className, noCapture, shown }: CardListProps) {
  const { t } = useI18n();
  const labels = useCardLabels();
  const classes = ['card-list'];
  if (className) classes.push(className);
  const entries = useMemo(() => listEntries(cards, groups), [cards, groups]);
  const drawn = firstEntries(entries, shown);
  const drawnCards = drawn.reduce((sum, entry) => sum + (entry.kind === 'card' ? 1 : entry.cards.length), 0);

  return (
    <div className={classes.join(' ')} data-container={containerKey}>
      <ol className="plain-list column card-list__cards" aria-label={t('boards.list.cards', { container: label })}>
        {drawn.map((entry) =>
          entry.kind === 'card' ? (
            <BoardCard
              key={entry.card.id}
              card={entry.card}
              containerKey={containerKey}
              kind={kind}
              moments={kind === 'painPoints' ? moments : NONE}
              actions={actions}
              labels={labels}
            />
          ) : (
            <GroupStack
              key={entry.group.id}
              group={entry.group}
              cards={entry.cards}
              containerKey={containerKey}
              kind={kind}
              moments={moments}
              actions={actions}
              labels={labels}
              others={groups.length > 1 ? groups.filter((other) => other.id !== entry.group.id) : NO_GROUPS}
            />
          ),
        )}
      </ol>
      {drawnCards < cards.length && <div className="card-list__pending" aria-hidden="true" style={{ height: estimateListHeight(cards.slice(drawnCards)) }} />}
      {!noCapture && <CaptureField label={label} onAdd={(text) => actions.create(containerKey, text)} />}
    </div>
  );
});

/** The same list with no controls, for the presenter. */
export const StaticCardList = memo(function StaticCardList({ label, cards, groups = NO_GROUPS, kind, moments, className }: Pick<CardListProps, 'label' | 'cards' | 'groups' | 'kind' | 'moments' | 'className'>) {
  const { t } = useI18n();
  const entries = useMemo(() => listEntries(cards, groups), [cards, groups]);
  return (
    <div className={className ? `card-list ${className}` : 'card-list'}>
      <ol className="plain-list column card-list__cards" aria-label={t('boards.list.cards', { container: label })}>
        {entries.map((entry) =>
          entry.kind === 'card' ? (
            <StaticCard key={entry.card.id} card={entry.card} kind={kind} moments={moments} />
          ) : (
            <StaticGroup key={entry.group.id} group={entry.group} cards={entry.cards} kind={kind} moments={moments} />
          ),
        )}
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
