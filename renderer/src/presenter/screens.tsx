import { formatClock } from '../../../shared/domain/timer';
import type { Board } from '../../../shared/domain/board';
import type { VotingSessionView } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { Brand } from '../components/Brand';
import { useI18n } from '../i18n';
import { formatTimeOfDay, readSchedule, scheduleLabel, type TimerReading } from '../timer/reading';
import { presenterClockLabel } from './PresenterShell';

/** Discussion steps: the clock as large as the screen allows, and a bar of the time used. */
export function ClockScreen({ reading }: { reading: TimerReading }) {
  const { t } = useI18n();
  const clock = formatClock(reading.remainingMs);
  return (
    <section className="presenter__clock" aria-label={t('timer.region')}>
      <p className={`presenter__state presenter__state--${reading.overtime ? 'overtime' : reading.status}`}>{presenterClockLabel(t, reading)}</p>
      <p className={`presenter__time presenter__time--${clock.length}`} role="timer">
        {clock}
      </p>
      <div
        className="presenter__bar"
        role="progressbar"
        aria-label={t('presenter.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round((reading.overtime ? 1 : reading.progress) * 100)}
      >
        <div className="presenter__bar-fill" style={{ transform: `scaleX(${reading.overtime ? 1 : reading.progress})` }} />
      </div>
    </section>
  );
}

/** The schedule and what comes next, under the large clock. */
export function ScheduleFooter({ workshop, reading, now }: { workshop: Workshop; reading: TimerReading; now: number }) {
  const { t, lang } = useI18n();
  const schedule = readSchedule(workshop, now);
  const started = schedule.delta.status !== 'not-started';
  return (
    <footer className="presenter__bottom">
      <p className={`presenter__schedule schedule--${schedule.delta.status}`}>
        {/* Before the start the clock already says "Not started": just give the end. */}
        {started && scheduleLabel(t, schedule.delta)}
        {schedule.end && (
          <span className="presenter__end">
            {started && ' · '}
            {t('timer.expectedEnd')} {formatTimeOfDay(schedule.end, lang)}
          </span>
        )}
      </p>
      <p className="presenter__next">{reading.next ? t('timer.nextStep', { title: reading.next.title }) : t('timer.lastStep')}</p>
    </footer>
  );
}

/** A break: when the room is back, in huge type, on a calm screen. Idle, the plan counts from now. */
export function BreakScreen({ reading, now }: { reading: TimerReading; now: number }) {
  const { t, lang } = useI18n();
  const back = new Date(now + Math.max(0, reading.remainingMs));
  return (
    <section className="pbreak" aria-label={t('timer.kind.break')}>
      <p className="pbreak__back">{t('presenter.break.backAt', { time: formatTimeOfDay(back, lang) })}</p>
      {reading.next && <p className="pbreak__next">{t('timer.nextStep', { title: reading.next.title })}</p>}
    </section>
  );
}

/** "Eyes here": nothing to read, so the room looks up. */
export function BlankScreen() {
  const { t } = useI18n();
  return (
    <section className="pblank" aria-label={t('presenter.blank')}>
      <p className="pblank__text">{t('presenter.blank')}</p>
    </section>
  );
}

const TOP_PRIORITIES = 3;

/** The end of the agenda: the top priorities, how many ideas and dots, and thanks. */
export function RecapScreen({ workshop, board, session, loaded }: { workshop: Workshop; board: Board | null; session: VotingSessionView | null; loaded: boolean }) {
  const { t } = useI18n();
  const ideas = board
    ? board.personas.reduce((sum, p) => sum + p.sections.reduce((n, s) => n + s.cards.length, 0), 0) + board.journeyMaps.reduce((sum, m) => sum + m.cards.length, 0)
    : 0;
  const results = session?.results ?? null;
  const top = results ? results.items.filter((item) => item.votes > 0).slice(0, TOP_PRIORITIES) : [];
  return (
    <section className="precap" aria-labelledby="precap-title">
      <div className="precap__brand">
        <Brand />
      </div>
      <h1 id="precap-title" className="precap__title">
        {t('presenter.recap.title')}
      </h1>
      <p className="precap__workshop">{workshop.title}</p>
      {top.length > 0 && (
        <div className="precap__priorities">
          <h2 className="precap__heading">{t('presenter.recap.priorities')}</h2>
          <ol className="precap__list">
            {top.map((item) => (
              <li key={item.itemId}>
                <span className="precap__rank">{item.rank}</span>
                <span className="precap__text">{item.text}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {/* Figures wait for the board and the votes: never a "0 ideas" flash. */}
      {loaded && (
        <p className="precap__figures">
          <span>{ideas === 1 ? t('presenter.recap.ideasOne') : t('presenter.recap.ideas', { count: ideas })}</span>
          <span>
            {results
              ? t(results.votersVoted === 1 ? 'presenter.recap.votesOne' : 'presenter.recap.votes', { count: results.totalVotes, voters: results.votersVoted })
              : t('presenter.recap.noVote')}
          </span>
        </p>
      )}
      <p className="precap__body">{t('presenter.recap.body')}</p>
    </section>
  );
}
