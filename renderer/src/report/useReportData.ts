import { useRef } from 'react';
import type { ReportData } from '../../../shared/domain/report';
import type { Language } from '../../../shared/domain/settings';
import type { AppEvent } from '../../../shared/ipc/contract';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';

/** The workshop the event is about, for the pushes that change what the deliverable shows. */
function workshopOf(event: AppEvent): string | null {
  switch (event.type) {
    case 'workshopChanged':
      return event.payload.id;
    case 'boardChanged':
    case 'nextStepsChanged':
    case 'matricesChanged':
      return event.payload.workshopId;
    case 'settingsChanged':
      // The deliverable settings (the firm's name, logo, colour) show on every workshop's pages.
      return '*';
    case 'votingChanged':
      // Ballots change nothing the deliverable shows until a reveal, which is not ballots only.
      return event.payload.ballotsOnly ? null : event.payload.workshopId;
    default:
      return null;
  }
}

/** The deliverable's data for the preview (in the report's language), read again whenever what it shows changes. */
export function useReportData(workshopId: string, language: Language | null = null): { data: ReportData | null; missing: boolean } {
  const { api } = useAppState();
  const followed = useFollowed<ReportData>(`${workshopId}:${language ?? 'workshop'}`, {
    read: () => api.reportData({ workshopId, language }),
    // A burst of edits (a drag, a vote reveal) costs one read under way and one after it.
    react: (event) => {
      const about = workshopOf(event);
      return about === workshopId || about === '*' ? { kind: 'read' } : undefined;
    },
  });
  // While the report is read again in another language, the pages (and the open dialog) keep the last read.
  const last = useRef<ReportData | null>(null);
  if (followed.value) last.current = followed.value;
  const shown = followed.value ?? (last.current?.workshop.id === workshopId ? last.current : null);
  return { data: shown, missing: followed.error !== null };
}
