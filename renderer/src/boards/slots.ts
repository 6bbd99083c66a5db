/**
 * Where a dragged card would land, as pure functions so the keyboard and pointer paths agree
 * and can be unit-tested without a browser.
 *
 * A slot is a container and the card's FINAL index there: 0..n where n counts the container's
 * cards other than the dragged one, in the order they are drawn. A slot may instead be ONTO a
 * card (the two make a group) or onto a group (the card joins it); its index then says where the
 * card would be counted, for announcements only. Only containers are drop targets for dnd-kit
 * (not each card), which keeps its measured set at a few dozen rects however many cards a board holds.
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

/** What a card is dropped onto: another card, or a group. */
export interface DropOnto {
  kind: 'card' | 'group';
  id: string;
}

export interface Slot {
  container: string;
  index: number;
  onto?: DropOnto;
}

/** One thing drawn at the top level of a container: a card, or a group with its cards in order. */
export interface SlotItem {
  kind: 'card' | 'group';
  id: string;
  cards: readonly string[];
}

export interface SlotLayout {
  /** The container's card ids in drawn order; an unknown container has none. */
  cardsOf(container: string): readonly string[];
  /** The container beside this one in that direction (hidden ones skipped), or null. */
  neighbour(container: string, direction: Direction): string | null;
  /** Its cards and groups in drawn order; without it, every card stands alone and none can be dropped onto. */
  itemsOf?(container: string): readonly SlotItem[];
}

/** The same place: the same target when onto a card or group (its index is for words only), else the same index. */
export const sameSlot = (a: Slot | null, b: Slot | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.container === b.container && a.onto?.kind === b.onto?.kind && a.onto?.id === b.onto?.id && (a.onto !== undefined || a.index === b.index));

/** The highest final index the dragged card can take in a container. */
export function maxIndex(cards: readonly string[], activeId: string): number {
  return cards.includes(activeId) ? cards.length - 1 : cards.length;
}

/** The group a card is drawn in, if any. */
export function groupOf(items: readonly SlotItem[], cardId: string): SlotItem | undefined {
  return items.find((item) => item.kind === 'group' && item.cards.includes(cardId));
}

/**
 * Every place the arrow keys stop at in a container, in order: before each top-level card or
 * group, then onto it, and after the last. A card is not dropped onto itself; a card in a group
 * stops "onto" its own group, which is where it already is.
 */
export function stopsOf(container: string, items: readonly SlotItem[], activeId: string): Slot[] {
  const stops: Slot[] = [];
  const insert = (index: number): void => {
    const last = stops[stops.length - 1];
    if (!last || last.onto || last.index !== index) stops.push({ container, index });
  };
  let before = 0;
  for (const item of items) {
    const others = item.cards.filter((id) => id !== activeId).length;
    insert(before);
    if (!(item.kind === 'card' && item.id === activeId)) stops.push({ container, index: before, onto: { kind: item.kind, id: item.id } });
    before += others;
  }
  insert(before);
  return stops;
}

const itemsIn = (layout: SlotLayout, container: string): readonly SlotItem[] =>
  layout.itemsOf ? layout.itemsOf(container) : layout.cardsOf(container).map((id) => ({ kind: 'card' as const, id, cards: [id] }));

/** Where a drag starts: the card's own place, or onto its own group. */
export function sourceSlot(layout: SlotLayout, container: string, activeId: string): Slot | null {
  const index = layout.cardsOf(container).indexOf(activeId);
  if (index === -1) return null;
  const items = itemsIn(layout, container);
  const group = groupOf(items, activeId);
  if (!group) return { container, index };
  return stopsOf(container, items, activeId).find((stop) => stop.onto?.id === group.id) ?? { container, index, onto: { kind: 'group', id: group.id } };
}

/**
 * One arrow key: Up/Down walk the stops of the container (between and onto its cards and
 * groups), then continue into the container above/below; Left/Right jump to the container
 * beside, between its cards, keeping the row where they can.
 */
export function nextSlot(layout: SlotLayout, activeId: string, slot: Slot, direction: Direction): Slot {
  const stops = stopsOf(slot.container, itemsIn(layout, slot.container), activeId);
  let at = stops.findIndex((stop) => sameSlot(stop, slot));
  if (at === -1) at = Math.max(0, stops.findIndex((stop) => stop.index >= slot.index));
  if (direction === 'up' && at > 0) return stops[at - 1]!;
  if (direction === 'down' && at < stops.length - 1) return stops[at + 1]!;
  const target = layout.neighbour(slot.container, direction);
  if (target === null) return slot;
  const targetStops = stopsOf(target, itemsIn(layout, target), activeId);
  if (direction === 'up') return targetStops[targetStops.length - 1]!;
  if (direction === 'down') return targetStops[0]!;
  // The row kept, or the nearest place above it that is between two groups or cards.
  const between = targetStops.filter((stop) => !stop.onto && stop.index <= slot.index);
  return between[between.length - 1] ?? targetStops[0]!;
}

/** The card the insertion mark goes before, 'end' after the last card, or null for "no move". */
export function insertionBefore(cards: readonly string[], activeId: string, index: number): string | 'end' | null {
  const from = cards.indexOf(activeId);
  if (from !== -1 && from === index) return null;
  return insertionPoint(cards, activeId, index);
}

/** The card the dropped one will be drawn before, or 'end'. */
export function insertionPoint(cards: readonly string[], activeId: string, index: number): string | 'end' {
  const others = cards.includes(activeId) ? cards.filter((id) => id !== activeId) : cards;
  // Moving down in the same list, the card lands after the one now at `index`.
  return others[index] ?? 'end';
}

export interface ItemBox extends SlotItem {
  /** Top and bottom edges relative to the container's top. */
  top: number;
  bottom: number;
}

/**
 * The slot under the pointer, among a container's top-level cards and groups. The middle half
 * of a card (the whole of a group but a thin edge) means "drop onto it"; its top and bottom
 * quarters, and the gaps, mean "between". Over its own place, the card does not move.
 */
export function slotAtPointer(container: string, boxes: readonly ItemBox[], activeId: string, y: number): Slot {
  let before = 0;
  for (const box of boxes) {
    const others = box.cards.filter((id) => id !== activeId).length;
    if (y < box.top) return { container, index: before };
    if (y <= box.bottom) {
      if (box.kind === 'card' && box.id === activeId) return { container, index: before };
      const height = box.bottom - box.top;
      const edge = box.kind === 'card' ? height / 4 : Math.min(14, height / 5);
      if (y < box.top + edge) return { container, index: before };
      if (y > box.bottom - edge) return { container, index: before + others };
      return { container, index: before, onto: { kind: box.kind, id: box.id } };
    }
    before += others;
  }
  return { container, index: before };
}

/** Position in words (1-based) and count after the move, for announcements. */
export function slotPosition(cards: readonly string[], activeId: string, index: number): { position: number; count: number } {
  return { position: index + 1, count: maxIndex(cards, activeId) + 1 };
}
