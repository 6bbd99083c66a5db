import { SHARING_OFF, type Participant, type SharingStatus, type WorkshopVoting } from '../../../shared/domain/voting';
import { useFollowed } from '../useFollowed';
import { useAppState } from '../app-state';
import { workshopVotingSpec } from './follow-voting';

const NOBODY: Participant[] = [];

/** A workshop's voting sessions, kept current as main says its voting changed (see workshopVotingSpec). */
export function useWorkshopVoting(workshopId: string | null): WorkshopVoting | null {
  const { api } = useAppState();
  return useFollowed<WorkshopVoting>(workshopId, workshopVotingSpec(api, workshopId ?? '')).value ?? null;
}

/** Whether the participant server runs, for which workshop, and how to join it. */
export function useSharing(): SharingStatus {
  const { api } = useAppState();
  return (
    useFollowed<SharingStatus>('sharing', {
      read: () => api.sharingStatus({}),
      react: (event) => (event.type === 'sharingChanged' ? { kind: 'read' } : undefined),
    }).value ?? SHARING_OFF
  );
}

/** The people who joined a workshop from their phones, connected or not. */
export function useParticipants(workshopId: string): Participant[] {
  const { api } = useAppState();
  return (
    useFollowed<Participant[]>(workshopId, {
      read: () => api.participantsList({ workshopId }),
      react: (event) => (event.type === 'participantsChanged' && event.payload.workshopId === workshopId ? { kind: 'read' } : undefined),
    }).value ?? NOBODY
  );
}
