import type { EmotionPoint, Stage } from '../domain/board';
import { emotionCurve } from './layout';
import type { ReportText } from './text';

export interface EmotionCurveProps {
  allStages: Stage[];
  part: Stage[];
  emotions: EmotionPoint[];
  columnWidth: number;
  text: ReportText;
}

const HEIGHT_MM = 18;

function tone(score: number): string {
  if (score > 0) return 'rp-curve__dot--up';
  if (score < 0) return 'rp-curve__dot--down';
  return 'rp-curve__dot--flat';
}

function signed(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `\u2212${Math.abs(score)}` : '0';
}

/**
 * The emotion lane of one journey page, drawn in millimetres so it lines up with the stage
 * columns at any zoom of the preview and prints as vectors. The drawing takes the width of its
 * cell (scaled, never stretched), so cell borders and rounding can never push it past the
 * table's edge, and whatever the line does towards a neighbouring page is clipped to the band.
 */
export function EmotionCurve({ allStages, part, emotions, columnWidth, text }: EmotionCurveProps) {
  const curve = emotionCurve(allStages, part, emotions, columnWidth, HEIGHT_MM);
  // Unique per part: every journey page of the document has its own curve.
  const clipId = `rp-curve-${part[0]?.id ?? 'none'}`.replace(/[^A-Za-z0-9_-]/g, '');
  const titleOf = new Map(part.map((stage) => [stage.id, stage.title]));
  const summary = curve.points.map((point) => `${titleOf.get(part[point.column]?.id ?? '') ?? ''} ${signed(point.score)}`).join(', ');
  return (
    <div className="rp-curve">
      <svg
        className="rp-curve__svg"
        width="100%"
        viewBox={`0 0 ${curve.width} ${curve.height}`}
        preserveAspectRatio="xMinYMin meet"
        role="img"
        aria-label={`${text.t('report.journey.emotion')}: ${summary}`}
      >
        <clipPath id={clipId}>
          <rect x="0" y="0" width={curve.width} height={curve.height} />
        </clipPath>
        <rect x="0" y="0" width={curve.width} height={curve.zeroY} className="rp-curve__band rp-curve__band--up" />
        <rect x="0" y={curve.zeroY} width={curve.width} height={curve.height - curve.zeroY} className="rp-curve__band rp-curve__band--down" />
        {part.slice(1).map((stage, index) => (
          <line key={stage.id} x1={(index + 1) * columnWidth} x2={(index + 1) * columnWidth} y1="0" y2={curve.height} className="rp-curve__grid" />
        ))}
        <line x1="0" x2={curve.width} y1={curve.zeroY} y2={curve.zeroY} className="rp-curve__zero" />
        {curve.path && <path d={curve.path} className="rp-curve__line" clipPath={`url(#${clipId})`} />}
        {curve.points.map((point) => (
          <g key={point.column}>
            <circle cx={point.x} cy={point.y} r="1.7" className={`rp-curve__dot ${tone(point.score)}`} />
            <text
              x={point.x + 2.6}
              y={point.y < 7 ? point.y + 4.2 : point.y - 1.8}
              className="rp-curve__score"
            >
              {signed(point.score)}
            </text>
          </g>
        ))}
      </svg>
      {curve.points.some((point) => point.note) && (
        <div className="rp-curve__notes" style={{ gridTemplateColumns: `repeat(${part.length}, minmax(0, 1fr))` }}>
          {part.map((stage, index) => (
            <p key={stage.id} className="rp-curve__note">
              {curve.points.find((point) => point.column === index)?.note ?? ''}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
