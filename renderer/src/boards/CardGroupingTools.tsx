import { useId, useState } from 'react';
import type { Card } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { shortText } from '../format';
import { drawnOrder, groupName } from './group-entries';
import { useGrouping } from './grouping';

export interface CardGroupingToolsProps {
  card: Card;
  containerKey: string;
  /** Closes the card's options once an action is chosen. */
  onDone: () => void;
}

/**
 * The keyboard's (and anyone's) way to group without dragging, in a card's options: take it out
 * of its group, group it with another card or add it to a group of the same list, or merge it as a
 * duplicate into another card. A choice is applied by its button, never by moving through a list.
 */
export function CardGroupingTools({ card, containerKey, onDone }: CardGroupingToolsProps) {
  const { t } = useI18n();
  const grouping = useGrouping();
  const id = useId();
  const [target, setTarget] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  if (!grouping) return null;
  const { actions } = grouping;
  const entries = grouping.entriesOf(containerKey);
  const untitled = t('grouping.untitled');
  const own = card.groupId ? entries.find((entry) => entry.kind === 'group' && entry.group.id === card.groupId) : undefined;
  const targets = entries.flatMap((entry) => {
    if (entry.kind === 'group') {
      if (entry.group.id === card.groupId) return [];
      return [{ value: `group:${entry.group.id}`, label: t('grouping.card.addToGroup', { title: groupName(entry.group, untitled), count: entry.cards.length }) }];
    }
    return entry.card.id === card.id ? [] : [{ value: `card:${entry.card.id}`, label: t('grouping.card.groupWithCard', { text: shortText(entry.card.text, 50) }) }];
  });
  const others = drawnOrder(entries).filter((other) => other.id !== card.id);
  const chosenTarget = targets.some((option) => option.value === target) ? target : (targets[0]?.value ?? '');
  const chosenDuplicate = others.some((other) => other.id === duplicateOf) ? duplicateOf : (others[0]?.id ?? '');

  return (
    <fieldset className="card-tools__group card-grouping">
      <legend>{t('grouping.card.section')}</legend>
      {!own && targets.length === 0 && others.length === 0 && <p className="card-grouping__none">{t('grouping.card.groupWithNone')}</p>}
      {own?.kind === 'group' && (
        <div className="card-grouping__row card-grouping__row--in">
          <span className="card-grouping__in">{t('grouping.card.inGroup', { title: groupName(own.group, untitled) })}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              onDone();
              actions.leave(card.id);
            }}
          >
            {t('grouping.card.takeOut')}
          </button>
        </div>
      )}
      {targets.length > 0 && (
        <>
          <label className="field__label" htmlFor={`${id}-with`}>
            {t('grouping.card.groupWith')}
          </label>
          <div className="card-grouping__row">
            <select id={`${id}-with`} className="select" value={chosenTarget} onChange={(event) => setTarget(event.target.value)}>
              {targets.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={!chosenTarget}
              onClick={() => {
                const [kind, targetId = ''] = chosenTarget.split(':');
                onDone();
                if (kind === 'group') actions.join(card.id, targetId);
                else actions.create(card.id, targetId);
              }}
            >
              {t('grouping.card.group')}
            </button>
          </div>
        </>
      )}
      {others.length > 0 && (
        <>
          <label className="field__label" htmlFor={`${id}-dup`}>
            {t('grouping.card.duplicateOf')}
          </label>
          <div className="card-grouping__row">
            <select id={`${id}-dup`} className="select" value={chosenDuplicate} onChange={(event) => setDuplicateOf(event.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {shortText(other.text, 50)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={!chosenDuplicate}
              onClick={() => {
                onDone();
                actions.mergeDuplicate(card.id, chosenDuplicate);
              }}
            >
              {t('grouping.card.merge')}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
