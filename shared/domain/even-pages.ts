/**
 * How rows of a board (journey lanes) are shared out over pages, on the projector and in the PDF:
 * the fewest pages on which every row fits, then, among splits into that many pages, one with at
 * least two rows a page when there is one (no stray row), keeping the tallest page as short as
 * possible. A row taller than a page gets a page of its own.
 *
 * `heightOf(from, to)` is the height of the page holding rows `from` to `to - 1` (its overhead
 * included); `room` the height a page has. Answers the first row of each page. Self-contained (no
 * imports, no outer names): the PDF printer runs it inside the report page.
 */
export function evenPages(count: number, heightOf: (from: number, to: number) => number, room: number): number[] {
  if (count <= 0) return [0];
  // A row taller than a page fills one by itself: pages are measured against the taller of the two.
  let limit = room;
  for (let row = 0; row < count; row++) limit = Math.max(limit, heightOf(row, row + 1));
  // The split into `pages` pages of at least `least` rows whose tallest page is the shortest.
  const split = (pages: number, least: number): { tallest: number; starts: number[] } => {
    const best: number[][] = Array.from({ length: pages + 1 }, () => Array<number>(count + 1).fill(Infinity));
    const cut: number[][] = Array.from({ length: pages + 1 }, () => Array<number>(count + 1).fill(0));
    best[0]![0] = 0;
    for (let k = 1; k <= pages; k++) {
      for (let i = k * least; i <= count; i++) {
        for (let j = (k - 1) * least; j <= i - least; j++) {
          const tallest = Math.max(best[k - 1]![j]!, heightOf(j, i));
          if (tallest < best[k]![i]!) {
            best[k]![i] = tallest;
            cut[k]![i] = j;
          }
        }
      }
    }
    const starts: number[] = [];
    for (let k = pages, i = count; k > 0; i = cut[k]![i]!, k--) starts.unshift(cut[k]![i]!);
    return { tallest: best[pages]![count]!, starts };
  };
  for (let pages = 1; pages < count; pages++) {
    const any = split(pages, 1);
    if (any.tallest > limit) continue;
    const paired = count >= 2 * pages ? split(pages, 2) : null;
    return paired && paired.tallest <= limit ? paired.starts : any.starts;
  }
  return Array.from({ length: count }, (_, row) => row);
}
