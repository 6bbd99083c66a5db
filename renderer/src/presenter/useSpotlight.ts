import { useCallback } from 'react';
import { defaultSpotlight, type Spotlight } from '../../../shared/domain/spotlight';
import { useAppState } from '../app-state';
import { useFollowed } from '../useFollowed';

/** What the facilitator spotlights on the projector for a workshop, kept current by spotlightChanged pushes. */
export function useSpotlight(workshopId: string | null): Spotlight {
  const { api } = useAppState();
  return (
    useFollowed<Spotlight>(workshopId, {
      read: () => api.spotlightGet({ workshopId: workshopId ?? '' }),
      react: (event) =>
        event.type === 'spotlightChanged' && event.payload.workshopId === workshopId ? { kind: 'value', value: event.payload.spotlight } : undefined,
    }).value ?? defaultSpotlight(null)
  );
}

/** Sets the spotlight for the current step; errors (a step that just changed) go to the usual toasts. */
export function useSetSpotlight(workshopId: string): (spotlight: Spotlight) => void {
  const { api, run } = useAppState();
  return useCallback((spotlight: Spotlight) => void run(api.spotlightSet({ workshopId, spotlight })), [api, run, workshopId]);
}
