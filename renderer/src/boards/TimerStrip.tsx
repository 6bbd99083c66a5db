import { formatClock } from '../../../shared/domain/timer';
import type { Workshop } from '../../../shared/domain/workshop';
import type { TimerCommand } from '../../../shared/ipc/channels/workshops';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import { readTimer } from '../timer/reading';
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
      <div className="timer-strip" role="group" aria-label={t('boards.timerStrip')}>
        <span className="timer-strip__title">{t('timer.complete')}</span>
      </div>
    );
  }
  const { status, overtime } = reading;
  const toggle: { command: TimerCommand; label: string } =
    status === 'running'
      ? { command: 'pause', label: t('timer.pause') }
      : status === 'paused'
        ? { command: 'resume', label: t('timer.resume') }
        : { command: 'start', label: t('timer.start') };
  return (
    <div className={`timer-strip${overtime ? ' is-overtime' : ''}`} role="group" aria-label={t('boards.timerStrip')}>
      <span className={`kind-chip kind-chip--${reading.step.kind}`}>{t(`timer.kind.${reading.step.kind}`)}</span>
      <span className="timer-strip__title">{reading.step.title}</span>
      <span className="timer-strip__clock" role="timer" aria-label={overtime ? t('timer.overtime') : t('timer.timeLeft')}>
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
