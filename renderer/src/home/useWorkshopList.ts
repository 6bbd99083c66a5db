import type { WorkshopSummary } from '../../../shared/domain/workshop';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';

export type ListView = 'current' | 'archived' | 'trash';
export type SortOrder = 'dateDesc' | 'dateAsc' | 'title';

/** The list for one view, read again whenever main says the list (or one workshop) changed. */
export function useWorkshopList(view: ListView) {
  const { api, run } = useAppState();
  const followed = useFollowed<WorkshopSummary[]>(view, {
    read: () => api.workshopsList({ view }),
    react: (event) => (event.type === 'workshopsChanged' || event.type === 'workshopChanged' ? { kind: 'read' } : undefined),
    onError: (error) => void run(Promise.resolve({ ok: false, error })),
  });
  return { items: followed.value ?? null, refresh: followed.refresh };
}

export function filterAndSort(items: WorkshopSummary[], query: string, sort: SortOrder, lang: string): WorkshopSummary[] {
  const needle = query.trim().toLocaleLowerCase(lang);
  const matching = needle
    ? items.filter((w) => w.title.toLocaleLowerCase(lang).includes(needle) || w.client.toLocaleLowerCase(lang).includes(needle))
    : items;
  const sorted = [...matching];
  if (sort === 'title') sorted.sort((a, b) => a.title.localeCompare(b.title, lang, { sensitivity: 'base' }));
  else sorted.sort((a, b) => (sort === 'dateAsc' ? 1 : -1) * (a.date.localeCompare(b.date) || a.updatedAt.localeCompare(b.updatedAt)));
  return sorted;
}
