import { describe, expect, it } from 'vitest';
import type { Card, CardGroup } from '../../shared/domain/board';
import { authorsOf, keptCardIds, mergedFromAfter } from '../../shared/domain/card-duplicates';
import { drawnOrder, groupsWithMembers, groupTitleSchema, membersOf, orderAfterJoin, orderAfterLeave, sameContainer, type Placed } from '../../shared/domain/card-groups';
import { cardOf } from '../helpers/card';

const section = { kind: 'section' as const, sectionId: 's' };
const card = (id: string, position: number, groupId: string | null = null, extra: Partial<Card> = {}): Card =>
  cardOf({ id, container: section, position, groupId, ...extra });
const group = (id: string, title = id): CardGroup => ({ id, container: section, title, collapsed: false, createdAt: 't', updatedAt: 't' });
const placed = (entries: [string, string | null][]): Placed[] => entries.map(([id, groupId], position) => ({ id, position, groupId }));

describe('the order rule of card groups', () => {
  it('draws a group where its first card sits, its cards after it in position order, other cards in their places', () => {
    const cards = [card('d', 3, 'g'), card('a', 0), card('b', 1, 'g'), card('c', 2), card('e', 4)];
    const entries = groupsWithMembers(cards, [group('g', 'Vite')]);

    expect(entries.map((entry) => (entry.kind === 'card' ? entry.card.id : `${entry.group.title}[${entry.cards.map((c) => c.id).join(',')}]`))).toEqual([
      'a',
      'Vite[b,d]',
      'c',
      'e',
    ]);
  });

  it('draws a card whose group is not given on its own, and leaves out a group without cards', () => {
    const entries = groupsWithMembers([card('a', 0, 'gone'), card('b', 1)], [group('empty')]);

    expect(entries).toEqual([
      { kind: 'card', card: card('a', 0, 'gone') },
      { kind: 'card', card: card('b', 1) },
    ]);
  });

  it('lists a group’s cards in position order', () => {
    expect(membersOf([card('d', 3, 'g'), card('a', 0), card('b', 1, 'g')], 'g').map((c) => c.id)).toEqual(['b', 'd']);
  });

  it('gives the drawn order as one list of ids', () => {
    expect(drawnOrder(placed([['a', null], ['b', 'g'], ['c', null], ['d', 'g'], ['e', 'h'], ['f', 'g']]))).toEqual(['a', 'b', 'd', 'f', 'c', 'e']);
  });

  it('puts a joining card right after the last card of its group, wherever it came from', () => {
    const cards = placed([['a', 'g'], ['b', null], ['c', 'g'], ['x', 'g']]);
    // x has just been given the group; it goes after c, not where it was.
    expect(orderAfterJoin(placed([['x', 'g'], ['a', 'g'], ['b', null], ['c', 'g']]), 'x', 'g')).toEqual(['a', 'c', 'x', 'b']);
    expect(orderAfterJoin(cards, 'x', 'g')).toEqual(['a', 'c', 'x', 'b']);
    // A card arriving from another container is not among them yet.
    expect(orderAfterJoin(placed([['a', 'g'], ['b', null]]), 'new', 'g')).toEqual(['a', 'new', 'b']);
  });

  it('puts a leaving card right after the cards that stay in its group, or where it was when it was the last', () => {
    expect(orderAfterLeave(placed([['a', 'g'], ['x', 'g'], ['c', 'g'], ['b', null]]), 'x', 'g')).toEqual(['a', 'c', 'x', 'b']);
    expect(orderAfterLeave(placed([['a', null], ['x', 'g'], ['b', null]]), 'x', 'g')).toEqual(['a', 'x', 'b']);
  });

  it('tells one container from another', () => {
    const a = { kind: 'cell' as const, mapId: 'm', stageId: 's1', laneId: 'l' };
    expect(sameContainer(a, { ...a })).toBe(true);
    expect(sameContainer(a, { ...a, stageId: 's2' })).toBe(false);
    expect(sameContainer(section, { kind: 'section', sectionId: 's' })).toBe(true);
    expect(sameContainer(section, { kind: 'section', sectionId: 't' })).toBe(false);
  });

  it('trims a group title and refuses one past 120 characters', () => {
    expect(groupTitleSchema.parse('  Rapidité  ')).toBe('Rapidité');
    expect(groupTitleSchema.parse('')).toBe('');
    expect(groupTitleSchema.safeParse('x'.repeat(121)).success).toBe(false);
  });
});

describe('merging duplicates', () => {
  it('keeps the kept card first, then the merged card, then what had been merged into it, oldest first', () => {
    const into = card('a', 0, null, { mergedFrom: [{ id: 'z', text: 'old', author: 'Zoé', participantId: null }] });
    const other = card('b', 1, null, { text: 'Trop lent', author: 'Marc', mergedFrom: [{ id: 'y', text: 'lent', author: null, participantId: 'p1' }] });

    expect(mergedFromAfter(into, { ...other, participantId: 'p2' })).toEqual([
      { id: 'z', text: 'old', author: 'Zoé', participantId: null },
      { id: 'b', text: 'Trop lent', author: 'Marc', participantId: 'p2' },
      { id: 'y', text: 'lent', author: null, participantId: 'p1' },
    ]);
  });

  it('lets a merged card id stand for the card it joined, and lists every author once', () => {
    const kept = card('a', 0, null, {
      author: 'Léa',
      mergedFrom: [
        { id: 'b', text: 'x', author: 'Marc', participantId: null },
        { id: 'c', text: 'y', author: 'Léa', participantId: null },
        { id: 'd', text: 'z', author: null, participantId: null },
      ],
    });
    const ids = keptCardIds([kept, card('e', 1)]);

    expect(Object.fromEntries(ids)).toEqual({ a: 'a', b: 'a', c: 'a', d: 'a', e: 'e' });
    expect(authorsOf(kept)).toEqual(['Léa', 'Marc']);
  });
});
