import { MATRIX_MAX, MATRIX_MIN, QUADRANTS, type Placement, type Quadrant } from '../domain/matrix';

/**
 * The matrix chart's geometry, in millimetres: the plot of effort (left to right) by impact
 * (bottom to top), one cell per score pair, the quadrants split where the scores turn high (3
 * counts as high on both axes, so quick wins span efforts 1–2 and impacts 3–5), and each placed
 * item's marker, several in one cell set side by side in rows.
 */
export const MATRIX_CHART = { width: 170, height: 128, left: 16, bottom: 14, top: 2, right: 2 } as const;
export const MARKER_RADIUS = 2.7;
const MARKER_GAP = 6.4;
const SCORES = MATRIX_MAX - MATRIX_MIN + 1;

export interface MatrixChartGeometry {
  plot: { x: number; y: number; width: number; height: number };
  cell: { width: number; height: number };
  quadrants: { quadrant: Quadrant; x: number; y: number; width: number; height: number }[];
  markers: { number: number; x: number; y: number }[];
}

export function matrixChart(placements: readonly { number: number; placement: Placement }[]): MatrixChartGeometry {
  const plot = {
    x: MATRIX_CHART.left,
    y: MATRIX_CHART.top,
    width: MATRIX_CHART.width - MATRIX_CHART.left - MATRIX_CHART.right,
    height: MATRIX_CHART.height - MATRIX_CHART.top - MATRIX_CHART.bottom,
  };
  const cell = { width: plot.width / SCORES, height: plot.height / SCORES };
  // Scores 1..2 are low, 3..5 high: the split falls after the second cell on both axes.
  const lowCells = 3 - MATRIX_MIN;
  const splitX = plot.x + lowCells * cell.width;
  const splitY = plot.y + (SCORES - lowCells) * cell.height;
  const boxes: Record<Quadrant, { x: number; y: number; width: number; height: number }> = {
    quickWins: { x: plot.x, y: plot.y, width: splitX - plot.x, height: splitY - plot.y },
    majorProjects: { x: splitX, y: plot.y, width: plot.x + plot.width - splitX, height: splitY - plot.y },
    fillIns: { x: plot.x, y: splitY, width: splitX - plot.x, height: plot.y + plot.height - splitY },
    timeSinks: { x: splitX, y: splitY, width: plot.x + plot.width - splitX, height: plot.y + plot.height - splitY },
  };
  const perRow = Math.max(1, Math.floor((cell.width - 2) / MARKER_GAP));
  const byCell = new Map<string, { number: number; placement: Placement }[]>();
  for (const item of placements) {
    const key = `${item.placement.impact}:${item.placement.effort}`;
    byCell.set(key, [...(byCell.get(key) ?? []), item]);
  }
  const markers: MatrixChartGeometry['markers'] = [];
  for (const group of byCell.values()) {
    const { impact, effort } = group[0]!.placement;
    const centreX = plot.x + (effort - MATRIX_MIN + 0.5) * cell.width;
    const centreY = plot.y + (MATRIX_MAX - impact + 0.5) * cell.height;
    const rows = Math.ceil(group.length / perRow);
    group.forEach((item, index) => {
      const row = Math.floor(index / perRow);
      const inRow = row === rows - 1 ? group.length - row * perRow : perRow;
      const column = index % perRow;
      markers.push({
        number: item.number,
        x: centreX + (column - (inRow - 1) / 2) * MARKER_GAP,
        y: centreY + (row - (rows - 1) / 2) * MARKER_GAP,
      });
    });
  }
  return { plot, cell, quadrants: QUADRANTS.map((quadrant) => ({ quadrant, ...boxes[quadrant] })), markers };
}
