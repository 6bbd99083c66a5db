import type { ReactNode } from 'react';
import { MATRIX_MAX, MATRIX_MIN, QUADRANTS, type MatrixItem, type Placement, type Quadrant } from '../../../shared/domain/matrix';
import { useI18n } from '../i18n';
import './MatrixChart.css';

const SCORES = Array.from({ length: MATRIX_MAX - MATRIX_MIN + 1 }, (_, i) => MATRIX_MIN + i);
/** Rows top to bottom: the highest vertical score first. */
const ROWS = [...SCORES].reverse();

export interface MatrixChartProps {
  axes: { vertical: string; horizontal: string };
  items: readonly MatrixItem[];
  /** How an item placed in a cell is drawn (a draggable button on the laptop, a label elsewhere). */
  renderItem: (item: MatrixItem) => ReactNode;
  /** Wraps each cell's content (a drop target on the laptop); a plain cell otherwise. */
  renderCell?: (placement: Placement, children: ReactNode) => ReactNode;
  variant: 'laptop' | 'presenter' | 'phone';
  label: string;
}

/** Which quadrant names go above the plot and which below, each over the columns it spans. */
const TOP: Quadrant[] = ['quickWins', 'majorProjects'];
const BOTTOM: Quadrant[] = ['fillIns', 'timeSinks'];

/**
 * The 5 × 5 impact × effort grid: the vertical score rises upwards, the horizontal one to the
 * right; the four quadrants are tinted and named above and below the plot, so their names never
 * sit under an item. The same drawing serves the laptop, the projector and the phones.
 */
export function MatrixChart({ axes, items, renderItem, renderCell, variant, label }: MatrixChartProps) {
  const { t } = useI18n();
  const byCell = new Map<string, MatrixItem[]>();
  for (const item of items) {
    if (!item.placement) continue;
    const key = `${item.placement.impact}:${item.placement.effort}`;
    byCell.set(key, [...(byCell.get(key) ?? []), item]);
  }
  const names = (row: Quadrant[], where: 'top' | 'bottom') => (
    <div className={`matrix-chart__names matrix-chart__names--${where}`} aria-hidden="true">
      {row.map((q) => (
        <span key={q} className={`matrix-chart__name matrix-chart__name--${q}`}>
          {t(`matrix.quadrant.${q}`)}
        </span>
      ))}
    </div>
  );
  return (
    <figure className={`matrix-chart matrix-chart--${variant}`} aria-label={label}>
      <div className="matrix-chart__y">
        <span className="matrix-chart__axis-name">{axes.vertical}</span>
        <span className="matrix-chart__axis-ends" aria-hidden="true">
          {t('matrix.axis.high')} ↑ · ↓ {t('matrix.axis.low')}
        </span>
      </div>
      <div className="matrix-chart__body">
        {names(TOP, 'top')}
        <div className="matrix-chart__plot-row">
          <ol className="matrix-chart__ticks matrix-chart__ticks--y" aria-hidden="true">
            {ROWS.map((score) => (
              <li key={score}>{score}</li>
            ))}
          </ol>
          <div className="matrix-chart__plot">
            {QUADRANTS.map((q) => (
              <div key={q} className={`matrix-chart__quadrant matrix-chart__quadrant--${q}`} aria-hidden="true" />
            ))}
            {ROWS.flatMap((impact) =>
              SCORES.map((effort) => {
                const placement = { impact, effort };
                const content = (byCell.get(`${impact}:${effort}`) ?? []).map((item) => renderItem(item));
                return (
                  <div key={`${impact}:${effort}`} className="matrix-chart__cell" style={{ gridRow: MATRIX_MAX - impact + 1, gridColumn: effort }}>
                    {renderCell ? renderCell(placement, content) : content}
                  </div>
                );
              }),
            )}
          </div>
        </div>
        {names(BOTTOM, 'bottom')}
        <ol className="matrix-chart__ticks matrix-chart__ticks--x" aria-hidden="true">
          {SCORES.map((score) => (
            <li key={score}>{score}</li>
          ))}
        </ol>
        <div className="row matrix-chart__x">
          <span className="matrix-chart__axis-name">{axes.horizontal}</span>
          <span className="matrix-chart__axis-ends" aria-hidden="true">
            {t('matrix.axis.low')} ← · → {t('matrix.axis.high')}
          </span>
        </div>
      </div>
    </figure>
  );
}
