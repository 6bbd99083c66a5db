import { useEffect, useMemo, useRef } from 'react';
import type { Board } from '../../../shared/domain/board';
import { findCard, focusedMap, focusedPersona } from '../../../shared/domain/board-focus';
import { projectWorkshop, type Projection } from '../../../shared/domain/projection';
import { spotlightFor, type Spotlight, type SpotlightFocus } from '../../../shared/domain/spotlight';
import type { VotingSessionView } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useBoard } from '../boards/useBoard';
import type { I18n } from '../i18n';
import { currentSession } from './PresenterVoting';
import { useSharing, useWorkshopVoting } from '../voting/useVoting';
import { useSetSpotlight, useSpotlight } from './useSpotlight';

/** What the laptop knows of the projector, and how it changes it. */
export interface SpotlightControls {
  workshop: Workshop;
  spotlight: Spotlight;
  /** What the projector shows now, computed as the projector does. */
  projection: Projection;
  board: Board | null;
  session: VotingSessionView | null;
  sharingOn: boolean;
  /** The spotlight as last asked for from here (it may not have come back from main yet). */
  latest: () => Spotlight;
  /** Puts `focus` on the projector (back to the first page). */
  show: (focus: SpotlightFocus) => void;
  /** Changes the page or the instructions, keeping the focus. */
  update: (patch: Partial<Pick<Spotlight, 'page' | 'instructionsCollapsed'>>) => void;
}

/**
 * What the laptop knows of the projector for a workshop, and how to change it: the spotlight,
 * the vote, sharing and the board, each following main's pushes.
 */
export function useSpotlightControls(workshop: Workshop): SpotlightControls {
  const spotlight = useSpotlight(workshop.id);
  const set = useSetSpotlight(workshop.id);
  const voting = useWorkshopVoting(workshop.id);
  const sharing = useSharing();
  const { board } = useBoard(workshop.id);
  // What this laptop asked for and main has not echoed yet: two keys pressed within one round
  // trip (→ →) must move two stages, not twice to the same one.
  const requested = useRef<Spotlight | null>(null);
  const shown = spotlightFor(spotlight, workshop.currentStepId);
  useEffect(() => {
    if (requested.current && JSON.stringify(requested.current) === JSON.stringify(shown)) requested.current = null;
  });
  return useMemo<SpotlightControls>(() => {
    // A spotlight set on another step no longer applies: start from the current step's.
    const base = spotlightFor(spotlight, workshop.currentStepId);
    const latest = (): Spotlight => (requested.current?.stepId === workshop.currentStepId ? requested.current : base);
    const request = (next: Spotlight): void => {
      requested.current = next;
      set(next);
    };
    return {
      workshop,
      spotlight: base,
      projection: projectWorkshop(workshop, voting, sharing, base),
      board,
      session: currentSession(voting),
      sharingOn: sharing.active && sharing.workshopId === workshop.id,
      latest,
      show: (focus) => request({ ...latest(), focus, page: null }),
      update: (patch) => request({ ...latest(), ...patch }),
    };
  }, [workshop, spotlight, voting, sharing, board, set]);
}

/** "the stage “Purchase”", "the vote results"…: what the projector shows, in words. */
export function projectedLabel(t: I18n['t'], controls: Pick<SpotlightControls, 'projection' | 'board'>): string {
  const { screen } = controls.projection;
  const board = controls.board;
  switch (screen.kind) {
    case 'board': {
      const view = screen.board;
      if (view.kind === 'persona') {
        const persona = board ? focusedPersona(board, view.personaId) : null;
        const section = view.sectionId ? persona?.sections.find((s) => s.id === view.sectionId) : undefined;
        return section ? t('spotlight.what.section', { title: section.title }) : t('spotlight.what.persona');
      }
      const map = board ? focusedMap(board, view.mapId) : null;
      const stage = view.stageId ? map?.stages.find((s) => s.id === view.stageId) : undefined;
      const lane = view.laneId ? map?.lanes.find((l) => l.id === view.laneId) : undefined;
      if (stage) return t('spotlight.what.stage', { title: stage.title });
      if (lane) return t('spotlight.what.lane', { title: lane.title });
      return t('spotlight.what.journey');
    }
    case 'card': {
      const place = board ? findCard(board, screen.cardId) : null;
      return place ? `${t('spotlight.what.card')} · ${place.card.text.slice(0, 40)}` : t('spotlight.what.card');
    }
    case 'vote-count':
      return t('spotlight.what.vote');
    case 'clock':
    case 'break':
    case 'results':
    case 'join':
    case 'blank':
    case 'recap':
      return t(`spotlight.what.${screen.kind}`);
    default:
      return '';
  }
}
