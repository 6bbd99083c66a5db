import { describe, expect, it } from 'vitest';
import { packRows, pageShown, pagesOf } from '../../renderer/src/presenter/paging';
import { evenPages } from '../../shared/domain/even-pages';

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
    expect(packRows([100, 100, 100], 300, 10)).toEqual([[0], [1, 2]]);
    expect(packRows([400, 50, 50], 300, 10)).toEqual([[0], [1, 2]]);
    expect(packRows([], 300, 10)).toEqual([[]]);
  });

  it('shares lanes out evenly rather than leaving one lane alone on the last page', () => {
    // Filling page by page would give [0, 1, 2] then 3 alone.
    expect(packRows([100, 100, 100, 150], 320, 10)).toEqual([[0, 1], [2, 3]]);
    // A short lane (the emotion curve) goes where it evens the pages.
    expect(packRows([200, 200, 80, 300, 60], 520, 10)).toEqual([[0, 1], [2, 3, 4]]);
  });
});

describe('even pages (the projector’s and the PDF’s rule)', () => {
  const sum = (heights: number[]) => (from: number, to: number) => heights.slice(from, to).reduce((a, b) => a + b, 0);
  it('takes the fewest pages that fit, then the most even split, two rows a page while there are enough', () => {
    expect(evenPages(3, sum([100, 100, 100]), 300)).toEqual([0]);
    expect(evenPages(5, sum([100, 100, 100, 100, 100]), 300)).toEqual([0, 2]);
    expect(evenPages(6, sum([50, 50, 50, 50, 50, 250]), 300)).toEqual([0, 4]);
  });
  it('never adds a page to avoid a row alone on one', () => {
    // Pairs everywhere would take four pages; three hold it, the first row alone.
    expect(evenPages(6, sum([250, 250, 100, 100, 100, 100]), 360)).toEqual([0, 1, 3]);
  });
  it('gives a row taller than a page a page of its own, and one page to nothing', () => {
    expect(evenPages(2, sum([500, 100]), 300)).toEqual([0, 1]);
    expect(evenPages(0, sum([]), 300)).toEqual([0]);
  });
});
