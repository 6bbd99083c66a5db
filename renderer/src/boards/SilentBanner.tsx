import { useEffect, useRef } from 'react';
import type { Board } from '../../../shared/domain/board';
import { boardCards, isSilentStep, loudBoardStep, silentTally } from '../../../shared/domain/card-visibility';
import type { Workshop } from '../../../shared/domain/workshop';
import { silentCountLine } from '../../../shared/i18n/silent-count';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import './SilentBanner.css';

export interface SilentBannerProps {
  workshop: Workshop;
  /** The whole board, hidden cards included (the counts come from it). */
  board: Board;
  peek: boolean;
  onPeek: (peek: boolean) => void;
  onRevealed: (count: number) => void;
  /** The silence was just switched to this, from here or from SilentStart: the switch takes the focus once the step says so. */
  switchedTo: boolean | null;
  onSwitched: (silent: boolean) => void;
  onSwitchFocused: () => void;
}

/** Whether the banner has anything to say: a silent step running, or cards still hidden from an earlier one. */
export function silenceMatters(workshop: Workshop, board: Board | null): boolean {
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
  return isSilentStep(step) || (board !== null && boardCards(board).some((card) => card.hidden));
}

/**
 * Above the board while cards are hidden: how many ideas from how many people (and who, when the
 * workshop names authors), a Peek switch that only this screen follows, and Reveal.
 */
export function SilentBanner({ workshop, board, peek, onPeek, onRevealed, switchedTo, onSwitched, onSwitchFocused }: SilentBannerProps) {
  const { api, run } = useAppState();
  const { t, lang } = useI18n();
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
  const silent = isSilentStep(step);
  const loud = loudBoardStep(workshop);
  const tally = silentTally(boardCards(board), workshop.authorDisplay);
  const switchButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (switchedTo === null || switchedTo !== silent || !switchButton.current) return;
    switchButton.current.focus();
    onSwitchFocused();
  }, [switchedTo, silent, onSwitchFocused]);

  const setSilent = async (stepId: string, on: boolean): Promise<void> => {
    if (await run(api.stepSetSilent({ workshopId: workshop.id, stepId, silent: on }))) onSwitched(on);
  };

  const reveal = async (): Promise<void> => {
    const answer = await run(api.boardReveal({ workshopId: workshop.id }));
    if (answer) {
      onPeek(false);
      onRevealed(answer.revealed);
    }
  };

  return (
    <section className={`row row--spread row--wrap silent-banner${peek ? ' silent-banner--peek' : ''}`} aria-labelledby="silent-banner-title">
      <div className="silent-banner__text">
        <h2 id="silent-banner-title" className="silent-banner__title">
          {silent ? t('silent.banner.title') : t('silent.banner.off')}
        </h2>
        <p className="silent-banner__count" aria-live="polite">
          {silentCountLine(t, lang, tally.ideas, tally.people)}
        </p>
        {tally.writers.length > 0 && <p className="silent-banner__writers">{t('silent.writers', { names: tally.writers.join(', ') })}</p>}
        <p className="silent-banner__hint">{peek ? t('silent.peek.on') : t('silent.banner.hint')}</p>
      </div>
      <div className="silent-banner__actions">
        <button type="button" className="button" aria-pressed={peek} onClick={() => onPeek(!peek)}>
          {t('silent.peek')}
        </button>
        {silent && step && (
          <button ref={switchButton} type="button" className="button" onClick={() => void setSilent(step.id, false)}>
            {t('silent.stop')}
          </button>
        )}
        {loud && (
          <button ref={switchButton} type="button" className="button" title={t('silent.start.hint')} onClick={() => void setSilent(loud.id, true)}>
            {t('silent.start')}
          </button>
        )}
        <button type="button" className="button button--primary" disabled={tally.ideas === 0} onClick={() => void reveal()}>
          {t('silent.reveal')}
        </button>
      </div>
    </section>
  );
}
