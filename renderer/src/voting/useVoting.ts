import { SHARING_OFF, type Participant, type SharingStatus, type WorkshopVoting } from '../../../shared/domain/voting';
import { usePushedValue } from '../usePushedValue';

const NOBODY: Participant[] = [];

/** A workshop's voting sessions, kept current by main's votingChanged pushes (the whole view each time). */
export function useWorkshopVoting(workshopId: string | null): WorkshopVoting | null {
  return usePushedValue<WorkshopVoting | null>(
    null,
    workshopId,
    (api) => api.votingSessionsList({ workshopId: workshopId ?? '' }),
    (event) => (event.type === 'votingChanged' && event.payload.workshopId === workshopId ? event.payload : undefined),
  );
}

/** Whether the participant server runs, for which workshop, and how to join it. */
export function useSharing(): SharingStatus {
  return usePushedValue<SharingStatus>(
    SHARING_OFF,
    'sharing',
    (api) => api.sharingStatus({}),
    (event) => (event.type === 'sharingChanged' ? event.payload : undefined),
  );
}

/** The people who joined a workshop from their phones, connected or not. */
export function useParticipants(workshopId: string): Participant[] {
  return usePushedValue<Participant[]>(
    NOBODY,
    workshopId,
    (api) => api.participantsList({ workshopId }),
    (event) => (event.type === 'participantsChanged' && event.payload.workshopId === workshopId ? event.payload.participants : undefined),
  );
}
