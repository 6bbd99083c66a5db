import type { Step } from '../../shared/domain/workshop';

/** A discussion step of the agenda, named by its id, with the times it actually started and ended (ms), if it has run. */
export function step(id: string, plannedMinutes: number, actualStart: number | null = null, actualEnd: number | null = null): Step {
  return {
    id,
    kind: 'discussion',
    title: id,
    instructions: '',
    plannedMinutes,
    silent: false,
    actualStart: actualStart === null ? null : new Date(actualStart).toISOString(),
    actualEnd: actualEnd === null ? null : new Date(actualEnd).toISOString(),
  };
}
