import { describe, expect, it } from 'vitest';
import type { Card, CardGroup } from '../../shared/domain/board';
import { drawnOrder, listEntries, positionIndex, slotItems } from '../../renderer/src/boards/group-entries';
import { nextSlot, sameSlot, slotAtPointer, sourceSlot, stopsOf, type SlotItem, type SlotLayout } from '../../renderer/src/boards/slots';
import { cardOf } from '../helpers/card';

/** Column a: card a1, then group g (a2, a3), then card a4; column b beside it: card b1. */
const items: Record<string, SlotItem[]> = {
  a: [
    { kind: 'card', id: 'a1', cards: ['a1'] },
    { kind: 'group', id: 'g', cards: ['a2', 'a3'] },
    { kind: 'card', id: 'a4', cards: ['a4'] },
  ],
  b: [{ kind: 'card', id: 'b1', cards: ['b1'] }],
};
const layout: SlotLayout = {
  cardsOf: (key) => (items[key] ?? []).flatMap((item) => item.cards),
  itemsOf: (key) => items[key] ?? [],
  neighbour: (key, direction) => ({ a: { right: 'b' }, b: { left: 'a' } })[key]?.[direction as 'left'] ?? null,
};
const onto = (kind: 'card' | 'group', id: string) => ({ kind, id });

describe('where a dragged card can land among groups (keyboard stops)', () => {
  it('stops between the top-level cards and groups and onto each, never onto itself nor inside a group', () => {
    expect(stopsOf('a', items.a!, 'b1')).toEqual([
      { container: 'a', index: 0 },
      { container: 'a', index: 0, onto: onto('card', 'a1') },
      { container: 'a', index: 1 },
      { container: 'a', index: 1, onto: onto('group', 'g') },
      { container: 'a', index: 3 },
      { container: 'a', index: 3, onto: onto('card', 'a4') },
      { container: 'a', index: 4 },
    ]);
    // a1 itself: its place once (before and after it are the same), and no "onto a1".
    expect(stopsOf('a', items.a!, 'a1').filter((stop) => stop.onto?.id === 'a1')).toEqual([]);
    expect(stopsOf('a', items.a!, 'a1').slice(0, 2)).toEqual([{ container: 'a', index: 0 }, { container: 'a', index: 0, onto: onto('group', 'g') }]);
  });

  it('starts a grouped card on its own group, so that dropping it there changes nothing', () => {
    // Counted where the group starts (after a1), as the keyboard's stops count it.
    expect(sourceSlot(layout, 'a', 'a3')).toEqual({ container: 'a', index: 1, onto: onto('group', 'g') });
    expect(sourceSlot(layout, 'a', 'a1')).toEqual({ container: 'a', index: 0 });
    expect(sourceSlot(layout, 'a', 'zz')).toBeNull();
  });

  it('takes a grouped card out by stepping before or after its group', () => {
    expect(nextSlot(layout, 'a3', sourceSlot(layout, 'a', 'a3')!, 'down')).toEqual({ container: 'a', index: 2 });
    const start = sourceSlot(layout, 'a', 'a2')!;
    expect(nextSlot(layout, 'a2', start, 'up')).toEqual({ container: 'a', index: 1 });
    expect(nextSlot(layout, 'a2', start, 'down')).toEqual({ container: 'a', index: 2 });
  });

  it('jumps beside to a place between cards, never into the middle of a group', () => {
    // b1 at index 2 of column a would fall inside group g: it goes before the group instead.
    expect(nextSlot(layout, 'b1', { container: 'b', index: 2 }, 'left')).toEqual({ container: 'a', index: 1 });
  });

  it('compares slots by place and target', () => {
    expect(sameSlot({ container: 'a', index: 1, onto: onto('group', 'g') }, { container: 'a', index: 1, onto: onto('group', 'g') })).toBe(true);
    expect(sameSlot({ container: 'a', index: 1 }, { container: 'a', index: 1, onto: onto('group', 'g') })).toBe(false);
    expect(sameSlot({ container: 'a', index: 1, onto: onto('group', 'g') }, { container: 'a', index: 2, onto: onto('group', 'g') })).toBe(true);
    expect(sameSlot({ container: 'a', index: 1 }, { container: 'a', index: 2 })).toBe(false);
  });
});

describe('where the pointer drops a card among groups', () => {
  const boxes = [
    { kind: 'card' as const, id: 'a1', cards: ['a1'], top: 0, bottom: 40 },
    { kind: 'group' as const, id: 'g', cards: ['a2', 'a3'], top: 50, bottom: 250 },
  ];
  it('onto a group anywhere but its thin top and bottom edges', () => {
    expect(slotAtPointer('a', boxes, 'x', 150)).toEqual({ container: 'a', index: 1, onto: onto('group', 'g') });
    expect(slotAtPointer('a', boxes, 'x', 55)).toEqual({ container: 'a', index: 1 });
    expect(slotAtPointer('a', boxes, 'x', 245)).toEqual({ container: 'a', index: 3 });
  });
  it('over its own group, a grouped card stays there', () => {
    expect(slotAtPointer('a', boxes, 'a2', 150)).toEqual(sourceSlot(layout, 'a', 'a2'));
  });
});

function card(id: string, position: number, groupId: string | null = null): Card {
  return cardOf({ id, position, groupId });
}
const group = (id: string): CardGroup => ({ id, container: { kind: 'section', sectionId: 's' }, title: id, collapsed: false, createdAt: 't', updatedAt: 't' });

describe('a list with groups as drawn', () => {
  it('draws a group where its first card sits, its cards together, and gives the drag layer ids only', () => {
    const cards = [card('c1', 0), card('c2', 1, 'g'), card('c3', 2), card('c4', 3, 'g')];
    const entries = listEntries(cards, [group('g')]);
    expect(entries.map((entry) => (entry.kind === 'card' ? entry.card.id : entry.group.id))).toEqual(['c1', 'g', 'c3']);
    expect(drawnOrder(entries).map((c) => c.id)).toEqual(['c1', 'c2', 'c4', 'c3']);
    expect(slotItems(entries)[1]).toEqual({ kind: 'group', id: 'g', cards: ['c2', 'c4'] });
  });

  it('turns a drawn index into the position index main takes: just before the card it is drawn before', () => {
    const drawn = ['c1', 'c2', 'c4', 'c3'];
    const byPosition = ['c1', 'c2', 'c3', 'c4'];
    // Before c3 (drawn third among the others of c1): position 1 among c2, c3, c4.
    expect(positionIndex(drawn, byPosition, 'c1', 2)).toBe(1);
    expect(positionIndex(drawn, byPosition, 'c1', 3)).toBe(3);
    expect(positionIndex(['a', 'b'], ['a', 'b'], 'a', 1)).toBe(1);
  });
});
