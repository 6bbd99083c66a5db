import type { ReactNode } from 'react';
import { formatClock } from '../../../shared/domain/timer';
import type { Projection } from '../../../shared/domain/projection';
import type { SharingStatus } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useI18n, type I18n } from '../i18n';
import { timerStateLabel, type TimerReading } from '../timer/reading';
import { JoinFacts } from './PresenterVoting';
import { useRoomStyle } from './useRoomUnit';

/** "Time left", "Paused", "Not started" or "Overtime": the clock's state in words, as on every screen. */
export function presenterClockLabel(t: I18n['t'], reading: TimerReading): string {
  return timerStateLabel(t, reading.status, reading.overtime);
}

export interface PresenterShellProps {
  workshop: Workshop;
  reading: TimerReading | null;
  projection: Projection;
  sharing: SharingStatus;
  children: ReactNode;
  footer?: ReactNode;
}

/**
 * Every projected screen: where we are in the agenda, the step's title and instructions, a clock
 * and how to join on top; the screen's own content below, taking all the room that is left.
 */
export function PresenterShell({ workshop, reading, projection, sharing, children, footer }: PresenterShellProps) {
  const { t, lang } = useI18n();
  const { screen } = projection;
  const room = useRoomStyle();
  const bare = projection.clock === 'none' && !projection.instructions && !projection.joinCorner;
  return (
    <main className={`presenter presenter--${screen.kind}${reading?.overtime ? ' is-overtime' : ''}`} lang={lang} data-screen={screen.kind} style={room}>
      {!bare && reading && (
        <header className="ptop">
          <div className="ptop__step">
            <p className="ptop__meta">
              <span className={`tone-dot presenter__kind presenter__kind--${reading.step.kind}`}>{t(`timer.kind.${reading.step.kind}`)}</span>
              <span className="ptop__position">{t('timer.stepOf', { index: reading.position, count: reading.count })}</span>
              <span className="ptop__workshop">{workshop.title}</span>
            </p>
            <h1 className="ptop__title">{reading.step.title}</h1>
          </div>
          {projection.instructions && reading.step.instructions && (
            <p className="ptop__instructions" aria-label={t('presenter.instructions')}>
              {reading.step.instructions}
            </p>
          )}
          {projection.clock === 'small' && (
            <div className="ptop__clock" role="group" aria-label={t('timer.region')}>
              <p className={`presenter__state presenter__state--${reading.overtime ? 'overtime' : reading.status}`}>{presenterClockLabel(t, reading)}</p>
              <p className="ptop__time" role="timer">
                {formatClock(reading.remainingMs)}
              </p>
            </div>
          )}
          {projection.joinCorner && (
            <aside className="ptop__join" aria-label={t('voting.presenter.join')}>
              <JoinFacts sharing={sharing} size="corner" />
            </aside>
          )}
        </header>
      )}
      <div className="pbody">{children}</div>
      {footer}
    </main>
  );
}
