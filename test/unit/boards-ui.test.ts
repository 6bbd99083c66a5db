import { describe, expect, it } from 'vitest';
import type { Board, Card, CardContainer } from '../../shared/domain/board';
import { scoreY, smoothPath } from '../../shared/domain/emotion-curve';
import { checkAvatarFile, fitWithin, MAX_AVATAR_BYTES } from '../../renderer/src/boards/image-import';
import { CARDS_PER_PASS, cardsOnFirstScreen, estimateCardHeight, estimateListHeight, leastListHeight, rowPasses } from '../../renderer/src/boards/first-screen';
import { cellKey, containerKey, findCard, groupByContainer, parseContainerKey, sectionKey } from '../../shared/domain/card-location';
import { parseKey } from '../../renderer/src/boards/keys';
import { moveCardLocally, reconcileBoard } from '../../renderer/src/boards/reconcile';
import { insertionBefore, nextSlot, slotAtPointer, slotPosition, type SlotLayout } from '../../renderer/src/boards/slots';
import { undoActionFor } from '../../renderer/src/boards/useUndoShortcuts';
import { cardOf } from '../helpers/card';

/** Three columns side by side (a, b, c) over one more (d, under a). */
const layout: SlotLayout = {
  cardsOf: (key) => ({ a: ['a1', 'a2', 'a3'], b: ['b1'], c: [], d: ['d1', 'd2'] })[key] ?? [],
  neighbour: (key, direction) =>
    ({
      a: { right: 'b', down: 'd' },
      b: { left: 'a', right: 'c' },
      c: { left: 'b' },
      d: { up: 'a' },
    })[key]?.[direction] ?? null,
};

describe('where a dragged card lands (keyboard steps)', () => {
  it('walks its own column, between the cards and onto each, then continues into the column below', () => {
    // a1 is first: below it, onto a2 (to group them), then between a2 and a3.
    expect(nextSlot(layout, 'a1', { container: 'a', index: 0 }, 'down')).toEqual({ container: 'a', index: 0, onto: { kind: 'card', id: 'a2' } });
    expect(nextSlot(layout, 'a1', { container: 'a', index: 0, onto: { kind: 'card', id: 'a2' } }, 'down')).toEqual({ container: 'a', index: 1 });
    expect(nextSlot(layout, 'a1', { container: 'a', index: 2 }, 'down')).toEqual({ container: 'd', index: 0 });
    expect(nextSlot(layout, 'd1', { container: 'd', index: 0 }, 'up')).toEqual({ container: 'a', index: 3 });
  });

  it('jumps to the column beside at the same row, or its end when that column is shorter', () => {
    expect(nextSlot(layout, 'a3', { container: 'a', index: 2 }, 'right')).toEqual({ container: 'b', index: 1 });
    expect(nextSlot(layout, 'a1', { container: 'b', index: 1 }, 'right')).toEqual({ container: 'c', index: 0 });
  });

  it('stays put at an edge', () => {
    const slot = { container: 'c', index: 0 };
    expect(nextSlot(layout, 'a1', slot, 'right')).toBe(slot);
    expect(nextSlot(layout, 'a1', { container: 'a', index: 0 }, 'up')).toEqual({ container: 'a', index: 0 });
  });

  it('counts positions after the move, the dragged card included once', () => {
    expect(slotPosition(['a1', 'a2', 'a3'], 'a1', 2)).toEqual({ position: 3, count: 3 });
    expect(slotPosition(['b1'], 'a1', 1)).toEqual({ position: 2, count: 2 });
  });
});

describe('the insertion mark', () => {
  it('goes before the card that will follow the dropped one, after the last, or nowhere for no move', () => {
    expect(insertionBefore(['a1', 'a2', 'a3'], 'a1', 1)).toBe('a3');
    expect(insertionBefore(['a1', 'a2', 'a3'], 'a3', 0)).toBe('a1');
    expect(insertionBefore(['a1', 'a2', 'a3'], 'a1', 2)).toBe('end');
    expect(insertionBefore(['a1', 'a2', 'a3'], 'a2', 1)).toBeNull();
    expect(insertionBefore(['b1'], 'a1', 0)).toBe('b1');
    expect(insertionBefore([], 'a1', 0)).toBe('end');
  });

  it('follows the pointer: between cards near their edges and in the gaps, onto a card over its middle half', () => {
    const boxes = [
      { kind: 'card' as const, id: 'x', cards: ['x'], top: 0, bottom: 40 },
      { kind: 'card' as const, id: 'drag', cards: ['drag'], top: 50, bottom: 90 },
      { kind: 'card' as const, id: 'y', cards: ['y'], top: 100, bottom: 140 },
    ];
    expect(slotAtPointer('a', boxes, 'drag', 5)).toEqual({ container: 'a', index: 0 });
    expect(slotAtPointer('a', boxes, 'drag', 20)).toEqual({ container: 'a', index: 0, onto: { kind: 'card', id: 'x' } });
    expect(slotAtPointer('a', boxes, 'drag', 38)).toEqual({ container: 'a', index: 1 });
    // Over its own place: no move.
    expect(slotAtPointer('a', boxes, 'drag', 70)).toEqual({ container: 'a', index: 1 });
    expect(slotAtPointer('a', boxes, 'drag', 95)).toEqual({ container: 'a', index: 1 });
    expect(slotAtPointer('a', boxes, 'drag', 500)).toEqual({ container: 'a', index: 2 });
  });
});

function card(id: string, container: CardContainer, position: number, text = id): Card {
  return cardOf({ id, container, position, text });
}

const cell = (stageId: string, laneId: string): CardContainer => ({ kind: 'cell', mapId: 'map', stageId, laneId });

function board(cards: Card[]): Board {
  return {
    workshopId: 'w',
    canUndo: false,
    canRedo: false,
    revision: 1,
    personas: [],
    journeyMaps: [{ id: 'map', workshopId: 'w', personaId: null, title: 'Map', position: 0, stages: [], lanes: [], emotions: [], cards, groups: [] }],
  };
}

describe('a pushed board', () => {
  it('keeps the previous objects where nothing changed, so memoised cards do not render again', () => {
    const before = board([card('a', cell('s1', 'l1'), 0), card('b', cell('s1', 'l1'), 1)]);
    const pushed = JSON.parse(JSON.stringify({ ...before, canUndo: true })) as Board;
    pushed.journeyMaps[0]!.cards[1]!.text = 'changed';
    const next = reconcileBoard(before, pushed);
    expect(next.canUndo).toBe(true);
    expect(next.journeyMaps[0]!.cards[0]).toBe(before.journeyMaps[0]!.cards[0]);
    expect(next.journeyMaps[0]!.cards[1]!.text).toBe('changed');
    expect(reconcileBoard(before, JSON.parse(JSON.stringify(before)) as Board)).toBe(before);
  });

  it('sees a card that joined a group, a duplicate merged in and a renamed group as changed, and keeps the rest', () => {
    const group = { id: 'g', container: cell('s1', 'l1'), title: 'Attente', collapsed: false, createdAt: 't', updatedAt: 't' };
    const before = board([card('a', cell('s1', 'l1'), 0), card('b', cell('s1', 'l1'), 1), card('c', cell('s1', 'l1'), 2)]);
    before.journeyMaps[0]!.groups = [group];
    const pushed = JSON.parse(JSON.stringify(before)) as Board;
    pushed.journeyMaps[0]!.cards[0]!.groupId = 'g';
    pushed.journeyMaps[0]!.cards[1]!.mergedFrom = [{ id: 'x', text: 'x', author: null, participantId: null }];

    const next = reconcileBoard(before, pushed);
    expect(next.journeyMaps[0]!.cards[0]).not.toBe(before.journeyMaps[0]!.cards[0]);
    expect(next.journeyMaps[0]!.cards[1]).not.toBe(before.journeyMaps[0]!.cards[1]);
    expect(next.journeyMaps[0]!.cards[2]).toBe(before.journeyMaps[0]!.cards[2]);
    expect(next.journeyMaps[0]!.groups[0]).toBe(before.journeyMaps[0]!.groups[0]);

    const renamed = JSON.parse(JSON.stringify(next)) as Board;
    renamed.journeyMaps[0]!.groups[0]!.title = 'Longue attente';
    const after = reconcileBoard(next, renamed);
    expect(after.journeyMaps[0]!.groups[0]!.title).toBe('Longue attente');
    expect(after.journeyMaps[0]!.cards).toBe(next.journeyMaps[0]!.cards);
  });

  it('takes a card moved on the spot to another cell out of its group, as main will', () => {
    const grouped = { ...card('a', cell('s1', 'l1'), 0), groupId: 'g' };
    const before = board([grouped, card('b', cell('s1', 'l1'), 1)]);
    expect(moveCardLocally(before, 'a', cell('s2', 'l1'), 0).journeyMaps[0]!.cards.find((c) => c.id === 'a')?.groupId).toBeNull();
    expect(moveCardLocally(before, 'a', cell('s1', 'l1'), 1).journeyMaps[0]!.cards.find((c) => c.id === 'a')?.groupId).toBe('g');
  });

  it('groups cards per cell in order and reuses a cell’s array when its cards are the same', () => {
    const cards = [card('b', cell('s1', 'l1'), 1), card('a', cell('s1', 'l1'), 0), card('c', cell('s2', 'l1'), 0)];
    const first = groupByContainer(cards, new Map());
    expect(first.get('cell:s1:l1')!.map((c) => c.id)).toEqual(['a', 'b']);
    const again = groupByContainer([...cards, card('d', cell('s2', 'l1'), 1)], first);
    expect(again.get('cell:s1:l1')).toBe(first.get('cell:s1:l1'));
    expect(again.get('cell:s2:l1')).not.toBe(first.get('cell:s2:l1'));
  });
});

describe('a card’s location', () => {
  it('is one key per container, read back the same, and nothing else reads as one', () => {
    expect(containerKey({ kind: 'section', sectionId: 'sec1' })).toBe(sectionKey('sec1'));
    expect(containerKey({ kind: 'cell', mapId: 'm1', stageId: 's1', laneId: 'l1' })).toBe(cellKey('s1', 'l1'));
    expect(parseContainerKey(sectionKey('sec1'))).toEqual({ kind: 'section', sectionId: 'sec1' });
    expect(parseContainerKey(cellKey('s1', 'l1'))).toEqual({ kind: 'cell', stageId: 's1', laneId: 'l1' });
    for (const other of ['', 'section:', 'cell:s1', 'cell:s1:l1:x', 'persona:p1', 'lane:l1']) expect(parseContainerKey(other)).toBeNull();
    expect(parseKey('persona:p1')).toEqual({ kind: 'persona', personaId: 'p1' });
    expect(parseKey(cellKey('s1', 'l1'))).toEqual({ kind: 'cell', stageId: 's1', laneId: 'l1' });
  });

  it('finds a card on either board, and none that is not there', () => {
    const b = board([card('a', cell('s1', 'l1'), 0)]);
    expect(findCard(b, 'a')?.id).toBe('a');
    expect(findCard(b, 'nope')).toBeUndefined();
  });
});

describe('a card moved before main answers', () => {
  it('lands at its final index in the other cell, and both cells renumber', () => {
    const before = board([card('a', cell('s1', 'l1'), 0), card('b', cell('s1', 'l1'), 1), card('c', cell('s2', 'l1'), 0)]);
    const after = moveCardLocally(before, 'a', cell('s2', 'l1'), 0);
    const inCell = (stageId: string) =>
      after.journeyMaps[0]!.cards
        .filter((c) => c.container.kind === 'cell' && c.container.stageId === stageId)
        .sort((x, y) => x.position - y.position)
        .map((c) => `${c.id}${c.position}`);
    expect(inCell('s1')).toEqual(['b0']);
    expect(inCell('s2')).toEqual(['a0', 'c1']);
  });

  it('moves down within its own cell', () => {
    const before = board([card('a', cell('s1', 'l1'), 0), card('b', cell('s1', 'l1'), 1), card('c', cell('s1', 'l1'), 2)]);
    const after = moveCardLocally(before, 'a', cell('s1', 'l1'), 2);
    expect([...after.journeyMaps[0]!.cards].sort((x, y) => x.position - y.position).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('the opening screen of a big board', () => {
  const many = (count: number, text = 'short'): Card[] => Array.from({ length: count }, (_, i) => card(`c${i}`, cell('s1', 'l1'), i, text));

  it('estimates a card taller as its text wraps onto more lines', () => {
    expect(estimateCardHeight(card('a', cell('s1', 'l1'), 0, 'x'.repeat(20)))).toBe(57);
    expect(estimateCardHeight(card('a', cell('s1', 'l1'), 0, 'x'.repeat(60)))).toBe(99);
    expect(estimateListHeight([])).toBe(60);
    expect(estimateListHeight(many(10))).toBe(60 + 10 * 57);
  });

  it('draws first only the cards that reach the bottom of the screen, and always at least one', () => {
    // One-line cards take at least 49 px with their gap: 19 of them pass 900 px.
    expect(cardsOnFirstScreen(many(100), 900)).toBe(19);
    expect(cardsOnFirstScreen(many(100), 480)).toBe(10);
    expect(cardsOnFirstScreen(many(4), 900)).toBe(4);
    expect(cardsOnFirstScreen([], 900)).toBe(1);
    expect(cardsOnFirstScreen(many(100), 0)).toBe(1);
    expect(cardsOnFirstScreen(many(100, 'long '.repeat(40)), 900)).toBeLessThan(cardsOnFirstScreen(many(100), 900));
    // Line breaks make a card taller even when its text is short.
    expect(cardsOnFirstScreen(many(100, 'a\nb\nc\nd'), 900)).toBeLessThan(cardsOnFirstScreen(many(100, 'abcd'), 900));
  });

  it('a list below the fold, by the least height of what lies above it, opens on one card', () => {
    const above = leastListHeight(many(19));
    // The least height never exceeds the likely one: a list it puts below the fold is below it.
    expect(above).toBeLessThanOrEqual(estimateListHeight(many(19)));
    expect(cardsOnFirstScreen(many(100), 900 - above)).toBe(1);
    expect(cardsOnFirstScreen(many(100), 900 - leastListHeight(many(5)))).toBeGreaterThan(1);
  });

  it('draws the rows on screen whole in the first pass after it, then a few rows at a time', () => {
    // Ten rows of half a pass each, two on the opening screen: those two, then two rows per pass.
    expect(rowPasses(Array.from({ length: 10 }, () => CARDS_PER_PASS / 2), 2)).toEqual([2, 4, 6, 8, 10]);
    // A row over the budget still gets a pass of its own; empty rows ride along.
    expect(rowPasses([10, CARDS_PER_PASS + 50, 0, 0, 30], 1)).toEqual([1, 2, 5]);
    expect(rowPasses([5, 5], 5)).toEqual([2]);
    expect(rowPasses([5, 5], 0)).toEqual([1, 2]);
    expect(rowPasses([], 0)).toEqual([0]);
  });
});

describe('the emotion curve', () => {
  it('maps +2 to the top and −2 to the bottom of its band, clamping anything beyond', () => {
    expect(scoreY(2, 10, 110)).toBe(10);
    expect(scoreY(-2, 10, 110)).toBe(110);
    expect(scoreY(0, 10, 110)).toBe(60);
    expect(scoreY(5, 10, 110)).toBe(10);
  });

  it('is one cubic segment per pair of points, through every point, never past the band', () => {
    const points = [
      { x: 0, y: 10 },
      { x: 100, y: 110 },
      { x: 200, y: 10 },
    ];
    const d = smoothPath(points, 10, 110);
    expect(d.startsWith('M0 10')).toBe(true);
    expect(d.match(/C/g)).toHaveLength(2);
    expect(d).toContain(' 100 110 C');
    expect(d.endsWith(' 200 10')).toBe(true);
    const ys = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...ys)).toBeLessThanOrEqual(110);
    expect(smoothPath([])).toBe('');
  });
});

describe('avatar images', () => {
  it('accept PNG and JPEG up to 5 MB, and refuse the rest by reason', () => {
    expect(checkAvatarFile({ type: 'image/png', size: 1000 })).toBeNull();
    expect(checkAvatarFile({ type: 'image/jpeg', size: MAX_AVATAR_BYTES })).toBeNull();
    expect(checkAvatarFile({ type: 'image/jpeg', size: MAX_AVATAR_BYTES + 1 })).toBe('size');
    expect(checkAvatarFile({ type: 'image/gif', size: 10 })).toBe('type');
    expect(checkAvatarFile({ type: 'image/svg+xml', size: 10 })).toBe('type');
  });

  it('shrink to fit 256 px, keeping proportions, never enlarging', () => {
    expect(fitWithin(1024, 512)).toEqual({ width: 256, height: 128 });
    expect(fitWithin(300, 3000)).toEqual({ width: 26, height: 256 });
    expect(fitWithin(100, 80)).toEqual({ width: 100, height: 80 });
  });
});

describe('undo and redo keys', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    undoActionFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('are Ctrl/Cmd+Z to undo, Ctrl/Cmd+Shift+Z and Ctrl+Y to redo, nothing else', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
  });
});
