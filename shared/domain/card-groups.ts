import { z } from 'zod';
import { MAX_GROUP_TITLE, type Card, type CardContainer, type CardGroup } from './board';
import { containerKey } from './card-location';

/**
 * Card groups: named stacks of cards in one container (a persona section or a journey cell).
 *
 * The order rule, in this one place: a group is drawn where its first member card (the one with
 * the lowest position) sits, and its members follow it in position order; ungrouped cards keep
 * their own place. A group without a member never exists: the service that takes its last card
 * away deletes it. After every grouping edit the services write the container's positions in
 * drawn order, so a group's members are consecutive and a card's position is its drawn index.
 */

/** A group's title as typed: trimmed, at most MAX_GROUP_TITLE characters, '' until named. */
export const groupTitleSchema = z.string().trim().max(MAX_GROUP_TITLE);

/** One entry of a container's list as drawn: a card on its own, or a group with its members. */
export type CardListEntry = { kind: 'card'; card: Card } | { kind: 'group'; group: CardGroup; cards: Card[] };

/** What the order rule needs of a card. */
export interface Placed {
  id: string;
  position: number;
  groupId: string | null;
}

/**
 * The entries of one container as drawn: `cards` and `groups` are that container's (in any
 * order). A card naming a group that is not given is drawn on its own; a given group with no
 * member is left out.
 */
export function groupsWithMembers(cards: readonly Card[], groups: readonly CardGroup[]): CardListEntry[] {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const members = new Map<string, Card[]>();
  const entries: CardListEntry[] = [];
  for (const card of [...cards].sort(byPosition)) {
    const group = card.groupId === null ? undefined : byId.get(card.groupId);
    if (!group) {
      entries.push({ kind: 'card', card });
      continue;
    }
    const list = members.get(group.id);
    if (list) list.push(card);
    else {
      const first = [card];
      members.set(group.id, first);
      entries.push({ kind: 'group', group, cards: first });
    }
  }
  return entries;
}

/** The card ids of one container in drawn order (each group's members together, where its first member sits). */
export function drawnOrder(cards: readonly Placed[]): string[] {
  const sorted = [...cards].sort(byPosition);
  const members = new Map<string, string[]>();
  const slots: (string | string[])[] = [];
  for (const card of sorted) {
    if (card.groupId === null) {
      slots.push(card.id);
      continue;
    }
    const list = members.get(card.groupId);
    if (list) list.push(card.id);
    else {
      const first = [card.id];
      members.set(card.groupId, first);
      slots.push(first);
    }
  }
  return slots.flat();
}

/**
 * The container's order once `cardId` (one of `cards`, or a card arriving from elsewhere) is a
 * member of `groupId`: the others in drawn order, the card right after the group's last member.
 */
export function orderAfterJoin(cards: readonly Placed[], cardId: string, groupId: string): string[] {
  const rest = cards.filter((card) => card.id !== cardId);
  const order = drawnOrder(rest);
  const members = new Set(rest.filter((card) => card.groupId === groupId).map((card) => card.id));
  return insertAfterLast(order, members, cardId);
}

/**
 * The container's order once `cardId` has left its group `groupId`: right after the members that
 * stay, or where it was if it was the last one.
 */
export function orderAfterLeave(cards: readonly Placed[], cardId: string, groupId: string): string[] {
  const rest = cards.filter((card) => card.id !== cardId);
  const members = new Set(rest.filter((card) => card.groupId === groupId).map((card) => card.id));
  if (members.size === 0) return drawnOrder(cards.map((card) => (card.id === cardId ? { ...card, groupId: null } : card)));
  return insertAfterLast(drawnOrder(rest), members, cardId);
}

/** Whether two containers are the same section or the same journey cell. */
export function sameContainer(a: CardContainer, b: CardContainer): boolean {
  return containerKey(a) === containerKey(b) && (a.kind === 'section' || (b.kind === 'cell' && a.mapId === b.mapId));
}

/** A group's members in drawn order. */
export function membersOf(cards: readonly Card[], groupId: string): Card[] {
  return cards.filter((card) => card.groupId === groupId).sort(byPosition);
}

function insertAfterLast(order: readonly string[], members: ReadonlySet<string>, id: string): string[] {
  let at = order.length;
  for (let index = order.length - 1; index >= 0; index--) {
    if (members.has(order[index] ?? '')) {
      at = index + 1;
      break;
    }
  }
  const next = [...order];
  next.splice(at, 0, id);
  return next;
}

function byPosition(a: { id: string; position: number }, b: { id: string; position: number }): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
