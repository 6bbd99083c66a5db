import type { WorkshopMatrices } from '../../shared/domain/matrix';
import { useAppState } from './app-state';
import { useFollowed, type Followed } from './useFollowed';

/** A workshop's matrices, kept current by matricesChanged pushes (each carries all of them). */
export function useMatrices(workshopId: string | null): Followed<WorkshopMatrices> {
  const { api } = useAppState();
  return useFollowed<WorkshopMatrices>(workshopId === null ? null : `matrices:${workshopId}`, {
    read: () => api.matricesList({ workshopId: workshopId ?? '' }),
    react: (event) =>
      event.type === 'matricesChanged' && event.payload.workshopId === workshopId ? { kind: 'value', value: event.payload } : undefined,
  });
}
