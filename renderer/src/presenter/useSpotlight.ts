import { useCallback } from 'react';
import { defaultSpotlight, type Spotlight } from '../../../shared/domain/spotlight';
import { usePushedValue } from '../api/usePushedValue';
import { useAppState } from '../app-state';

/** What the facilitator spotlights on the projector for a workshop, kept current by spotlightChanged pushes. */
export function useSpotlight(workshopId: string | null): Spotlight {
  return usePushedValue<Spotlight>(
    defaultSpotlight(null),
    workshopId,
    (api) => api.spotlightGet({ workshopId: workshopId ?? '' }),
    (event) => (event.type === 'spotlightChanged' && event.payload.workshopId === workshopId ? event.payload.spotlight : undefined),
  );
}

/** Sets the spotlight for the current step; errors (a step that just changed) go to the usual toasts. */
export function useSetSpotlight(workshopId: string): (spotlight: Spotlight) => void {
  const { api, run } = useAppState();
  return useCallback((spotlight: Spotlight) => void run(api.spotlightSet({ workshopId, spotlight })), [api, run, workshopId]);
}
