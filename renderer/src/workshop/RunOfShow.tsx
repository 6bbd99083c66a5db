import type { Workshop } from '../../../shared/domain/workshop';
import { formatTimeOfDay } from '../../../shared/domain/clock-format';
import { formatDuration } from '../format';
import { useI18n } from '../i18n';
import { titleRepeatsKind } from '../timer/reading';
import { useNow } from '../timer/useNow';
import { runOfShow, type RunRow } from './run-of-show';

export interface RunOfShowProps {
  workshop: Workshop;
  /** Switch to editing, on this step. */
  onEdit: (stepId: string) => void;
}

/**
 * The agenda while the workshop runs: one compact line per step — its clock time, title, kind,
 * planned and actual time, a preview of its instructions — the current step highlighted.
 */
export function RunOfShow({ workshop, onEdit }: RunOfShowProps) {
  const { t } = useI18n();
  const now = useNow();
  const rows = runOfShow(workshop, now);
  return (
    <ol className="run-of-show" aria-label={t('agenda.mode.run')}>
      {rows.map((row) => (
        <RunLine key={row.step.id} row={row} onEdit={() => onEdit(row.step.id)} />
      ))}
    </ol>
  );
}

function RunLine({ row, onEdit }: { row: RunRow; onEdit: () => void }) {
  const { t, lang } = useI18n();
  const { step, status, start, expected, actualMinutes } = row;
  const kindLabel = t(`kind.${step.kind}`);
  const time = start ? formatTimeOfDay(start, lang) : '';
  const timeLabel = start ? t(expected ? 'agenda.run.expectedAt' : 'agenda.run.startedAt', { time }) : '';
  return (
    <li className={`run-line run-line--${status} run-line--${step.kind}`} aria-current={status === 'current' ? 'step' : undefined}>
      <span className="run-line__time tabular" title={timeLabel}>
        <span aria-hidden="true">{time}</span>
        <span className="visually-hidden">{timeLabel}</span>
      </span>
      <div className="run-line__main">
        <p className="run-line__head">
          <span className="run-line__title">{step.title}</span>
          {!titleRepeatsKind(step.title, kindLabel) && <span className={`tone-dot kind-chip kind--${step.kind}`}>{kindLabel}</span>}
          {status === 'current' && <span className="chip chip--current">{t('agenda.current')}</span>}
          {status === 'done' && <span className="chip chip--ok">{t('agenda.done')}</span>}
          {status === 'skipped' && <span className="chip chip--skipped">{t('schedule.skipped')}</span>}
        </p>
        {step.instructions.trim() && <p className="run-line__instructions">{step.instructions}</p>}
      </div>
      <span className="run-line__minutes tabular">
        {actualMinutes === null
          ? formatDuration(step.plannedMinutes)
          : t('agenda.planVsActual', { planned: formatDuration(step.plannedMinutes), actual: formatDuration(actualMinutes) })}
      </span>
      <button type="button" className="button button--ghost button--small run-line__edit" aria-label={t('agenda.run.edit', { title: step.title })} onClick={onEdit}>
        {t('agenda.mode.edit')}
      </button>
    </li>
  );
}
