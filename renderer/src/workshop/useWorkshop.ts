import type { Workshop } from '../../../shared/domain/workshop';
import { earlyKey, takeEarly } from '../api/early-reads';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';

/** One workshop, kept current by main's workshopChanged pushes (each carries the whole workshop, a few kilobytes). */
export function useWorkshop(id: string): { workshop: Workshop | null; missing: boolean } {
  const { api } = useAppState();
  const followed = useFollowed<Workshop>(id, {
    read: (first) => (first ? takeEarly(earlyKey.workshop(id), () => api.workshopGet({ id })) : api.workshopGet({ id })),
    react: (event) => (event.type === 'workshopChanged' && event.payload.id === id ? { kind: 'value', value: event.payload } : undefined),
  });
  return { workshop: followed.value ?? null, missing: followed.error !== null };
}
