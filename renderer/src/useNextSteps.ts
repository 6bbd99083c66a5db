import type { NextStep } from '../../shared/domain/next-steps';
import { useAppState } from './app-state';
import { useFollowed } from './useFollowed';

/** A workshop's next steps, kept current by nextStepsChanged pushes (each carries the whole list). */
export function useNextSteps(workshopId: string): NextStep[] | null {
  const { api } = useAppState();
  return (
    useFollowed<NextStep[]>(workshopId, {
      read: () => api.nextStepsList({ workshopId }),
      react: (event) =>
        event.type === 'nextStepsChanged' && event.payload.workshopId === workshopId ? { kind: 'value', value: event.payload.steps } : undefined,
    }).value ?? null
  );
}

