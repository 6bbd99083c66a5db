/**
 * Where a dragged card would land, as pure functions so the keyboard and pointer paths agree
 * and can be unit-tested without a browser.
 *
 * A slot is a container and the card's FINAL index there: 0..n where n counts the container's
 * cards other than the dragged one. Only containers are drop targets (not each card), which keeps
 * dnd-kit's measured set at a few dozen rects however many cards a board holds.
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Slot {
  container: string;
  index: number;
}

export interface SlotLayout {
  /** The container's card ids in order; an unknown container has none. */
  cardsOf(container: string): readonly string[];
  /** The container beside this one in that direction (hidden ones skipped), or null. */
  neighbour(container: string, direction: Direction): string | null;
}

/** The highest final index the dragged card can take in a container. */
export function maxIndex(cards: readonly string[], activeId: string): number {
  return cards.includes(activeId) ? cards.length - 1 : cards.length;
}

/**
 * One arrow key: Up/Down walk the positions of the container, then continue into the container
 * above/below; Left/Right jump to the container beside, keeping the row where they can.
 */
export function nextSlot(layout: SlotLayout, activeId: string, slot: Slot, direction: Direction): Slot {
  const last = maxIndex(layout.cardsOf(slot.container), activeId);
  if (direction === 'up' && slot.index > 0) return { container: slot.container, index: slot.index - 1 };
  if (direction === 'down' && slot.index < last) return { container: slot.container, index: slot.index + 1 };
  const target = layout.neighbour(slot.container, direction);
  if (target === null) return slot;
  const targetLast = maxIndex(layout.cardsOf(target), activeId);
  if (direction === 'up') return { container: target, index: targetLast };
  if (direction === 'down') return { container: target, index: 0 };
  return { container: target, index: Math.min(slot.index, targetLast) };
}

/** The card the insertion mark goes before, 'end' after the last card, or null for "no move". */
export function insertionBefore(cards: readonly string[], activeId: string, index: number): string | 'end' | null {
  const from = cards.indexOf(activeId);
  if (from !== -1 && from === index) return null;
  const others = from === -1 ? cards : cards.filter((id) => id !== activeId);
  // Moving down in the same list, the card lands after the one now at `index`.
  return others[index] ?? 'end';
}

export interface CardBox {
  /** Vertical centre relative to the container's top. */
  centre: number;
  id: string;
}

/** The final index under the pointer: how many of the other cards sit above it. */
export function indexAtPointer(boxes: readonly CardBox[], activeId: string, y: number): number {
  let index = 0;
  for (const box of boxes) {
    if (box.id === activeId) continue;
    if (box.centre < y) index += 1;
  }
  return index;
}

/** Position in words (1-based) and count after the move, for announcements. */
export function slotPosition(cards: readonly string[], activeId: string, index: number): { position: number; count: number } {
  return { position: index + 1, count: maxIndex(cards, activeId) + 1 };
}
