import { describe, expect, it } from 'vitest';
import { packRows, pageShown, pagesOf } from '../../renderer/src/presenter/paging';

/* How the projector pages what does not fit at room size, instead of shrinking it. */

describe('pages of columns', () => {
  it('splits stages or sections into pages of what fits side by side', () => {
    expect(pagesOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 5)).toEqual([['a', 'b', 'c', 'd', 'e'], ['f', 'g']]);
    expect(pagesOf(['a', 'b'], 5)).toEqual([['a', 'b']]);
    expect(pagesOf([], 3)).toEqual([[]]);
    expect(pagesOf(['a', 'b'], 0)).toEqual([['a'], ['b']]);
  });

  it("shows the facilitator's page when chosen, else the page clock's, wrapping round", () => {
    expect(pageShown(1, 4, 7)).toBe(0);
    expect(pageShown(3, null, 4)).toBe(1);
    expect(pageShown(3, 5, 0)).toBe(2);
  });
});

describe('pages of lanes', () => {
  it('packs lanes at their natural height into pages, each lane whole', () => {
    expect(packRows([100, 100, 100], 320, 10)).toEqual([[0, 1, 2]]);
    expect(packRows([100, 100, 100], 300, 10)).toEqual([[0, 1], [2]]);
    expect(packRows([400, 50, 50], 300, 10)).toEqual([[0], [1, 2]]);
    expect(packRows([], 300, 10)).toEqual([[]]);
  });
});
