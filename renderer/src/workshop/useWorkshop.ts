import { useEffect, useState } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import type { AtelierApi } from '../../../shared/ipc/contract';
import { readEarly, takeEarly } from '../api/early-reads';
import { useAppState } from '../app-state';

const workshopKey = (id: string): string => `workshop:${id}`;

/** Starts reading a workshop now, for the workshop screen about to open (see early-reads.ts). */
export function prefetchWorkshop(api: AtelierApi, id: string): void {
  readEarly(workshopKey(id), () => api.workshopGet({ id }));
}

/** One workshop, kept current by main's workshopChanged pushes. */
export function useWorkshop(id: string): { workshop: Workshop | null; missing: boolean } {
  const { api, client } = useAppState();
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    setWorkshop(null);
    setMissing(false);
    void takeEarly(workshopKey(id), () => api.workshopGet({ id })).then((result) => {
      if (!live) return;
      if (result.ok) setWorkshop(result.value);
      else setMissing(true);
    });
    const off = client.events.subscribe((event) => {
      if (event.type === 'workshopChanged' && event.payload.id === id) setWorkshop(event.payload);
    });
    return () => {
      live = false;
      off();
    };
  }, [api, client, id]);

  return { workshop, missing };
}
