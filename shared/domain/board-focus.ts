import type { Board, Card, JourneyMap, Persona } from './board';

/** Which persona, map and card a spotlight means on a board: pure look-ups shared by the laptop and the projector. */

const byPosition = <T extends { position: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.position - b.position);

/** The persona asked for, else the primary one, else the first. */
export function focusedPersona(board: Pick<Board, 'personas'>, personaId: string | null): Persona | null {
  const personas = byPosition(board.personas);
  return personas.find((p) => p.id === personaId) ?? personas.find((p) => p.primary) ?? personas[0] ?? null;
}

/** The map asked for, else the primary persona's, else the first. */
export function focusedMap(board: Pick<Board, 'personas' | 'journeyMaps'>, mapId: string | null): JourneyMap | null {
  const maps = byPosition(board.journeyMaps);
  const persona = focusedPersona(board, null);
  return maps.find((m) => m.id === mapId) ?? maps.find((m) => persona !== null && m.personaId === persona.id) ?? maps[0] ?? null;
}

export type CardPlace =
  | { kind: 'section'; card: Card; persona: Persona; sectionTitle: string }
  | { kind: 'cell'; card: Card; map: JourneyMap; stageTitle: string; laneTitle: string };

/** Where a card is on the board, or null once it is gone. */
export function findCard(board: Pick<Board, 'personas' | 'journeyMaps'>, cardId: string): CardPlace | null {
  for (const persona of board.personas) {
    for (const section of persona.sections) {
      const card = section.cards.find((c) => c.id === cardId);
      if (card) return { kind: 'section', card, persona, sectionTitle: section.title };
    }
  }
  for (const map of board.journeyMaps) {
    const card = map.cards.find((c) => c.id === cardId);
    if (card && card.container.kind === 'cell') {
      const { stageId, laneId } = card.container;
      return {
        kind: 'cell',
        card,
        map,
        stageTitle: map.stages.find((s) => s.id === stageId)?.title ?? '',
        laneTitle: map.lanes.find((l) => l.id === laneId)?.title ?? '',
      };
    }
  }
  return null;
}

/** The stage `by` places before (−1) or after (+1) `stageId` on its map, or null at either end. */
export function neighbourStage(map: Pick<JourneyMap, 'stages'>, stageId: string, by: -1 | 1): string | null {
  const stages = byPosition(map.stages);
  const at = stages.findIndex((s) => s.id === stageId);
  return at === -1 ? null : (stages[at + by]?.id ?? null);
}
