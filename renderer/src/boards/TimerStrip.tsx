import { formatClock } from '../../../shared/domain/timer';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import { readTimer, timerToggle, titleRepeatsKind } from '../timer/reading';
import { useNow } from '../timer/useNow';
import './TimerStrip.css';

/**
 * The timer in one line above a board, so the facilitator keeps the time in view while the
 * board takes the full width: the step, the clock, start/pause and next.
 */
export function TimerStrip({ workshop }: { workshop: Workshop }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const now = useNow();
  const reading = readTimer(workshop, now);
  if (!reading) {
    return (
      <div className="timer-strip timer-strip--done" role="group" aria-label={t('boards.timerStrip')}>
        <span className="timer-strip__title">{t('timer.complete')}</span>
      </div>
    );
  }
  const { status, overtime } = reading;
  const toggle = timerToggle(t, status);
  const kindLabel = t(`timer.kind.${reading.step.kind}`);
  const paused = status === 'paused';
  return (
    <div className={`timer-strip${overtime ? ' is-overtime' : ''}${paused ? ' is-paused' : ''}`} role="group" aria-label={t('boards.timerStrip')}>
      <span className={`tone-dot kind-chip kind--${reading.step.kind}`}>{kindLabel}</span>
      {/* Cut with an ellipsis to keep the strip on one line; the full title on hover. */}
      {!titleRepeatsKind(reading.step.title, kindLabel) && (
        <span className="timer-strip__title" title={reading.step.title}>
          {reading.step.title}
        </span>
      )}
      {paused && <span className="timer-strip__paused">{t('timer.paused')}</span>}
      <span className="timer-strip__clock" role="timer" aria-label={overtime ? t('timer.overtime') : paused ? t('timer.paused') : t('timer.timeLeft')}>
        {formatClock(reading.remainingMs)}
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => void run(api.timerCommand({ workshopId: workshop.id, command: toggle.command }))}
      >
        {toggle.label}
      </button>
      <button type="button" className="button button--small" onClick={() => void run(api.timerCommand({ workshopId: workshop.id, command: 'next' }))}>
        {t('timer.next')}
      </button>
    </div>
  );
}
