/**
 * Items of these heights, in order, dealt into `columns` columns: each to the column that is the
 * shortest so far (the leftmost of equals). Returns each column's item indexes, top to bottom.
 */
export function masonry(heights: readonly number[], columns: number): number[][] {
  const count = Math.max(1, Math.floor(columns));
  const result: number[][] = Array.from({ length: count }, () => []);
  const filled = new Array<number>(count).fill(0);
  heights.forEach((height, index) => {
    let shortest = 0;
    for (let column = 1; column < count; column += 1) if (filled[column]! < filled[shortest]!) shortest = column;
    result[shortest]!.push(index);
    filled[shortest] = (filled[shortest] ?? 0) + Math.max(0, height);
  });
  return result;
}
