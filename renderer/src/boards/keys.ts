import type { Card } from '../../../shared/domain/board';

/** Drop-target keys: one string per container, so the drag layer needs no knowledge of boards. */
export const sectionKey = (sectionId: string): string => `section:${sectionId}`;
export const cellKey = (stageId: string, laneId: string): string => `cell:${stageId}:${laneId}`;
export const personaKey = (personaId: string): string => `persona:${personaId}`;

export type ParsedKey =
  | { kind: 'section'; sectionId: string }
  | { kind: 'cell'; stageId: string; laneId: string }
  | { kind: 'persona'; personaId: string };

export function parseKey(key: string): ParsedKey | null {
  const [kind, a, b] = key.split(':');
  if (kind === 'section' && a) return { kind, sectionId: a };
  if (kind === 'cell' && a && b) return { kind, stageId: a, laneId: b };
  if (kind === 'persona' && a) return { kind, personaId: a };
  return null;
}

export function cardKeyOf(card: Card): string {
  return card.container.kind === 'section' ? sectionKey(card.container.sectionId) : cellKey(card.container.stageId, card.container.laneId);
}

const sortCache = new WeakMap<readonly Card[], readonly Card[]>();

/** Cards in position order; the same array back for the same input, so memoised lists stay put. */
export function inOrder(cards: readonly Card[]): readonly Card[] {
  let sorted = sortCache.get(cards);
  if (!sorted) {
    sorted = cards.every((card, index) => index === 0 || cards[index - 1]!.position <= card.position) ? cards : [...cards].sort((a, b) => a.position - b.position);
    sortCache.set(cards, sorted);
  }
  return sorted;
}

/**
 * Journey cards grouped per cell, in order. Groups whose cards did not change are the previous
 * arrays, so only the cells that changed render again.
 */
export function groupByCell(cards: readonly Card[], previous: ReadonlyMap<string, readonly Card[]>): Map<string, readonly Card[]> {
  const groups = new Map<string, Card[]>();
  for (const card of cards) {
    const key = cardKeyOf(card);
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  const result = new Map<string, readonly Card[]>();
  for (const [key, group] of groups) {
    group.sort((a, b) => a.position - b.position);
    const before = previous.get(key);
    result.set(key, before && before.length === group.length && before.every((card, index) => card === group[index]) ? before : group);
  }
  return result;
}
