import { memo, useEffect, useState } from 'react';
import { EMOTION_MAX, EMOTION_MIN, type EmotionPoint, type Stage } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { CommitField } from '../components/CommitField';
import { scoreY, smoothPath } from '../../../shared/domain/emotion-curve';
import { EMOTION_COLOURS } from './emotion-curve';
import './EmotionLane.css';

/** Width of a stage column in CSS pixels; the stylesheet's --stage-width says the same. */
export const STAGE_WIDTH = 264;
const CURVE_HEIGHT = 132;
const PAD = 18;
const SCORES = [2, 1, 0, -1, -2] as const;
const LEVEL_KEY = { [-2]: 'boards.emotion.level.m2', [-1]: 'boards.emotion.level.m1', 0: 'boards.emotion.level.0', 1: 'boards.emotion.level.p1', 2: 'boards.emotion.level.p2' } as const;

export const signed = (score: number): string => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0');

export interface EmotionLaneProps {
  mapId: string;
  stages: readonly Stage[];
  emotions: readonly EmotionPoint[];
  readOnly?: boolean;
  onSet?: (stageId: string, score: number | null, note?: string) => void;
}

/** The emotion lane: a score from −2 to +2 per stage, an optional note, and the curve through them. */
export const EmotionLane = memo(function EmotionLane({ mapId, stages, emotions, readOnly, onSet }: EmotionLaneProps) {
  const { t } = useI18n();
  const byStage = new Map(emotions.map((e) => [e.stageId, e]));
  return (
    <div className="emotion">
      <EmotionCurve mapId={mapId} stages={stages} byStage={byStage} />
      <div className="emotion__stages">
        {stages.map((stage) => {
          const point = byStage.get(stage.id);
          return readOnly || !onSet ? (
            <div key={stage.id} className="emotion__stage">
              {point && <p className={`emotion__value emotion__value--${point.score}`}>{signed(point.score)}</p>}
              {point?.note && <p className="emotion__note-text">{point.note}</p>}
            </div>
          ) : (
            <ScoreControl key={stage.id} stage={stage} point={point} onSet={onSet} />
          );
        })}
      </div>
      <span className="visually-hidden">{t('boards.emotion.hint')}</span>
    </div>
  );
});

function ScoreControl({ stage, point, onSet }: { stage: Stage; point: EmotionPoint | undefined; onSet: NonNullable<EmotionLaneProps['onSet']> }) {
  const { t } = useI18n();
  const name = `emotion-${stage.id}`;
  // The choice shows at once; main's push confirms it.
  const stored = point?.score ?? null;
  const [score, setScore] = useState<number | null>(stored);
  useEffect(() => setScore(stored), [stored]);
  return (
    <div className="emotion__stage">
      <div className="emotion-scores" role="radiogroup" aria-label={t('boards.emotion.at', { stage: stage.title })}>
        {SCORES.map((value) => (
          <label key={value} className={`emotion-score emotion-score--${value}`} title={t(LEVEL_KEY[value])}>
            <input
              type="radio"
              name={name}
              checked={score === value}
              onChange={() => {
                setScore(value);
                onSet(stage.id, value, point?.note);
              }}
            />
            <span aria-hidden="true">{signed(value)}</span>
            <span className="visually-hidden">{t(LEVEL_KEY[value])}</span>
          </label>
        ))}
      </div>
      {point && (
        <div className="emotion__note">
          <CommitField
            className="input emotion__note-input"
            value={point.note}
            maxLength={300}
            placeholder={t('boards.emotion.notePlaceholder')}
            aria-label={t('boards.emotion.note', { stage: stage.title })}
            onCommit={(note) => onSet(stage.id, point.score, note)}
          />
          <button
            type="button"
            className="button button--ghost button--icon button--small"
            aria-label={t('boards.emotion.clear', { stage: stage.title })}
            onClick={() => onSet(stage.id, null)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}

function EmotionCurve({ mapId, stages, byStage }: { mapId: string; stages: readonly Stage[]; byStage: Map<string, EmotionPoint> }) {
  const { t } = useI18n();
  const width = Math.max(1, stages.length) * STAGE_WIDTH;
  const top = PAD;
  const bottom = CURVE_HEIGHT - PAD;
  const points = stages.flatMap((stage, index) => {
    const point = byStage.get(stage.id);
    return point ? [{ x: (index + 0.5) * STAGE_WIDTH, y: scoreY(point.score, top, bottom), score: point.score, stage: stage.title }] : [];
  });
  const gradient = `emotion-gradient-${mapId}`;
  const description = points.length
    ? t('boards.emotion.curve', { points: points.map((p) => `${p.stage} ${signed(p.score)}`).join(', ') })
    : t('boards.emotion.curveEmpty');
  return (
    <svg className="emotion__curve" width={width} height={CURVE_HEIGHT} viewBox={`0 0 ${width} ${CURVE_HEIGHT}`} role="img" aria-label={description}>
      <defs>
        <linearGradient id={gradient} gradientUnits="userSpaceOnUse" x1="0" y1={top} x2="0" y2={bottom}>
          <stop offset="0" stopColor={EMOTION_COLOURS[EMOTION_MAX]} />
          <stop offset="0.5" stopColor={EMOTION_COLOURS[0]} />
          <stop offset="1" stopColor={EMOTION_COLOURS[EMOTION_MIN]} />
        </linearGradient>
      </defs>
      <line className="emotion__zero" x1="0" x2={width} y1={scoreY(0, top, bottom)} y2={scoreY(0, top, bottom)} />
      {stages.slice(1).map((stage, index) => (
        <line key={stage.id} className="emotion__divider" x1={(index + 1) * STAGE_WIDTH} x2={(index + 1) * STAGE_WIDTH} y1="0" y2={CURVE_HEIGHT} />
      ))}
      {points.length > 1 && <path className="emotion__line" d={smoothPath(points, top, bottom)} stroke={`url(#${gradient})`} />}
      {points.map((p) => (
        <circle key={p.stage + p.x} className="emotion__dot" cx={p.x} cy={p.y} r="8" fill={EMOTION_COLOURS[p.score]} />
      ))}
    </svg>
  );
}
