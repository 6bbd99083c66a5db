import { useEffect, useState } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import { earlyKey, takeEarly } from '../api/early-reads';
import { useAppState } from '../app-state';

/** One workshop, kept current by main's workshopChanged pushes. */
export function useWorkshop(id: string): { workshop: Workshop | null; missing: boolean } {
  const { api, client } = useAppState();
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    setWorkshop(null);
    setMissing(false);
    void takeEarly(earlyKey.workshop(id), () => api.workshopGet({ id })).then((result) => {
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
