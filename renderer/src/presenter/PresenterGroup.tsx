import { useLayoutEffect, useRef, useState } from 'react';
import type { Card, CardGroup } from '../../../shared/domain/board';
import { groupLabel, groupName, listEntries, type ListEntry } from '../boards/group-entries';
import { useI18n } from '../i18n';
import { PresenterCard } from './PresenterCard';
import '../styles/presenter-groups.css';

/**
 * One group as the room reads it: a framed stack with its title and count, its cards inside unless
 * collapsed. A group never grows taller than the list it is in (the list would then never show it):
 * the cards that do not fit are counted instead ("+2 more"), never shrunk.
 */
export function PresenterGroup({ group, cards, moments }: { group: CardGroup; cards: readonly Card[]; moments: readonly Card[] }) {
  const { t, tc } = useI18n();
  const name = groupName(group, t('grouping.untitled'));
  const root = useRef<HTMLElement>(null);
  // null while every card is drawn to be measured; then how many fit.
  const [fits, setFits] = useState<number | null>(null);
  const [room, setRoom] = useState(0);

  // The list's whole box (its cards and its own "+N more"), whose height does not depend on what it shows.
  useLayoutEffect(() => {
    const box = root.current?.closest<HTMLElement>('.fit-list');
    if (!box) return undefined;
    const observer = new ResizeObserver(() => {
      setRoom(box.clientHeight);
      setFits(null);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const node = root.current;
    if (fits !== null || !node || group.collapsed) return;
    const height = node.closest<HTMLElement>('.fit-list')?.clientHeight ?? room;
    // Room left for the list's "+N more" and for this group's own.
    const line = 2.2 * parseFloat(getComputedStyle(node).fontSize || '24');
    if (node.offsetHeight <= height - line) return setFits(cards.length);
    const rows = [...node.querySelectorAll<HTMLElement>('.pgroup__cards > li')];
    const count = rows.filter((row) => row.offsetTop + row.offsetHeight <= height - 2 * line).length;
    setFits(Math.max(1, count));
  }, [fits, room, cards, group.collapsed]);

  const shown = fits === null ? cards : cards.slice(0, fits);
  const hidden = cards.length - shown.length;
  return (
    <section ref={root} className={group.collapsed ? 'pgroup is-collapsed' : 'pgroup'} aria-label={groupLabel(group, cards.length, t)} data-presenter-group={group.id}>
      <header className="pgroup__head">
        <h4 className={group.title.trim() ? 'pgroup__title' : 'pgroup__title is-untitled'}>{name}</h4>
        <span className="pgroup__count">{t('grouping.count', { count: cards.length })}</span>
      </header>
      {!group.collapsed && (
        <ul className="pgroup__cards" aria-label={t('grouping.cards', { title: name })}>
          {shown.map((card) => (
            <li key={card.id}>
              <PresenterCard card={card} moments={moments} />
            </li>
          ))}
        </ul>
      )}
      {!group.collapsed && hidden > 0 && <p className="pgroup__more">{tc('presenter.more', hidden)}</p>}
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
