import { useState, type ReactNode } from 'react';
import { formatClock } from '../../../shared/domain/timer';
import type { Workshop } from '../../../shared/domain/workshop';
import type { TimerCommand } from '../../../shared/ipc/channels/workshops';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import '../styles/timer.css';
import { formatTimeOfDay, readSchedule, readTimer, scheduleLabel, timerStateLabel, timerToggle, titleRepeatsKind, type TimerReading } from './reading';
import { DurationPresets } from './DurationPresets';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useChime } from './useChime';
import { useNow } from './useNow';
import { useTimerShortcuts } from './useTimerShortcuts';

export interface TimerPanelProps {
  workshop: Workshop;
}

/** The facilitator's timer for the current step: clock, controls, schedule, chime and shortcuts. */
export function TimerPanel({ workshop }: TimerPanelProps) {
  const { api, run, settings, setSettings } = useAppState();
  const { t } = useI18n();
  const now = useNow();
  const [helpOpen, setHelpOpen] = useState(false);
  const reading = readTimer(workshop, now);
  const schedule = readSchedule(workshop, now);
  const started = schedule.delta.status !== 'not-started';
  useChime(workshop, now, settings.muted);

  const command = (name: TimerCommand): void => {
    void run(api.timerCommand({ workshopId: workshop.id, command: name }));
  };
  const toggleMute = async (): Promise<void> => {
    const next = await run(api.settingsUpdate({ muted: !settings.muted }));
    if (next) setSettings(next);
  };
  const lastStep = workshop.steps.at(-1);

  useTimerShortcuts({
    toggle: reading ? () => command('toggle') : undefined,
    next: reading ? () => command('next') : undefined,
    // "previous" from the first step is refused by main: do not turn a keypress into an error.
    previous: !reading || reading.previous ? () => command('previous') : undefined,
    addMinute: reading ? () => command('addMinute') : undefined,
    removeMinute: reading ? () => command('removeMinute') : undefined,
    mute: () => void toggleMute(),
    help: () => setHelpOpen(true),
  });

  return (
    <section className="column timer-panel panel" aria-label={t('timer.region')}>
      <div className="row row--spread timer-panel__top">
        {reading ? (
          <p className="timer-panel__where">
            {!titleRepeatsKind(reading.step.title, t(`timer.kind.${reading.step.kind}`)) && (
              <span className={`tone-dot kind-chip kind--${reading.step.kind}`}>{t(`timer.kind.${reading.step.kind}`)}</span>
            )}
            <span className="muted">{t('timer.stepOf', { index: reading.position, count: reading.count })}</span>
          </p>
        ) : (
          <span />
        )}
        <div className="timer-panel__tools">
          <button
            type="button"
            className="button button--ghost button--icon"
            aria-pressed={settings.muted}
            aria-label={t('timer.mute')}
            title={`${t('timer.mute')} (M)`}
            onClick={() => void toggleMute()}
          >
            <BellIcon muted={settings.muted} />
          </button>
          <button
            type="button"
            className="button button--ghost button--icon"
            aria-label={t('timer.shortcuts')}
            aria-haspopup="dialog"
            title={`${t('timer.shortcuts')} (?)`}
            onClick={() => setHelpOpen(true)}
          >
            <span aria-hidden="true" className="timer-panel__key">
              ?
            </span>
          </button>
        </div>
      </div>

      {reading ? (
        <CurrentStep reading={reading} workshop={workshop} onCommand={command}>
          <ScheduleFacts schedule={schedule} endLabel={t('timer.expectedEnd')} />
        </CurrentStep>
      ) : (
        <div className="timer-panel__complete">
          <CheckIcon />
          <h2 className="timer-panel__title">{t('timer.complete')}</h2>
          <p className="muted">{t('timer.complete.body')}</p>
          {started && (
            <dl className="timer-facts">
              <ScheduleFacts schedule={schedule} endLabel={t('timer.complete.endedAt')} />
            </dl>
          )}
          {lastStep && (
            <button type="button" className="button" onClick={() => command('previous')}>
              {t('timer.complete.back')}
            </button>
          )}
        </div>
      )}

      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </section>
  );
}

interface CurrentStepProps {
  reading: TimerReading;
  workshop: Workshop;
  onCommand: (command: TimerCommand) => void;
  /** More facts (the schedule) shown beside planned and actual. */
  children?: ReactNode;
}

function CurrentStep({ reading, workshop, onCommand, children }: CurrentStepProps) {
  const { t } = useI18n();
  const { step, status, overtime } = reading;
  const toggle = timerToggle(t, status);
  const stateLabel = timerStateLabel(t, status, overtime);
  const clock = formatClock(reading.remainingMs);
  const adjustMinutes = Math.round(workshop.timer.adjustMs / 60_000);
  const pristine = status === 'idle' && workshop.timer.elapsedMs === 0 && workshop.timer.adjustMs === 0;

  return (
    <div className={`timer-panel__step${overtime ? ' is-overtime' : ''}${status === 'paused' ? ' is-paused' : ''}`}>
      <h2 className="timer-panel__title">{step.title}</h2>

      <div className="timer-panel__main">
        <div className="timer-dial">
          <ProgressRing progress={overtime ? 1 : reading.progress} />
          <div className="timer-dial__centre">
            <p className={`timer-dial__state timer-dial__state--${overtime ? 'overtime' : status}`}>{stateLabel}</p>
            <p className={`timer-dial__clock timer-dial__clock--${clock.length}`} role="timer">
              {clock}
            </p>
          </div>
        </div>

        <dl className="timer-facts">
          <Fact label={t('timer.planned')} className="tabular">
            {t('timer.minutes', { minutes: step.plannedMinutes })}
            {adjustMinutes !== 0 && (
              <span className="timer-facts__adjust">
                {t(adjustMinutes > 0 ? 'timer.added' : 'timer.removed', { minutes: Math.abs(adjustMinutes) })}
              </span>
            )}
          </Fact>
          <Fact label={t('timer.actual')} className={`tabular${overtime ? ' timer-facts__over' : ''}`}>
            {formatClock(reading.elapsedMs)}
          </Fact>
          {children}
        </dl>
      </div>

      <DurationPresets workshopId={workshop.id} step={step} />

      <div className="timer-controls" role="group" aria-label={t('timer.controls')}>
        <button
          type="button"
          className="button button--primary button--large timer-controls__toggle"
          title={`${toggle.label} (${t('shortcuts.key.space')})`}
          onClick={() => onCommand(toggle.command)}
        >
          <ToggleIcon running={status === 'running'} />
          {toggle.label}
        </button>
        <button type="button" className="button" title={`${t('shortcuts.removeMinute')} (−)`} onClick={() => onCommand('removeMinute')}>
          {t('timer.removeMinute')}
        </button>
        <button type="button" className="button" title={`${t('shortcuts.addMinute')} (+)`} onClick={() => onCommand('addMinute')}>
          {t('timer.addMinute')}
        </button>
        <button type="button" className="button" disabled={!reading.previous} onClick={() => onCommand('previous')}>
          <span aria-hidden="true">‹</span> {t('timer.previous')}
        </button>
        <button type="button" className="button" title={`${t('timer.next')} (N)`} onClick={() => onCommand('next')}>
          {t('timer.next')} <span aria-hidden="true">›</span>
        </button>
      </div>

      <div className="timer-panel__after">
        <p className="timer-panel__next" title={reading.next?.title}>
          {reading.next ? t('timer.nextStep', { title: reading.next.title }) : t('timer.lastStep')}
        </p>
        <button
          type="button"
          className="button button--ghost timer-panel__reset"
          title={t('timer.resetHint')}
          disabled={pristine}
          onClick={() => onCommand('reset')}
        >
          {t('timer.reset')}
        </button>
      </div>
    </div>
  );
}

/** Where the workshop stands against its plan, and when it ends (expected, or ended). */
function ScheduleFacts({ schedule, endLabel }: { schedule: ReturnType<typeof readSchedule>; endLabel: string }) {
  const { t, lang } = useI18n();
  return (
    <>
      <Fact label={t('timer.schedule')} className={`schedule schedule--${schedule.delta.status}`}>
        {scheduleLabel(t, schedule.delta)}
      </Fact>
      {schedule.end && (
        <Fact label={endLabel} className="tabular">
          {formatTimeOfDay(schedule.end, lang)}
        </Fact>
      )}
    </>
  );
}

function Fact({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className="timer-facts__item">
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}

const RING_RADIUS = 52;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

export function ProgressRing({ progress }: { progress: number }) {
  return (
    <svg className="timer-ring" viewBox="0 0 120 120" aria-hidden="true">
      <circle className="timer-ring__track" cx="60" cy="60" r={RING_RADIUS} />
      <circle
        className="timer-ring__value"
        cx="60"
        cy="60"
        r={RING_RADIUS}
        strokeDasharray={RING_LENGTH}
        strokeDashoffset={RING_LENGTH * (1 - progress)}
      />
    </svg>
  );
}

function ToggleIcon({ running }: { running: boolean }) {
  return (
    <svg className="timer-controls__icon" viewBox="0 0 16 16" aria-hidden="true">
      {running ? (
        <>
          <rect x="3" y="2" width="3.5" height="12" rx="1" />
          <rect x="9.5" y="2" width="3.5" height="12" rx="1" />
        </>
      ) : (
        <path d="M4 2.5v11a.8.8 0 0 0 1.2.7l9-5.5a.8.8 0 0 0 0-1.4l-9-5.5A.8.8 0 0 0 4 2.5z" />
      )}
    </svg>
  );
}

function BellIcon({ muted }: { muted: boolean }) {
  return (
    <svg className="timer-panel__bell" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
      {muted && <path d="M4 4l16 16" />}
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg className="timer-panel__check" viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="24" cy="24" r="21" />
      <path d="M15 24.5l6 6 12-13" />
    </svg>
  );
}
