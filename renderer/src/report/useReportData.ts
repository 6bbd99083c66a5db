import type { ReportData } from '../../../shared/domain/report';
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
      return event.payload.workshopId;
    case 'votingChanged':
      // Ballots change nothing the deliverable shows until a reveal, which is not ballots only.
      return event.payload.ballotsOnly ? null : event.payload.workshopId;
    default:
      return null;
  }
}

/** The deliverable's data for the preview, read again whenever what it shows changes. */
export function useReportData(workshopId: string): { data: ReportData | null; missing: boolean } {
  const { api } = useAppState();
  const followed = useFollowed<ReportData>(workshopId, {
    read: () => api.reportData({ workshopId }),
    // A burst of edits (a drag, a vote reveal) costs one read under way and one after it.
    react: (event) => (workshopOf(event) === workshopId ? { kind: 'read' } : undefined),
  });
  return { data: followed.value ?? null, missing: followed.error !== null };
}
