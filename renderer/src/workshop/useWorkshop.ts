import type { Workshop } from '../../../shared/domain/workshop';
import { earlyKey, takeEarly } from '../api/early-reads';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';

/** One workshop, read again whenever main says it changed. */
export function useWorkshop(id: string): { workshop: Workshop | null; missing: boolean } {
  const { api } = useAppState();
  const followed = useFollowed<Workshop>(id, {
    read: (first) => (first ? takeEarly(earlyKey.workshop(id), () => api.workshopGet({ id })) : api.workshopGet({ id })),
    react: (event) => (event.type === 'workshopChanged' && event.payload.id === id ? { kind: 'read' } : undefined),
  });
  return { workshop: followed.value ?? null, missing: followed.error !== null };
}
