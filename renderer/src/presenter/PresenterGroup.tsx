import type { Card, CardGroup } from '../../../shared/domain/board';
import { groupLabel, groupName, listEntries, type ListEntry } from '../boards/group-entries';
import { useI18n } from '../i18n';
import { PresenterCard } from './PresenterCard';
import '../styles/presenter-groups.css';

/** One group as the room reads it: a framed stack with its title and count, its cards inside unless collapsed. */
export function PresenterGroup({ group, cards, moments }: { group: CardGroup; cards: readonly Card[]; moments: readonly Card[] }) {
  const { t } = useI18n();
  const name = groupName(group, t('grouping.untitled'));
  return (
    <section className={group.collapsed ? 'pgroup is-collapsed' : 'pgroup'} aria-label={groupLabel(group, cards.length, t)} data-presenter-group={group.id}>
      <header className="pgroup__head">
        <h4 className={group.title.trim() ? 'pgroup__title' : 'pgroup__title is-untitled'}>{name}</h4>
        <span className="pgroup__count">{t('grouping.count', { count: cards.length })}</span>
      </header>
      {!group.collapsed && (
        <ul className="pgroup__cards" aria-label={t('grouping.cards', { title: name })}>
          {cards.map((card) => (
            <li key={card.id}>
              <PresenterCard card={card} moments={moments} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A card or a group, for the projector's lists. */
export function PresenterEntry({ entry, moments }: { entry: ListEntry; moments: readonly Card[] }) {
  return entry.kind === 'card' ? <PresenterCard card={entry.card} moments={moments} /> : <PresenterGroup group={entry.group} cards={entry.cards} moments={moments} />;
}

export const entryKey = (entry: ListEntry): string => (entry.kind === 'card' ? entry.card.id : `group:${entry.group.id}`);

/** A container's cards and groups as the projector draws them (cards in position order). */
export const presenterEntries = (cards: readonly Card[], groups: readonly CardGroup[] | undefined): ListEntry[] => listEntries(cards, groups);
