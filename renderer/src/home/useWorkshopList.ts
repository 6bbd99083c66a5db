import { useCallback, useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';

export type ListView = 'current' | 'archived' | 'trash';
export type SortOrder = 'dateDesc' | 'dateAsc' | 'title';

/** The list for one view, refreshed whenever main says the list changed. */
export function useWorkshopList(view: ListView) {
  const { api, run, client } = useAppState();
  const [items, setItems] = useState<WorkshopSummary[] | null>(null);

  const refresh = useCallback(async () => {
    const list = await run(api.workshopsList({ view }));
    if (list) setItems(list);
  }, [api, run, view]);

  useEffect(() => {
    void refresh();
    return client.events.subscribe((event) => {
      if (event.type === 'workshopsChanged' || event.type === 'workshopChanged') void refresh();
    });
  }, [client, refresh]);

  return { items, refresh };
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
