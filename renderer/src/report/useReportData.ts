import { useEffect, useState } from 'react';
import type { ReportData } from '../../../shared/domain/report';
import { useAppState } from '../app-state';

/** Pushes that change what the deliverable shows; the preview refetches after a short pause. */
const REPORT_EVENTS = new Set(['workshopChanged', 'boardChanged', 'votingChanged', 'nextStepsChanged']);
const REFRESH_DELAY_MS = 250;

/** The deliverable's data for the preview, kept current while the workshop changes. */
export function useReportData(workshopId: string): { data: ReportData | null; missing: boolean } {
  const { api, client } = useAppState();
  const [data, setData] = useState<ReportData | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = (): void => {
      void api.reportData({ workshopId }).then((result) => {
        if (!live) return;
        if (result.ok) setData(result.value);
        else setMissing(true);
      });
    };
    load();
    const off = client.events.subscribe((event) => {
      if (!REPORT_EVENTS.has(event.type)) return;
      const payload = event.payload as { id?: string; workshopId?: string };
      if ((payload.workshopId ?? payload.id) !== workshopId) return;
      // A burst of edits (a drag, a vote reveal) refreshes once.
      if (timer) clearTimeout(timer);
      timer = setTimeout(load, REFRESH_DELAY_MS);
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      off();
    };
  }, [api, client, workshopId]);

  return { data, missing };
}
