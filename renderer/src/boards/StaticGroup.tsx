import type { Card, CardGroup } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { StaticCard } from './Card';
import type { CardKind } from './card-actions';
import { groupLabel, groupName } from './group-entries';
import './GroupStack.css';

/** A group with no control (read-only views): its frame, title and count, its cards unless collapsed. */
export function StaticGroup({ group, cards, kind, moments }: { group: CardGroup; cards: readonly Card[]; kind: CardKind; moments: readonly Card[] }) {
  const { t } = useI18n();
  const name = groupName(group, t('grouping.untitled'));
  return (
    <li className={group.collapsed ? 'card-group is-collapsed is-static' : 'card-group is-static'}>
      <div className="card-group__frame" role="group" aria-label={groupLabel(group, cards.length, t)}>
        <div className="card-group__head">
          <span className="card-group__static-title">{name}</span>
          <span className="card-group__count" aria-hidden="true">
            {cards.length}
          </span>
        </div>
        {!group.collapsed && (
          <ol className="plain-list column card-group__cards" aria-label={t('grouping.cards', { title: name })}>
            {cards.map((card) => (
              <StaticCard key={card.id} card={card} kind={kind} moments={moments} />
            ))}
          </ol>
        )}
      </div>
    </li>
  );
}
