import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useState } from 'react';
import type { StepRunState } from '../../../shared/domain/schedule';
import { MAX_STEP_MINUTES, MIN_STEP_MINUTES, STEP_KINDS, type Step, type StepKind } from '../../../shared/domain/workshop';
import { Options } from '../components/Field';
import { GripIcon, TrashIcon } from '../components/icons';
import { formatDuration } from '../format';
import { useI18n } from '../i18n';

export interface StepPatch {
  kind?: StepKind;
  title?: string;
  instructions?: string;
  plannedMinutes?: number;
}

export interface StepItemProps {
  step: Step;
  index: number;
  status: StepRunState;
  /** "10:45": when the step is planned, with a workshop start time; null without. */
  clockTime?: string | null;
  onChange: (patch: StepPatch) => void;
  onRemove: () => void;
  onMakeCurrent: () => void;
  /** Runs the step in silence or not (board steps only). */
  onSilent: (silent: boolean) => void;
}

/** One agenda row: drag handle, editable fields committed on blur, planned vs actual time. */
export function StepItem({ step, index, status, clockTime = null, onChange, onRemove, onMakeCurrent, onSilent }: StepItemProps) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: step.id });
  const [title, setTitle] = useState(step.title);
  const [minutes, setMinutes] = useState(String(step.plannedMinutes));
  const [instructions, setInstructions] = useState(step.instructions);

  // Follow changes made elsewhere (another window, undo) when the field is not being edited.
  useEffect(() => setTitle(step.title), [step.title]);
  useEffect(() => setMinutes(String(step.plannedMinutes)), [step.plannedMinutes]);
  useEffect(() => setInstructions(step.instructions), [step.instructions]);

  const commitMinutes = (): void => {
    const value = Number(minutes);
    if (Number.isInteger(value) && value >= MIN_STEP_MINUTES && value <= MAX_STEP_MINUTES) {
      if (value !== step.plannedMinutes) onChange({ plannedMinutes: value });
    } else {
      setMinutes(String(step.plannedMinutes));
    }
  };

  const actual = actualMinutes(step);
  const style = { transform: CSS.Transform.toString(transform), transition };
  const fieldId = `step-${step.id}`;

  return (
    <li ref={setNodeRef} style={style} className={`step step--${status} kind--${step.kind}${isDragging ? ' step--dragging' : ''}`}>
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="step__handle"
        aria-label={t('agenda.move', { title: step.title })}
        {...attributes}
        {...listeners}
      >
        <GripIcon />
      </button>
      <div className="step__index" aria-hidden="true">
        {index + 1}
      </div>
      <div className="step__body">
        <div className="row step__row">
          <label className="visually-hidden" htmlFor={`${fieldId}-title`}>
            {t('agenda.field.title')} — {t('agenda.step', { index: index + 1 })}
          </label>
          <input
            id={`${fieldId}-title`}
            className="step__title input"
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={() => (title.trim() && title.trim() !== step.title ? onChange({ title: title.trim() }) : setTitle(step.title))}
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
          />
          <label className="step__kind">
            <span className="visually-hidden">{t('agenda.field.kind')}</span>
            <select className="select" value={step.kind} onChange={(e) => onChange({ kind: e.target.value as StepKind })}>
              <Options values={STEP_KINDS} label={(kind) => t(`kind.${kind}`)} />
            </select>
          </label>
          <label className="step__minutes">
            <input
              className="input"
              type="number"
              min={MIN_STEP_MINUTES}
              max={MAX_STEP_MINUTES}
              step={1}
              value={minutes}
              aria-label={`${t('agenda.field.minutes')} — ${step.title}`}
              title={t('agenda.minutesRange')}
              onChange={(e) => setMinutes(e.target.value)}
              onBlur={commitMinutes}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
            />
            <span aria-hidden="true">min</span>
          </label>
        </div>
        <label className="visually-hidden" htmlFor={`${fieldId}-instructions`}>
          {t('agenda.field.instructions')} — {step.title}
        </label>
        <textarea
          id={`${fieldId}-instructions`}
          className="step__instructions textarea"
          rows={2}
          value={instructions}
          maxLength={2000}
          placeholder={t('agenda.field.instructions')}
          onChange={(e) => setInstructions(e.target.value)}
          onBlur={() => instructions !== step.instructions && onChange({ instructions })}
        />
        <div className="step__footer">
          {status === 'current' && <span className="chip chip--current">{t('agenda.current')}</span>}
          {status === 'done' && <span className="chip chip--ok">{t('agenda.done')}</span>}
          {status === 'skipped' && <span className="chip chip--skipped">{t('schedule.skipped')}</span>}
          {clockTime && <span className="step__clock tabular">{t('schedule.at', { time: clockTime })}</span>}
          {actual !== null && (
            <span className="step__actual">
              {t('agenda.planVsActual', { planned: formatDuration(step.plannedMinutes, t), actual: formatDuration(actual, t) })}
            </span>
          )}
          <span className="step__spacer" />
          {(step.kind === 'persona' || step.kind === 'journey') && (
            <label className="step__silent" title={t('silent.agenda.hint')}>
              <input type="checkbox" checked={step.silent} onChange={(e) => onSilent(e.target.checked)} aria-label={`${t('silent.agenda.toggle')} — ${step.title}`} />
              <span aria-hidden="true">{t('silent.agenda.toggle')}</span>
            </label>
          )}
          {status !== 'current' && (
            <button type="button" className="button button--ghost step__small" onClick={onMakeCurrent}>
              {t('agenda.goTo')}
            </button>
          )}
          <button type="button" className="button button--ghost step__small button--danger" aria-label={t('agenda.remove', { title: step.title })} onClick={onRemove}>
            <TrashIcon />
          </button>
        </div>
      </div>
    </li>
  );
}

function actualMinutes(step: Step): number | null {
  if (!step.actualStart || !step.actualEnd) return null;
  return Math.max(0, Math.round((Date.parse(step.actualEnd) - Date.parse(step.actualStart)) / 60_000));
}
