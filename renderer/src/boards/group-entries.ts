import type { Card, CardGroup } from '../../../shared/domain/board';
import { groupsWithMembers, type CardListEntry } from '../../../shared/domain/card-groups';
import type { SlotItem } from './slots';

/** What a card list draws at its top level: a card alone, or a group with its cards in order. */
export type ListEntry = CardListEntry;

const NO_GROUPS: readonly CardGroup[] = [];

/** A container's cards as the list draws them (the order rule of shared/domain/card-groups.ts). */
export function listEntries(cards: readonly Card[], groups: readonly CardGroup[] = NO_GROUPS): ListEntry[] {
  if (groups.length === 0) return cards.map((card) => ({ kind: 'card', card }));
  return groupsWithMembers(cards, groups);
}

/** The cards in the order they are drawn. */
export const drawnOrder = (entries: readonly ListEntry[]): Card[] => entries.flatMap((entry) => (entry.kind === 'card' ? [entry.card] : entry.cards));

/** The entries as the drag layer sees them: ids only. */
export const slotItems = (entries: readonly ListEntry[]): SlotItem[] =>
  entries.map((entry) => (entry.kind === 'card' ? { kind: 'card', id: entry.card.id, cards: [entry.card.id] } : { kind: 'group', id: entry.group.id, cards: entry.cards.map((card) => card.id) }));

/**
 * A final index among the drawn cards, as the index among the cards in position order that main
 * takes: the dropped card goes just before the card it is drawn before. (Main keeps positions in
 * drawn order, so the two agree but for a moment after an edit made elsewhere.)
 */
export function positionIndex(drawn: readonly string[], byPosition: readonly string[], activeId: string, index: number): number {
  const others = byPosition.filter((id) => id !== activeId);
  const next = drawn.filter((id) => id !== activeId)[index];
  const at = next === undefined ? -1 : others.indexOf(next);
  return at === -1 ? others.length : at;
}

/** A group's name in words: its title, or "Untitled group" until it has one. */
export const groupName = (group: Pick<CardGroup, 'title'>, untitled: string): string => group.title.trim() || untitled;

const sameItems = <T,>(a: readonly T[] | undefined, b: readonly T[]): boolean => a !== undefined && a.length === b.length && a.every((item, index) => item === b[index]);

/** A map's groups by container key, keeping the previous arrays where nothing changed (so memoised cells stay put). */
export function groupsByContainer(groups: readonly CardGroup[], previous: ReadonlyMap<string, readonly CardGroup[]>, keyOf: (group: CardGroup) => string): Map<string, readonly CardGroup[]> {
  const byKey = new Map<string, CardGroup[]>();
  for (const group of groups) {
    const key = keyOf(group);
    byKey.set(key, [...(byKey.get(key) ?? []), group]);
  }
  const result = new Map<string, readonly CardGroup[]>();
  for (const [key, list] of byKey) {
    const before = previous.get(key);
    result.set(key, before && sameItems(before, list) ? before : list);
  }
  return result;
}

/** A group's accessible name with its count: "Group “Arrival”, 3 cards", or "Untitled group, 2 cards". */
export function groupLabel(group: Pick<CardGroup, 'title'>, count: number, t: (key: 'grouping.label' | 'grouping.labelUntitled', values: Record<string, string | number>) => string): string {
  const title = group.title.trim();
  return title ? t('grouping.label', { title, count }) : t('grouping.labelUntitled', { count });
}
