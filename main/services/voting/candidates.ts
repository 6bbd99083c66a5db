import type { VotingCandidate } from '../../../shared/domain/voting';
import { DEFAULT_PERSONA_SECTIONS } from '../../../shared/templates/defaults';
import { readBoardContent } from '../../store/board-read-repo';
import type { ReadableDB } from '../../store/types';

/**
 * Which persona section holds frustrations. Decided by title, not position: facilitators reorder,
 * add and remove sections (sectionsReorder, sectionAdd), so "the fifth section" soon names another
 * one, while the title is what they read and type. A section counts when its title, ignoring case,
 * accents and surrounding spaces, is the default frustrations title in either language — plus the
 * singular, which people type.
 */
export const FRUSTRATIONS_SECTION = DEFAULT_PERSONA_SECTIONS.find((s) => s.en === 'Frustrations') ?? { fr: 'Frustrations', en: 'Frustrations' };
const FRUSTRATION_TITLES = new Set(
  [FRUSTRATIONS_SECTION.fr, FRUSTRATIONS_SECTION.en, 'Frustration'].map(normalizeTitle),
);

export function normalizeTitle(title: string): string {
  return title.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();
}

export function isFrustrationsSection(title: string): boolean {
  return FRUSTRATION_TITLES.has(normalizeTitle(title));
}

/**
 * Cards that can become voting items, in board order: every journey map's pain-point cards
 * (lanes of kind painPoints, hidden or not) stage by stage, then each persona's frustrations.
 */
export function listCandidates(db: ReadableDB, workshopId: string): VotingCandidate[] {
  const { personas, journeyMaps } = readBoardContent(db, workshopId);
  const personaNames = new Map(personas.map((p) => [p.id, p.name]));
  const out: VotingCandidate[] = [];

  for (const map of journeyMaps) {
    const painLanes = new Set(map.lanes.filter((l) => l.kind === 'painPoints').map((l) => l.id));
    const stageOrder = new Map(map.stages.map((s) => [s.id, s.position]));
    const stageTitles = new Map(map.stages.map((s) => [s.id, s.title]));
    const cards = map.cards
      .filter((c) => c.container.kind === 'cell' && painLanes.has(c.container.laneId))
      .sort((a, b) => stageRank(a.container, stageOrder) - stageRank(b.container, stageOrder) || a.position - b.position);
    for (const card of cards) {
      const stageId = card.container.kind === 'cell' ? card.container.stageId : null;
      out.push({
        cardId: card.id,
        text: card.text,
        source: 'painPoint',
        mapId: map.id,
        mapTitle: map.title,
        stageId,
        stageTitle: stageId === null ? null : (stageTitles.get(stageId) ?? null),
        personaId: map.personaId,
        personaName: map.personaId === null ? null : (personaNames.get(map.personaId) ?? null),
      });
    }
  }

  for (const persona of personas) {
    for (const section of persona.sections) {
      if (!isFrustrationsSection(section.title)) continue;
      for (const card of section.cards) {
        out.push({
          cardId: card.id,
          text: card.text,
          source: 'frustration',
          mapId: null,
          mapTitle: null,
          stageId: null,
          stageTitle: null,
          personaId: persona.id,
          personaName: persona.name,
        });
      }
    }
  }
  return out;
}

function stageRank(container: { kind: string; stageId?: string }, order: Map<string, number>): number {
  return container.stageId === undefined ? 0 : (order.get(container.stageId) ?? 0);
}
