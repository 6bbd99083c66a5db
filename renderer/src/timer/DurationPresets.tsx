import { DURATION_PRESETS, DURATION_STEP_MINUTES, extendedPlan } from '../../../shared/domain/timer';
import { MAX_STEP_MINUTES, type Step } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';

/** The current step's planned duration in one click: 3, 5, 10 or 15 min, or 5 more. */
export function DurationPresets({ workshopId, step }: { workshopId: string; step: Step }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const plan = (plannedMinutes: number): void => {
    if (plannedMinutes !== step.plannedMinutes) void run(api.stepUpdate({ workshopId, stepId: step.id, patch: { plannedMinutes } }));
  };
  return (
    <div className="duration-presets" role="group" aria-label={t('timer.duration')}>
      <span className="duration-presets__label">{t('timer.duration')}</span>
      {DURATION_PRESETS.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="button button--small"
          aria-pressed={step.plannedMinutes === minutes}
          title={t('timer.duration.set', { minutes })}
          onClick={() => plan(minutes)}
        >
          {t('timer.minutes', { minutes })}
        </button>
      ))}
      <button
        type="button"
        className="button button--small"
        title={t('timer.duration.plus')}
        aria-label={t('timer.duration.plus')}
        disabled={step.plannedMinutes >= MAX_STEP_MINUTES}
        onClick={() => plan(extendedPlan(step.plannedMinutes))}
      >
        +{DURATION_STEP_MINUTES}
      </button>
    </div>
  );
}
