import { useEffect, useState } from 'react';
import { SHARING_OFF, type Participant, type SharingStatus, type WorkshopVoting } from '../../../shared/domain/voting';
import { useAppState } from '../app-state';

/**
 * A workshop's voting sessions, kept current by main's votingChanged pushes (the whole view each
 * time). A fetch that was in flight when a newer push arrived must not overwrite that push.
 */
export function useWorkshopVoting(workshopId: string | null): WorkshopVoting | null {
  const { client } = useAppState();
  const [voting, setVoting] = useState<WorkshopVoting | null>(null);

  useEffect(() => {
    setVoting(null);
    if (workshopId === null) return;
    let active = true;
    let pushes = 0;
    const load = async (): Promise<void> => {
      const startedAt = pushes;
      const result = await client.api.votingSessionsList({ workshopId });
      if (active && result.ok && pushes === startedAt) setVoting(result.value);
    };
    const offEvents = client.events.subscribe((event) => {
      if (event.type !== 'votingChanged' || event.payload.workshopId !== workshopId) return;
      pushes += 1;
      setVoting(event.payload);
    });
    const offConnection = client.events.onConnectionChange((connected) => {
      if (connected) void load();
    });
    void load();
    return () => {
      active = false;
      offEvents();
      offConnection();
    };
  }, [client, workshopId]);

  return voting;
}

/** Whether the participant server runs, for which workshop, and how to join it. */
export function useSharing(): SharingStatus {
  const { client } = useAppState();
  const [status, setStatus] = useState<SharingStatus>(SHARING_OFF);

  useEffect(() => {
    let active = true;
    let pushes = 0;
    const load = async (): Promise<void> => {
      const startedAt = pushes;
      const result = await client.api.sharingStatus({});
      if (active && result.ok && pushes === startedAt) setStatus(result.value);
    };
    const offEvents = client.events.subscribe((event) => {
      if (event.type !== 'sharingChanged') return;
      pushes += 1;
      setStatus(event.payload);
    });
    const offConnection = client.events.onConnectionChange((connected) => {
      if (connected) void load();
    });
    void load();
    return () => {
      active = false;
      offEvents();
      offConnection();
    };
  }, [client]);

  return status;
}

/** The people who joined a workshop from their phones, connected or not. */
export function useParticipants(workshopId: string): Participant[] {
  const { client } = useAppState();
  const [participants, setParticipants] = useState<Participant[]>([]);

  useEffect(() => {
    let active = true;
    let pushes = 0;
    setParticipants([]);
    const load = async (): Promise<void> => {
      const startedAt = pushes;
      const result = await client.api.participantsList({ workshopId });
      if (active && result.ok && pushes === startedAt) setParticipants(result.value);
    };
    const offEvents = client.events.subscribe((event) => {
      if (event.type !== 'participantsChanged' || event.payload.workshopId !== workshopId) return;
      pushes += 1;
      setParticipants(event.payload.participants);
    });
    const offConnection = client.events.onConnectionChange((connected) => {
      if (connected) void load();
    });
    void load();
    return () => {
      active = false;
      offEvents();
      offConnection();
    };
  }, [client, workshopId]);

  return participants;
}
