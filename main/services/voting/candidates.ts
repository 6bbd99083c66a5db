import type { Card, CardContainer, CardGroup } from '../../../shared/domain/board';
import { groupsWithMembers, sameContainer } from '../../../shared/domain/card-groups';
import { groupItemText, type CandidateList, type ItemOrigin, type VotingCandidate } from '../../../shared/domain/voting';
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
 * What can become voting items, in board order: every journey map's pain-point cells (lanes of
 * kind painPoints, hidden or not) stage by stage, then each persona's frustrations. In each list,
 * as it is drawn (shared/domain/card-groups.ts): a group is offered once, with its cards beneath,
 * and its cards are not offered on their own; a loose card is offered as itself. Cards still hidden
 * by silent writing are not offered (nor counted in a group) until the reveal: nobody has seen them.
 */
export function listCandidates(db: ReadableDB, workshopId: string): VotingCandidate[] {
  const { personas, journeyMaps } = readBoardContent(db, workshopId);
  const personaNames = new Map(personas.map((p) => [p.id, p.name]));
  const out: VotingCandidate[] = [];

  for (const map of journeyMaps) {
    const painLanes = map.lanes.filter((l) => l.kind === 'painPoints');
    for (const stage of [...map.stages].sort((a, b) => a.position - b.position)) {
      const origin: ItemOrigin = {
        mapId: map.id,
        mapTitle: map.title,
        stageId: stage.id,
        stageTitle: stage.title,
        personaId: map.personaId,
        personaName: map.personaId === null ? null : (personaNames.get(map.personaId) ?? null),
      };
      // Lanes in their order, so two pain-point lanes of one stage read top to bottom.
      for (const lane of [...painLanes].sort((a, b) => a.position - b.position)) {
        const container: CardContainer = { kind: 'cell', mapId: map.id, stageId: stage.id, laneId: lane.id };
        const cards = map.cards.filter((c) => sameContainer(c.container, container));
        const groups = map.groups.filter((g) => sameContainer(g.container, container));
        out.push(...listEntries(cards, groups, 'painPoint', origin, container));
      }
    }
  }

  for (const persona of personas) {
    const origin: ItemOrigin = { mapId: null, mapTitle: null, stageId: null, stageTitle: null, personaId: persona.id, personaName: persona.name };
    for (const section of persona.sections) {
      if (!isFrustrationsSection(section.title)) continue;
      out.push(...listEntries(section.cards, section.groups, 'frustration', origin, { kind: 'section', sectionId: section.id }));
    }
  }
  return out;
}

function listEntries(
  cards: readonly Card[],
  groups: readonly CardGroup[],
  list: CandidateList,
  origin: ItemOrigin,
  container: CardContainer,
): VotingCandidate[] {
  const shown = cards.filter((card) => !card.hidden);
  return groupsWithMembers(shown, groups).map((entry) =>
    entry.kind === 'card'
      ? { kind: 'card', cardId: entry.card.id, text: entry.card.text, source: list, list, container, ...origin }
      : {
          kind: 'group',
          groupId: entry.group.id,
          text: groupItemText(entry.group.title, entry.cards.map((c) => c.text)),
          source: 'group',
          list,
          members: entry.cards.map((c) => ({ cardId: c.id, text: c.text })),
          container,
          ...origin,
        },
  );
}
