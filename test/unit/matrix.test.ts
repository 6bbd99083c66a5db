import { describe, expect, it } from 'vitest';
import { itemsByOffer, legendNumbers, linksTo, nudge, placementSchema, quadrantOf, topItems, type MatrixItem } from '../../shared/domain/matrix';
import { rankItems } from '../../shared/domain/voting';
import { matrixItem } from '../helpers/report-data';

describe('the quadrant of a placement', () => {
  it('reads high impact and low effort as a quick win', () => {
    expect(quadrantOf({ impact: 5, effort: 1 })).toBe('quickWins');
    expect(quadrantOf({ impact: 4, effort: 2 })).toBe('quickWins');
  });

  it('counts the midline 3 as high on both axes', () => {
    expect(quadrantOf({ impact: 3, effort: 2 })).toBe('quickWins');
    expect(quadrantOf({ impact: 3, effort: 3 })).toBe('majorProjects');
    expect(quadrantOf({ impact: 2, effort: 3 })).toBe('timeSinks');
    expect(quadrantOf({ impact: 2, effort: 2 })).toBe('fillIns');
  });

  it('names every cell of the 5 × 5 grid, 6 quick wins, 9 major projects, 4 fill-ins, 6 time sinks', () => {
    const counts: Record<string, number> = {};
    for (let impact = 1; impact <= 5; impact++) {
      for (let effort = 1; effort <= 5; effort++) {
        const q = quadrantOf({ impact, effort });
        counts[q] = (counts[q] ?? 0) + 1;
      }
    }
    expect(counts).toEqual({ quickWins: 6, majorProjects: 9, fillIns: 4, timeSinks: 6 });
  });

  it('refuses scores off the 1..5 grid', () => {
    expect(placementSchema.safeParse({ impact: 0, effort: 3 }).success).toBe(false);
    expect(placementSchema.safeParse({ impact: 3, effort: 6 }).success).toBe(false);
    expect(placementSchema.safeParse({ impact: 2.5, effort: 3 }).success).toBe(false);
    expect(placementSchema.safeParse({ impact: 5, effort: 1 }).success).toBe(true);
  });
});

describe('the top items of a vote', () => {
  const ranked = rankItems([
    { id: 'a', votes: 10 },
    { id: 'b', votes: 7 },
    { id: 'c', votes: 7 },
    { id: 'd', votes: 3 },
    { id: 'e', votes: 0 },
  ]);

  it('keeps every item tied at the cut', () => {
    expect(topItems(ranked, 2).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(topItems(ranked, 3).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(topItems(ranked, 1).map((i) => i.id)).toEqual(['a']);
  });

  it('takes exactly N when there is no tie at the cut', () => {
    expect(topItems(ranked, 4).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves out items nobody voted for, even when N is larger', () => {
    expect(topItems({ items: ranked }, 10).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('moving an item with the arrows', () => {
  it('moves one step on each axis and stops at the edges', () => {
    expect(nudge({ impact: 3, effort: 3 }, 'up')).toEqual({ impact: 4, effort: 3 });
    expect(nudge({ impact: 3, effort: 3 }, 'left')).toEqual({ impact: 3, effort: 2 });
    expect(nudge({ impact: 5, effort: 5 }, 'up')).toEqual({ impact: 5, effort: 5 });
    expect(nudge({ impact: 1, effort: 1 }, 'down')).toEqual({ impact: 1, effort: 1 });
    expect(nudge({ impact: 1, effort: 5 }, 'right')).toEqual({ impact: 1, effort: 5 });
  });

  it('brings an item from the tray to the middle of the grid', () => {
    expect(nudge(null, 'right')).toEqual({ impact: 3, effort: 3 });
  });
});

describe('offering actions', () => {

  it('offers quick wins first, then major projects, fill-ins, time sinks and the tray', () => {
    const items = [
      matrixItem('tray', 9, null, 0),
      matrixItem('sink', 8, { impact: 1, effort: 5 }, 1),
      matrixItem('fill', 7, { impact: 1, effort: 1 }, 2),
      matrixItem('major', 6, { impact: 5, effort: 5 }, 3),
      matrixItem('quick-low', 2, { impact: 4, effort: 1 }, 4),
      matrixItem('quick-high', 5, { impact: 3, effort: 2 }, 5),
    ];
    expect(itemsByOffer(items).map((i) => i.id)).toEqual(['quick-high', 'quick-low', 'major', 'fill', 'sink', 'tray']);
  });

  it('numbers the legend from 1 in the order given', () => {
    expect([...legendNumbers([{ id: 'b' }, { id: 'a' }, { id: 'c' }])]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
    expect(legendNumbers([]).size).toBe(0);
  });

  it('ties an action to its matrix item, or to the vote item the matrix item came from', () => {
    const fromVote: MatrixItem = { ...matrixItem('m1', 3, null, 0), source: { kind: 'voteItem', sessionId: 'session-1', itemId: 'item-1' } };
    expect(linksTo({ kind: 'matrixItem', matrixId: 'matrix-1', itemId: 'm1', text: '' }, 'matrix-1', fromVote)).toBe(true);
    expect(linksTo({ kind: 'matrixItem', matrixId: 'matrix-2', itemId: 'm1', text: '' }, 'matrix-1', fromVote)).toBe(false);
    expect(linksTo({ kind: 'voteItem', sessionId: 'session-1', itemId: 'item-1', text: '' }, 'matrix-1', fromVote)).toBe(true);
    expect(linksTo({ kind: 'voteItem', sessionId: 'session-1', itemId: 'item-2', text: '' }, 'matrix-1', fromVote)).toBe(false);
    expect(linksTo(null, 'matrix-1', fromVote)).toBe(false);
  });
});
