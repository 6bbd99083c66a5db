import type { CardContainer } from '../shared/domain/board';
import type { Language } from '../shared/domain/settings';
import type { Core } from '../main/core';
import type { ChannelName, InputOf, OutputOf } from '../shared/ipc/contract';

/** One call through the real dispatcher, as the browser host makes it; a refusal throws, named. */
export async function call<K extends ChannelName>(core: Core, channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await core.dispatch(channel, input, { origin: 'web' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<K>;
}

/** A workshop from the discovery template with one persona and a journey map for them, and the map's cells. */
export async function workshopWithJourney(core: Core, language: Language, personaName: string) {
  const workshop = await call(core, 'workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title: 'Bench', client: '', date: '2025-06-02', language, facilitator: '', participants: [] },
  });
  const persona = await call(core, 'personaCreate', { workshopId: workshop.id, name: personaName });
  const map = await call(core, 'journeyCreate', { workshopId: workshop.id, personaId: persona.id });
  const cells: CardContainer[] = map.stages.flatMap((stage) => map.lanes.map((lane) => ({ kind: 'cell' as const, mapId: map.id, stageId: stage.id, laneId: lane.id })));
  return { workshop, persona, map, cells };
}

const WORDS = 'queue desk booking invoice breakfast wifi room key parking lift shower noise view bill loyalty points app email call smile delay'.split(' ');

/** A short card text that varies with i, so a seeded board reads like a real one. */
export const sentence = (i: number): string => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]} — note ${i + 1}`;

/** Runs a bench's main; a failure is printed and the process ends with code 1 once all is closed. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
