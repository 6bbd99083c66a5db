import { useEffect } from 'react';
import { projectWorkshop, type ProjectedScreen } from '../../../shared/domain/projection';
import type { Workshop } from '../../../shared/domain/workshop';
import { Brand } from '../components/Brand';
import { PresentedBoard, PresentedCard } from '../presenter/PresenterBoard';
import { PresenterSilence } from '../presenter/PresenterSilence';
import { AuthorDisplayContext } from '../boards/card-author';
import { I18nProvider, useI18n } from '../i18n';
import { usePageTick } from '../presenter/paging';
import { PresenterShell } from '../presenter/PresenterShell';
import { useRoomStyle } from '../presenter/useRoomUnit';
import { BlankScreen, BreakScreen, ClockScreen, RecapScreen, ScheduleFooter } from '../presenter/screens';
import { usePresentedWorkshop, useWorkshopProjection, type PresenterData } from '../presenter/usePresenterData';
import '../styles/presenter.css';
import { readTimer, type TimerReading } from '../timer/reading';
import { useNow } from '../timer/useNow';
import { CountScreen, currentSession, JoinFacts, RevealScreen } from '../presenter/PresenterVoting';
import { PresentedMatrix } from '../presenter/PresenterMatrix';

/**
 * The projector surface (/present): the presented workshop's current step in the workshop's
 * language — what the step shows, or what the facilitator spotlights. Nothing to click. It
 * follows main's pushes — never polls — so a facilitator's change shows within a frame or two.
 */
export function PresenterScreen() {
  const workshop = usePresentedWorkshop();
  const { t } = useI18n();
  const room = useRoomStyle();
  const title = workshop ? `${workshop.title} · ${t('app.name')}` : `${t('presenter.title')} · ${t('app.name')}`;

  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  if (workshop === undefined) return <div className="presenter presenter--blank" aria-busy="true" style={room} />;
  if (workshop === null) return <PresenterWaiting />;
  return (
    <I18nProvider lang={workshop.language}>
      <PresenterStage workshop={workshop} />
    </I18nProvider>
  );
}

function PresenterWaiting() {
  const { t } = useI18n();
  const room = useRoomStyle();
  return (
    <main className="presenter presenter--waiting" style={room}>
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
  const data = useWorkshopProjection(workshop);
  const now = useNow();
  const reading = readTimer(workshop, now);
  const projection = projectWorkshop(workshop, data.voting, data.sharing, data.spotlight);
  const tick = usePageTick(`${workshop.currentStepId ?? ''}|${JSON.stringify(projection.screen)}`);
  const footer = projection.clock === 'large' && reading ? <ScheduleFooter workshop={workshop} reading={reading} now={now} /> : undefined;
  return (
    <AuthorDisplayContext.Provider value={workshop.authorDisplay}>
      <PresenterShell workshop={workshop} reading={reading} projection={projection} sharing={data.sharing} footer={footer}>
        <ScreenBody screen={projection.screen} data={data} reading={reading} now={now} tick={tick} page={projection.page} />
      </PresenterShell>
    </AuthorDisplayContext.Provider>
  );
}

interface BodyProps {
  screen: ProjectedScreen;
  data: PresenterData;
  reading: TimerReading | null;
  now: number;
  tick: number;
  page: number | null;
}

function ScreenBody({ screen, data, reading, now, tick, page }: BodyProps) {
  const session = currentSession(data.voting);
  switch (screen.kind) {
    case 'recap':
      return <RecapScreen workshop={data.workshop} board={data.board} session={session} loaded={data.board !== null && data.voting !== null} />;
    case 'blank':
      return <BlankScreen />;
    case 'join':
      return <JoinFacts sharing={data.sharing} size="large" />;
    case 'card':
      return <PresentedCard board={data.board} cardId={screen.cardId} />;
    case 'board':
      // Silent writing: the count, not the board, until the facilitator reveals.
      return data.silence ? <PresenterSilence tally={data.silence} /> : <PresentedBoard board={data.board} view={screen.board} tick={tick} page={page} />;
    case 'results':
      return <RevealScreen session={session} tick={tick} />;
    case 'vote-count':
      return <CountScreen session={session} />;
    case 'matrix':
      return <PresentedMatrix matrix={data.matrices?.matrices.find((m) => m.stepId === screen.stepId) ?? null} loaded={data.matrices !== null} tick={tick} />;
    case 'break':
      return reading ? <BreakScreen reading={reading} now={now} /> : null;
    case 'clock':
      return reading ? <ClockScreen reading={reading} /> : null;
    default:
      return null;
  }
}
