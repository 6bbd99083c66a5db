import { MATRIX_MAX, MATRIX_MIN, itemsByOffer, quadrantOf, type Matrix } from '../domain/matrix';
import { clipText } from '../domain/synthesis';
import { MARKER_RADIUS, MATRIX_CHART, matrixChart } from './matrix-layout';
import { SectionTitle, Sheet } from './Sheet';
import { QuadrantChip } from './SynthesisPage';
import type { ReportText } from './text';

export interface MatrixPageProps {
  matrix: Matrix;
  index: number;
  text: ReportText;
  running: string;
  /** Set on the first matrix only: it opens the section. */
  section?: { number: number };
}

const LEGEND_TEXT_MAX = 160;

/**
 * One prioritisation matrix: the chart drawn as vectors (axes, the four quadrants named, each
 * placed item a numbered marker) and the legend of those numbers with each item's dots, scores
 * and quadrant (a group's cards named under its title); items still in the tray are listed after, unnumbered.
 */
export function MatrixPage({ matrix, index, text, running, section }: MatrixPageProps) {
  const { t } = text;
  const vertical = matrix.verticalLabel.trim() || t('matrix.axis.impact');
  const horizontal = matrix.horizontalLabel.trim() || t('matrix.axis.effort');
  const title = matrix.title.trim() || t('report.matrix.untitled', { number: index + 1 });
  const placed = itemsByOffer(matrix.items.filter((item) => item.placement !== null));
  const tray = matrix.items.filter((item) => item.placement === null).sort((a, b) => a.position - b.position);
  const chart = matrixChart(placed.map((item, at) => ({ number: at + 1, placement: item.placement! })));
  const { plot, cell } = chart;
  // The quick wins' box ends where the scores turn high on both axes.
  const split = chart.quadrants.find((box) => box.quadrant === 'quickWins')!;
  const scores = Array.from({ length: MATRIX_MAX - MATRIX_MIN + 1 }, (_, at) => MATRIX_MIN + at);
  return (
    <Sheet kind="portrait" running={running}>
      {section && <SectionTitle number={section.number} title={t('report.section.matrix')} />}
      <div className="rp-matrix">
        <h2 className="rp-matrix__title">{title}</h2>
        <p className="rp-matrix__lead">
          {t('report.matrix.lead', { items: text.count('report.count.items', placed.length), vertical, horizontal })}
        </p>
        <svg
          className="rp-matrix__chart"
          width={`${MATRIX_CHART.width}mm`}
          height={`${MATRIX_CHART.height}mm`}
          viewBox={`0 0 ${MATRIX_CHART.width} ${MATRIX_CHART.height}`}
          role="img"
          aria-label={t('report.matrix.chart', { title, count: text.count('report.count.items', placed.length) })}
        >
          {chart.quadrants.map((box) => (
            <rect key={box.quadrant} x={box.x} y={box.y} width={box.width} height={box.height} className={`rp-mq rp-mq--${box.quadrant}`} />
          ))}
          {scores.slice(1).map((score) => (
            <g key={score}>
              <line x1={plot.x + (score - MATRIX_MIN) * cell.width} x2={plot.x + (score - MATRIX_MIN) * cell.width} y1={plot.y} y2={plot.y + plot.height} className="rp-mgrid" />
              <line x1={plot.x} x2={plot.x + plot.width} y1={plot.y + (score - MATRIX_MIN) * cell.height} y2={plot.y + (score - MATRIX_MIN) * cell.height} className="rp-mgrid" />
            </g>
          ))}
          <line x1={split.x + split.width} x2={split.x + split.width} y1={plot.y} y2={plot.y + plot.height} className="rp-msplit" />
          <line x1={plot.x} x2={plot.x + plot.width} y1={split.y + split.height} y2={split.y + split.height} className="rp-msplit" />
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} className="rp-mframe" />
          {/* The names over the grid lines, so no line crosses them. */}
          {chart.quadrants.map((box) => (
            <text key={box.quadrant} x={box.x + 2.4} y={box.y + 5.2} className={`rp-mq__name rp-mq__name--${box.quadrant}`}>
              {t(`matrix.quadrant.${box.quadrant}`)}
            </text>
          ))}
          {scores.map((score) => (
            <g key={score}>
              <text x={plot.x + (score - MATRIX_MIN + 0.5) * cell.width} y={plot.y + plot.height + 4.2} className="rp-mtick" textAnchor="middle">
                {score}
              </text>
              <text x={plot.x - 2} y={plot.y + (MATRIX_MAX - score + 0.5) * cell.height + 1.2} className="rp-mtick" textAnchor="end">
                {score}
              </text>
            </g>
          ))}
          {/* Axis names with an arrow drawn, not typed: the report's font has no arrow glyph. */}
          <text x={plot.x + plot.width / 2} y={MATRIX_CHART.height - 2.2} className="rp-maxis" textAnchor="middle">
            {horizontal}
          </text>
          <path d={`M${plot.x + plot.width - 12} ${MATRIX_CHART.height - 3.3} h12 m-2 -1.4 l2 1.4 l-2 1.4`} className="rp-marrow" />
          <text
            x={4.2}
            y={plot.y + plot.height / 2}
            className="rp-maxis"
            textAnchor="middle"
            transform={`rotate(-90 4.2 ${plot.y + plot.height / 2})`}
          >
            {vertical}
          </text>
          <path d={`M3.1 ${plot.y + 12} v-12 m-1.4 2 l1.4 -2 l1.4 2`} className="rp-marrow" />
          {chart.markers.map((marker) => (
            <g key={marker.number} className="rp-mmarker">
              <circle cx={marker.x} cy={marker.y} r={MARKER_RADIUS} />
              <text x={marker.x} y={marker.y + 1.05} textAnchor="middle">
                {marker.number}
              </text>
            </g>
          ))}
        </svg>
        <h3 className="rp-matrix__legend-title">{t('report.matrix.legend')}</h3>
        <ol className="rp-mlegend">
          {placed.map((item, at) => {
            const placement = item.placement!;
            return (
              <li key={item.id} className="rp-mlegend__item">
                <span className="rp-mlegend__number">{at + 1}</span>
                <span className="rp-mlegend__body">
                  <span className="rp-mlegend__text">{clipText(item.text, LEGEND_TEXT_MAX)}</span>
                  {item.members.length > 0 && <span className="rp-mlegend__members">{clipText(item.members.join(' · '), LEGEND_TEXT_MAX)}</span>}
                  <span className="rp-mlegend__meta">
                    <QuadrantChip quadrant={quadrantOf(placement)} text={text} />
                    {[
                      item.votes !== null ? text.count('report.count.dots', item.votes) : '',
                      t('report.matrix.scores', { vertical, horizontal, impact: placement.impact, effort: placement.effort }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
        {tray.length > 0 && (
          <>
            <h3 className="rp-matrix__legend-title">{t('matrix.tray')}</h3>
            <ul className="rp-mlegend rp-mlegend--tray">
              {tray.map((item) => (
                <li key={item.id} className="rp-mlegend__item">
                  <span className="rp-mlegend__number rp-mlegend__number--tray" aria-hidden="true" />
                  <span className="rp-mlegend__body">
                    <span className="rp-mlegend__text">{clipText(item.text, LEGEND_TEXT_MAX)}</span>
                    {item.members.length > 0 && <span className="rp-mlegend__members">{clipText(item.members.join(' · '), LEGEND_TEXT_MAX)}</span>}
                    {item.votes !== null && <span className="rp-mlegend__meta">{text.count('report.count.dots', item.votes)}</span>}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Sheet>
  );
}
