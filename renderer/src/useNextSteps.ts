import type { NextStep } from '../../shared/domain/next-steps';
import { useAppState } from './app-state';
import { useFollowed } from './useFollowed';

/** A workshop's next steps, read again whenever main says they changed. */
export function useNextSteps(workshopId: string): NextStep[] | null {
  const { api } = useAppState();
  return (
    useFollowed<NextStep[]>(workshopId, {
      read: () => api.nextStepsList({ workshopId }),
      react: (event) =>
        event.type === 'nextStepsChanged' && event.payload.workshopId === workshopId ? { kind: 'read' } : undefined,
    }).value ?? null
  );
}

