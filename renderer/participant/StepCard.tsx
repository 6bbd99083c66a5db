import { formatClock } from '../../shared/domain/timer';
import type { ParticipantState } from '../../shared/participant/protocol';
import { timerStateLabel } from '../src/timer/reading';
import { useNow } from '../src/timer/useNow';
import { useI18n } from '../src/i18n';

/**
 * Before the workshop starts, on a step with nothing to add to or vote on: the phone waits for the
 * start rather than showing the first step's still timer.
 */
export function waitingForStart(state: ParticipantState): boolean {
  return state.workshop.progress === 'not-started' && !state.board && !state.vote && !state.matrix;
}

/** The current step and its timer, counted on locally from the reading the server sent. */
export function StepCard({ state, receivedAt }: { state: ParticipantState; receivedAt: number }) {
  const { t } = useI18n();
  const now = useNow(500);
  const { step, timer } = state;
  const finished = state.workshop.progress === 'finished';
  if (!step || !timer || finished || waitingForStart(state)) {
    return (
      <section className={`p-card p-step${finished ? ' p-step--finished' : ''}`} aria-labelledby="p-step-title">
        <h2 id="p-step-title" className="p-step__title">
          {finished ? t('participant.finished') : t('participant.noStep')}
        </h2>
        <p className="p-step__instructions">{finished ? t('participant.finished.body') : t('participant.noStep.body')}</p>
      </section>
    );
  }
  const elapsedSinceReading = timer.status === 'running' ? Math.max(0, now - receivedAt) : 0;
  const remaining = timer.remainingMs - elapsedSinceReading;
  const overtime = remaining < 0;
  const progress = timer.durationMs > 0 ? Math.min(1, Math.max(0, 1 - remaining / timer.durationMs)) : 1;
  const label = timerStateLabel(t, timer.status, overtime);

  return (
    <section className={`p-card p-step kind--${step.kind}`} aria-labelledby="p-step-title">
      <p className="p-step__kicker">{t('participant.stepOf', { index: step.index, count: step.count })}</p>
      <h2 id="p-step-title" className="p-step__title">
        {step.title}
      </h2>
      <div className={`row row--spread p-timer${overtime ? ' p-timer--over' : ''}${timer.status !== 'running' ? ' p-timer--still' : ''}`}>
        <span className="p-timer__label">{label}</span>
        <span className="p-timer__value" role="timer" aria-label={`${label} ${formatClock(remaining)}`}>
          {formatClock(remaining)}
        </span>
      </div>
      <div className="p-progress" aria-hidden="true">
        <div className="p-progress__bar" style={{ width: `${Math.round(progress * 100)}%` }} />
      </div>
      {step.instructions && (
        // Closed by default: the shared screen shows them too, and the phone's room goes to the cards.
        <details className="p-step__more">
          <summary>{t('participant.instructions')}</summary>
          <p className="p-step__instructions">{step.instructions}</p>
        </details>
      )}
    </section>
  );
}
