import { formatClock } from '../../../shared/domain/timer';
import type { StepKind, Workshop } from '../../../shared/domain/workshop';
import { useI18n } from '../i18n';
import type { TimerReading } from '../timer/reading';
import { JourneyMapView, useJourneyLayout } from './JourneyMapView';
import { PersonaCanvas } from './PersonaCanvas';
import { useBoard } from './useBoard';
import '../styles/presenter-board.css';

/** The step kinds whose board the presenter shows instead of the big clock. */
export function isBoardStep(kind: StepKind): kind is 'persona' | 'journey' {
  return kind === 'persona' || kind === 'journey';
}

/**
 * The projector during a persona or journey step: the step and a smaller clock on top, the board
 * being built below — the primary (or first) persona, large; or the journey map fitted to the
 * screen. Read-only, live.
 */
export function PresenterBoardStage({ workshop, reading }: { workshop: Workshop; reading: TimerReading }) {
  const { t, lang } = useI18n();
  const kind = reading.step.kind === 'journey' ? 'journey' : 'persona';
  const clock = formatClock(reading.remainingMs);
  const state = reading.overtime
    ? t('timer.overtime')
    : reading.status === 'paused'
      ? t('timer.paused')
      : reading.status === 'idle'
        ? t('timer.notStarted')
        : t('timer.timeLeft');

  return (
    <main className={`presenter presenter--board${reading.overtime ? ' is-overtime' : ''}`} lang={lang}>
      <header className="presenter__top">
        <p className="presenter__workshop">{workshop.title}</p>
        <p className="presenter__position">
          <span className={`presenter__kind presenter__kind--${reading.step.kind}`}>{t(`timer.kind.${reading.step.kind}`)}</span>
          {t('timer.stepOf', { index: reading.position, count: reading.count })}
        </p>
      </header>
      <div className="presenter-board__head">
        <h1 className="presenter-board__title">{reading.step.title}</h1>
        <div className="presenter-board__clock" aria-label={t('timer.region')} role="group">
          <p className={`presenter__state presenter__state--${reading.overtime ? 'overtime' : reading.status}`}>{state}</p>
          <p className="presenter-board__time" role="timer">
            {clock}
          </p>
        </div>
      </div>
      <section className={`presenter-board__body presenter-board__body--${kind}`} aria-label={t(kind === 'journey' ? 'boards.tabs.journey' : 'boards.tabs.personas')}>
        <PresentedBoard workshopId={workshop.id} kind={kind} />
      </section>
    </main>
  );
}

function PresentedBoard({ workshopId, kind }: { workshopId: string; kind: 'persona' | 'journey' }) {
  const { t } = useI18n();
  const { board } = useBoard(workshopId);
  const personas = [...(board?.personas ?? [])].sort((a, b) => a.position - b.position);
  const persona = personas.find((p) => p.primary) ?? personas[0] ?? null;
  const maps = [...(board?.journeyMaps ?? [])].sort((a, b) => a.position - b.position);
  const map = maps.find((m) => persona && m.personaId === persona.id) ?? maps[0] ?? null;
  const layout = useJourneyLayout(kind === 'journey' ? map : null);

  if (!board) return null;
  if (kind === 'persona') {
    return persona ? <PersonaCanvas persona={persona} readOnly /> : <p className="presenter-board__empty">{t('boards.presenter.noPersona')}</p>;
  }
  return map ? <JourneyMapView map={map} layout={layout} fit fitBound="frame" readOnly /> : <p className="presenter-board__empty">{t('boards.presenter.noMap')}</p>;
}
