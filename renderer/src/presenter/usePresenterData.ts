import { useEffect, useState } from 'react';
import type { Board } from '../../../shared/domain/board';
import type { Spotlight } from '../../../shared/domain/spotlight';
import type { SharingStatus, WorkshopVoting } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
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
}

/** The rest of what the projector shows of a presented workshop. */
export function useWorkshopProjection(workshop: Workshop): PresenterData {
  const { board } = useBoard(workshop.id);
  const voting = useWorkshopVoting(workshop.id);
  const sharing = useSharing();
  const spotlight = useSpotlight(workshop.id);
  return { workshop, board, voting, sharing, spotlight };
}

/**
 * The workshop on the projector: undefined until the first answer, null when none is presented.
 * presenterChanged means "another workshop (or none)": fetch it. workshopChanged carries the full
 * new state, so it replaces ours directly. A fetch that was in flight when a newer push arrived
 * must not overwrite that push.
 */
export function usePresentedWorkshop(): Workshop | null | undefined {
  const { client } = useAppState();
  const [workshop, setWorkshop] = useState<Workshop | null | undefined>(undefined);

  useEffect(() => {
    let active = true;
    let pushes = 0;
    const pushed = new Map<string, { workshop: Workshop; at: number }>();

    const load = async (): Promise<void> => {
      const startedAt = pushes;
      const result = await client.api.presenterGet({});
      if (!active || !result.ok) return;
      const fetched = result.value.workshop;
      const newer = fetched ? pushed.get(fetched.id) : undefined;
      setWorkshop(newer && newer.at > startedAt ? newer.workshop : fetched);
    };

    const offEvents = client.events.subscribe((event) => {
      if (event.type === 'presenterChanged') void load();
      if (event.type === 'workshopChanged') {
        pushes += 1;
        pushed.set(event.payload.id, { workshop: event.payload, at: pushes });
        setWorkshop((current) => (current && current.id === event.payload.id ? event.payload : current));
      }
    });
    // After a lost connection, pushes may have been missed.
    const offConnection = client.events.onConnectionChange((connected) => {
      if (connected) void load();
    });
    void load();
    return () => {
      active = false;
      offEvents();
      offConnection();
    };
  }, [client]);

  return workshop;
}
