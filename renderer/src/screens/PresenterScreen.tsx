import { useEffect } from 'react';
import { formatClock } from '../../../shared/domain/timer';
import type { Workshop } from '../../../shared/domain/workshop';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';
import { Brand } from '../components/Brand';
import { PresenterBoardStage, isBoardStep } from '../boards/PresenterBoard';
import { I18nProvider, useI18n } from '../i18n';
import '../styles/presenter.css';
import { formatTimeOfDay, readSchedule, readTimer, scheduleLabel } from '../timer/reading';
import { useNow } from '../timer/useNow';
import { VotingHeatProvider } from '../voting/heat';
import { PresenterVotingStage, usePresenterVoting } from '../voting/PresenterVoting';

/** Above this many characters the instructions get a slightly smaller (still ≥ 32 px) size. */
const LONG_INSTRUCTIONS = 220;

/**
 * The projector surface (/present): the presented workshop's current step, a huge timer and the
 * schedule, in the workshop's language. Nothing to click. It follows main's pushes — never polls —
 * so a facilitator's change shows within a frame or two.
 */
export function PresenterScreen() {
  const workshop = usePresentedWorkshop();
  const { t } = useI18n();
  const title = workshop ? `${workshop.title} · ${t('app.name')}` : `${t('presenter.title')} · ${t('app.name')}`;

  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  if (workshop === undefined) return <div className="presenter presenter--blank" aria-busy="true" />;
  if (workshop === null) return <PresenterWaiting />;
  return (
    <I18nProvider lang={workshop.language}>
      <PresenterStage workshop={workshop} />
    </I18nProvider>
  );
}

/**
 * The workshop on the projector: undefined until the first answer, null when none is presented.
 * presenterChanged means "another workshop (or none)": read which. workshopChanged carries the
 * whole new state of a workshop: taken when it is the one presented.
 */
function usePresentedWorkshop(): Workshop | null | undefined {
  const { api } = useAppState();
  const followed = useFollowed<{ workshop: Workshop | null }>('presenter', {
    read: () => api.presenterGet({}),
    react: (event, shown) => {
      if (event.type === 'presenterChanged') return { kind: 'read' };
      if (event.type !== 'workshopChanged' || (shown && shown.workshop?.id !== event.payload.id)) return undefined;
      return shown ? { kind: 'value', value: { workshop: event.payload } } : { kind: 'read' };
    },
  });
  return followed.value?.workshop;
}

function PresenterWaiting() {
  const { t } = useI18n();
  return (
    <main className="presenter presenter--waiting">
      <div className="presenter-waiting">
        <div className="presenter-waiting__brand">
          <Brand />
        </div>
        <h1 className="presenter-waiting__title">
          <span className="presenter-waiting__pulse" aria-hidden="true" />
          {t('presenter.waiting')}
        </h1>
        <p className="presenter-waiting__body">{t('presenter.waiting.body')}</p>
      </div>
    </main>
  );
}

function PresenterStage({ workshop }: { workshop: Workshop }) {
  const { t, lang } = useI18n();
  const now = useNow();
  const reading = readTimer(workshop, now);
  const schedule = readSchedule(workshop, now);
  const clock = reading ? formatClock(reading.remainingMs) : '';
  const started = schedule.delta.status !== 'not-started';
  // A vote in progress (or just revealed) takes the screen: join code, count, then results.
  const voting = usePresenterVoting(workshop, reading);
  if (reading && voting) return <PresenterVotingStage workshop={workshop} reading={reading} state={voting} />;
  // Persona and journey steps show the board being built, with a smaller clock.
  if (reading && isBoardStep(reading.step.kind)) {
    return (
      <VotingHeatProvider workshopId={workshop.id}>
        <PresenterBoardStage workshop={workshop} reading={reading} />
      </VotingHeatProvider>
    );
  }

  return (
    <main className={`presenter${reading?.overtime ? ' is-overtime' : ''}`} lang={lang}>
      <header className="presenter__top">
        <p className="presenter__workshop">{workshop.title}</p>
        {reading && (
          <p className="presenter__position">
            <span className={`presenter__kind presenter__kind--${reading.step.kind}`}>{t(`timer.kind.${reading.step.kind}`)}</span>
            {t('timer.stepOf', { index: reading.position, count: reading.count })}
          </p>
        )}
      </header>

      {reading ? (
        <>
          <section className="presenter__step" aria-labelledby="presenter-step-title">
            <h1 id="presenter-step-title" className="presenter__title">
              {reading.step.title}
            </h1>
            {reading.step.instructions && (
              <p
                className={`presenter__instructions${
                  reading.step.instructions.length > LONG_INSTRUCTIONS ? ' presenter__instructions--long' : ''
                }`}
              >
                {reading.step.instructions}
              </p>
            )}
          </section>

          <section className="presenter__clock" aria-label={t('timer.region')}>
            <p className={`presenter__state presenter__state--${reading.overtime ? 'overtime' : reading.status}`}>
              {reading.overtime
                ? t('timer.overtime')
                : reading.status === 'paused'
                  ? t('timer.paused')
                  : reading.status === 'idle'
                    ? t('timer.notStarted')
                    : t('timer.timeLeft')}
            </p>
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
        </>
      ) : (
        <section className="presenter__complete" aria-labelledby="presenter-complete-title">
          <h1 id="presenter-complete-title" className="presenter__title">
            {t('timer.complete')}
          </h1>
          <p className="presenter__instructions">{t('timer.complete.body')}</p>
        </section>
      )}
    </main>
  );
}
