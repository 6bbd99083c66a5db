import { memo, useEffect, useRef } from 'react';
import type { Card, CardGroup } from '../../../shared/domain/board';
import { CommitField } from '../components/CommitField';
import { Menu, type MenuItem } from '../components/Menu';
import { useI18n } from '../i18n';
import { BoardCard, type CardLabels } from './Card';
import type { CardActions, CardKind } from './card-actions';
import { groupLabel, groupName } from './group-entries';
import { useGrouping, useTitleFocus } from './grouping';
import { ChevronIcon } from '../components/icons';
import './GroupStack.css';

export interface GroupStackProps {
  group: CardGroup;
  /** Its cards, in order. */
  cards: readonly Card[];
  containerKey: string;
  kind: CardKind;
  moments: readonly Card[];
  actions: CardActions;
  labels: CardLabels;
  /** The other groups of the same list, to merge into. */
  others: readonly CardGroup[];
}

const NONE: readonly Card[] = [];

/**
 * A group as a framed stack in its card list: a chevron that collapses it to its title and
 * count, the title edited in place (Enter saves), the count, and a menu to rename, merge or
 * dissolve it; its cards below, each still movable and with its own options.
 */
export const GroupStack = memo(function GroupStack({ group, cards, containerKey, kind, moments, actions, labels, others }: GroupStackProps) {
  const { t } = useI18n();
  const grouping = useGrouping();
  const root = useRef<HTMLLIElement>(null);
  const name = groupName(group, t('grouping.untitled'));
  const focusTitle = useTitleFocus(group.id);

  const titleField = (): HTMLInputElement | null => root.current?.querySelector<HTMLInputElement>('.card-group__title') ?? null;
  useEffect(() => {
    if (!focusTitle) return;
    grouping?.titleFocus.set(null);
    const field = titleField();
    field?.focus();
    field?.select();
  }, [focusTitle, grouping]);

  if (!grouping) return null;
  const { actions: groupActions } = grouping;
  const count = cards.length;
  const items: MenuItem[] = [
    {
      label: t('grouping.rename'),
      onSelect: () =>
        requestAnimationFrame(() => {
          const field = titleField();
          field?.focus();
          field?.select();
        }),
    },
    ...others.map((other) => ({ label: t('grouping.mergeInto', { title: groupName(other, t('grouping.untitled')) }), onSelect: () => groupActions.merge(group.id, other.id) })),
    { label: t('grouping.dissolve'), danger: true, onSelect: () => groupActions.dissolve(group.id) },
  ];

  return (
    <li ref={root} className={group.collapsed ? 'card-group is-collapsed' : 'card-group'} data-group-id={group.id}>
      <div className="card-group__frame" role="group" aria-label={groupLabel(group, count, t)}>
        <div className="card-group__head">
          <button
            type="button"
            className="card-group__toggle"
            aria-expanded={!group.collapsed}
            aria-label={group.collapsed ? t('grouping.expand', { title: name, count }) : t('grouping.collapse', { title: name })}
            title={group.collapsed ? t('grouping.expand', { title: name, count }) : t('grouping.collapse', { title: name })}
            onClick={() => groupActions.collapse(group.id, !group.collapsed)}
          >
            <ChevronIcon />
          </button>
          <CommitField
            className="title-field card-group__title"
            value={group.title}
            title={group.title || undefined}
            placeholder={t('grouping.titlePlaceholder')}
            aria-label={t('grouping.title')}
            maxLength={120}
            onCommit={(title) => groupActions.rename(group.id, title)}
          />
          <span className="card-group__count" title={t('grouping.count', { count })}>
            <span aria-hidden="true">{count}</span>
            <span className="visually-hidden">{t('grouping.count', { count })}</span>
          </span>
          <Menu label={t('grouping.actions', { title: name })} items={items} />
        </div>
        {!group.collapsed && (
          <ol className="plain-list column card-group__cards" aria-label={t('grouping.cards', { title: name })}>
            {cards.map((card) => (
              <BoardCard key={card.id} card={card} containerKey={containerKey} kind={kind} moments={kind === 'painPoints' ? moments : NONE} actions={actions} labels={labels} />
            ))}
          </ol>
        )}
      </div>
    </li>
  );
});
