import type { WorkshopMatrices } from '../../shared/domain/matrix';
import { useAppState } from './app-state';
import { useFollowed, type Followed } from './useFollowed';

/** A workshop's matrices, read again whenever main says they changed. */
export function useMatrices(workshopId: string | null): Followed<WorkshopMatrices> {
  const { api } = useAppState();
  return useFollowed<WorkshopMatrices>(workshopId === null ? null : `matrices:${workshopId}`, {
    read: () => api.matricesList({ workshopId: workshopId ?? '' }),
    react: (event) =>
      event.type === 'matricesChanged' && event.payload.workshopId === workshopId ? { kind: 'read' } : undefined,
  });
}
