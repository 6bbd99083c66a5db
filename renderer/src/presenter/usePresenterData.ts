import type { Board } from '../../../shared/domain/board';
import type { WorkshopMatrices } from '../../../shared/domain/matrix';
import { useMatrices } from '../useMatrices';
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
  board: Board | null;
  voting: WorkshopVoting | null;
  sharing: SharingStatus;
  spotlight: Spotlight;
  matrices: WorkshopMatrices | null;
}

/** The rest of what the projector shows of a presented workshop. */
export function useWorkshopProjection(workshop: Workshop): PresenterData {
  const { board } = useBoard(workshop.id);
  const voting = useWorkshopVoting(workshop.id);
  const sharing = useSharing();
  const spotlight = useSpotlight(workshop.id);
  const matrices = useMatrices(workshop.id).value ?? null;
  return { workshop, board, voting, sharing, spotlight, matrices };
}

/**
 * The workshop on the projector: undefined until the first answer, null when none is presented.
 * presenterChanged means "another workshop (or none)": read which. workshopChanged carries the
 * whole new state of a workshop: taken when it is the one presented.
 */
export function usePresentedWorkshop(): Workshop | null | undefined {
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
