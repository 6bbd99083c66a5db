import { cardNode, groupNode } from './board-dom';
import type { SlotItem } from './slots';

export interface InsertionEdge {
  /** The drawn card or group frame the insertion sits against. */
  rect: DOMRect;
  left: number;
  /** Before that element, or after it (the end of the list). */
  at: 'before' | 'after';
}

const elementOf = (scope: ParentNode, item: SlotItem): HTMLElement | null => (item.kind === 'group' ? groupNode(scope, item.id) : cardNode(scope, item.id));

/**
 * Where an insertion at a final index sits on screen: against the top of the card or group frame
 * it goes before, or the bottom of the last one. Insertions happen between top-level cards and
 * groups only, so a group (collapsed or not) is measured by its frame, never by its cards.
 */
export function insertionEdge(scope: ParentNode, items: readonly SlotItem[], activeId: string, index: number): InsertionEdge | null {
  let before = 0;
  let last: HTMLElement | null = null;
  for (const item of items) {
    const others = item.cards.filter((id) => id !== activeId).length;
    if (others === 0) continue;
    const element = elementOf(scope, item);
    if (before >= index && element) {
      const rect = element.getBoundingClientRect();
      return { rect, left: rect.left, at: 'before' };
    }
    if (element) last = element;
    before += others;
  }
  if (!last) return null;
  const rect = last.getBoundingClientRect();
  return { rect, left: rect.left, at: 'after' };
}
