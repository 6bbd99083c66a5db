import { useEffect, useRef } from 'react';
import { loudBoardStep } from '../../../shared/domain/card-visibility';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import './SilentBanner.css';

export interface SilentStartProps {
  workshop: Workshop;
  /** The silence was just ended from the banner: this button takes the focus once shown. */
  focus: boolean;
  onFocused: () => void;
  onStarted: () => void;
}

/**
 * Above the board while a persona or journey step runs aloud: one button starts silent writing
 * live, without the agenda. The banner that replaces it ends it (its "End silence" button).
 */
export function SilentStart({ workshop, focus, onFocused, onStarted }: SilentStartProps) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  const step = loudBoardStep(workshop);
  useEffect(() => {
    if (!focus || !button.current) return;
    button.current.focus();
    onFocused();
  }, [focus, step?.id, onFocused]);
  if (!step) return null;

  const start = async (): Promise<void> => {
    if (await run(api.stepSetSilent({ workshopId: workshop.id, stepId: step.id, silent: true }))) onStarted();
  };

  return (
    <div className="row row--wrap silent-start">
      <p className="silent-start__hint" id="silent-start-hint">
        {t('silent.start.hint')}
      </p>
      <button ref={button} type="button" className="button button--small" aria-describedby="silent-start-hint" onClick={() => void start()}>
        {t('silent.start')}
      </button>
    </div>
  );
}
