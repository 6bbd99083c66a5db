import { useMemo } from 'react';
import type { Board } from '../../../shared/domain/board';
import type { WorkshopMatrices } from '../../../shared/domain/matrix';
import { useMatrices } from '../useMatrices';
import { boardAsSeen, boardCards, isSilentStep, silentTally, type SilentTally } from '../../../shared/domain/card-visibility';
import type { Spotlight } from '../../../shared/domain/spotlight';
import type { SharingStatus, WorkshopVoting } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { useFollowed } from '../useFollowed';
import { useBoard } from '../boards/useBoard';
import { useSharing, useWorkshopVoting } from '../voting/useVoting';
import { useSpotlight } from './useSpotlight';

/**
 * Everything the projector reads from main, in one place: the presented workshop, its board, its
 * votes, sharing and the facilitator's spotlight. Each follows main's pushes.
 */
export interface PresenterData {
  workshop: Workshop;
  /** The board as the room may see it: never a card hidden by silent writing. */
  board: Board | null;
  /** While cards wait to be revealed (or a silent step has none shown yet): the counts to show instead of the board. */
  silence: SilentTally | null;
  voting: WorkshopVoting | null;
  sharing: SharingStatus;
  spotlight: Spotlight;
  matrices: WorkshopMatrices | null;
}

/** The rest of what the projector shows of a presented workshop. */
export function useWorkshopProjection(workshop: Workshop): PresenterData {
  const { board: full } = useBoard(workshop.id);
  const voting = useWorkshopVoting(workshop.id);
  const sharing = useSharing();
  const spotlight = useSpotlight(workshop.id);
  const board = useMemo(() => full && boardAsSeen(full, { kind: 'projector' }), [full]);
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
  const silence = useMemo(() => {
    if (!full) return null;
    // The count while cards are hidden, or while a silent step has nothing revealed yet; once
    // revealed, the board (until new hidden cards come in).
    const tally = silentTally(boardCards(full), workshop.authorDisplay);
    const nothingShown = board !== null && boardCards(board).length === 0;
    return tally.ideas > 0 || (isSilentStep(step) && nothingShown) ? tally : null;
  }, [full, board, step, workshop.authorDisplay]);
  const matrices = useMatrices(workshop.id).value ?? null;
  return { workshop, board, silence, voting, sharing, spotlight, matrices };
}

/**
 * The workshop on the projector: undefined until the first answer, null when none is presented.
 * presenterChanged means "another workshop (or none)": read which; workshopChanged about the one
 * presented: read it again.
 */
export function usePresentedWorkshop(): Workshop | null | undefined {
  const { api } = useAppState();
  const followed = useFollowed<{ workshop: Workshop | null }>('presenter', {
    read: () => api.presenterGet({}),
    react: (event, shown) => {
      if (event.type === 'presenterChanged') return { kind: 'read' };
      if (event.type !== 'workshopChanged' || (shown && shown.workshop?.id !== event.payload.id)) return undefined;
      return { kind: 'read' };
    },
  });
  return followed.value?.workshop;
}
