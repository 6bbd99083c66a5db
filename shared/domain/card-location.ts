import type { Board, Card, CardContainer } from './board';

/**
 * Where a card sits — a persona section or a journey cell (stage × lane) — as one string per
 * container, and every board's cards grouped by it. Both boards, the drag layer and the
 * deliverable use these, so a container is spelt one way everywhere.
 */

export const sectionKey = (sectionId: string): string => `section:${sectionId}`;
export const cellKey = (stageId: string, laneId: string): string => `cell:${stageId}:${laneId}`;

/** A cell's stage and lane are unique across maps, so a cell's key leaves its map out. */
export function containerKey(container: CardContainer): string {
  return container.kind === 'section' ? sectionKey(container.sectionId) : cellKey(container.stageId, container.laneId);
}

export type ParsedContainerKey = { kind: 'section'; sectionId: string } | { kind: 'cell'; stageId: string; laneId: string };

/** The container a key names, or null for any other string. */
export function parseContainerKey(key: string): ParsedContainerKey | null {
  const [kind, a, b, extra] = key.split(':');
  if (extra !== undefined) return null;
  if (kind === 'section' && a && b === undefined) return { kind, sectionId: a };
  if (kind === 'cell' && a && b) return { kind, stageId: a, laneId: b };
  return null;
}

/**
 * Cards grouped per container, each group in position order. A group whose cards did not change
 * since `previous` is the previous array, so a view showing it need not draw it again.
 */
export function groupByContainer(
  cards: readonly Card[],
  previous: ReadonlyMap<string, readonly Card[]> = new Map(),
): Map<string, readonly Card[]> {
  const groups = new Map<string, Card[]>();
  for (const card of cards) {
    const key = containerKey(card.container);
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

/** A card of the board, wherever it sits. */
export function findCard(board: Pick<Board, 'personas' | 'journeyMaps'>, cardId: string): Card | undefined {
  for (const persona of board.personas) {
    for (const section of persona.sections) {
      const card = section.cards.find((c) => c.id === cardId);
      if (card) return card;
    }
  }
  for (const map of board.journeyMaps) {
    const card = map.cards.find((c) => c.id === cardId);
    if (card) return card;
  }
  return undefined;
}
