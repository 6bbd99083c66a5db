import type { Board, Card, CardContainer, CardGroup, JourneyMap, Persona, PersonaSection } from '../../../shared/domain/board';
import { containerKey, findCard } from '../../../shared/domain/card-location';

/*
 * A board read again (after a change pushed as "read again", or a lost link) comes rebuilt from
 * JSON: every card would be a new object and every memoised card would render again — 1,000 of
 * them for one renamed stage. These functions keep the previous object wherever nothing changed,
 * so React.memo can skip it.
 */

function sameContainer(a: CardContainer, b: CardContainer): boolean {
  if (a.kind === 'section' && b.kind === 'section') return a.sectionId === b.sectionId;
  if (a.kind === 'cell' && b.kind === 'cell') return a.mapId === b.mapId && a.stageId === b.stageId && a.laneId === b.laneId;
  return false;
}

export function sameCard(a: Card, b: Card): boolean {
  return (
    a.id === b.id &&
    a.position === b.position &&
    a.text === b.text &&
    a.color === b.color &&
    a.author === b.author &&
    a.severity === b.severity &&
    a.momentOfTruthId === b.momentOfTruthId &&
    a.measureType === b.measureType &&
    a.updatedAt === b.updatedAt &&
    a.groupId === b.groupId &&
    a.mergedFrom.length === b.mergedFrom.length &&
    a.mergedFrom.every((merged, index) => merged.id === b.mergedFrom[index]?.id) &&
    sameContainer(a.container, b.container)
  );
}

function sameGroup(a: CardGroup, b: CardGroup): boolean {
  return a.id === b.id && a.title === b.title && a.collapsed === b.collapsed && a.updatedAt === b.updatedAt && sameContainer(a.container, b.container);
}

const shareGroup = (before: CardGroup, after: CardGroup): CardGroup => (sameGroup(before, after) ? before : after);

/** The next list, made of the previous objects wherever they are equal; the previous list itself if nothing changed. */
function shareList<T extends { id: string }>(previous: readonly T[], next: readonly T[], share: (before: T, after: T) => T): T[] {
  const byId = new Map(previous.map((item) => [item.id, item]));
  let changed = previous.length !== next.length;
  const result = next.map((item, index) => {
    const before = byId.get(item.id);
    const kept = before ? share(before, item) : item;
    if (kept !== previous[index]) changed = true;
    return kept;
  });
  return changed ? result : (previous as T[]);
}

const shareCard = (before: Card, after: Card): Card => (sameCard(before, after) ? before : after);

function shareSection(before: PersonaSection, after: PersonaSection): PersonaSection {
  const cards = shareList(before.cards, after.cards, shareCard);
  const groups = shareList(before.groups, after.groups, shareGroup);
  const same = cards === before.cards && groups === before.groups && before.title === after.title && before.hidden === after.hidden && before.position === after.position;
  if (same) return before;
  return { ...after, cards, groups };
}

function sameAvatar(a: Persona['avatar'], b: Persona['avatar']): boolean {
  if (a.kind === 'builtin' && b.kind === 'builtin') return a.key === b.key;
  if (a.kind === 'image' && b.kind === 'image') return a.imageId === b.imageId;
  return a.kind === b.kind;
}

function sharePersona(before: Persona, after: Persona): Persona {
  const sections = shareList(before.sections, after.sections, shareSection);
  const same =
    sections === before.sections &&
    before.name === after.name &&
    before.role === after.role &&
    before.ageRange === after.ageRange &&
    before.quote === after.quote &&
    before.bio === after.bio &&
    before.primary === after.primary &&
    before.position === after.position &&
    sameAvatar(before.avatar, after.avatar);
  if (same) return before;
  return { ...after, sections, avatar: sameAvatar(before.avatar, after.avatar) ? before.avatar : after.avatar };
}

function shareFlat<T extends object>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  return next.every((item, index) => JSON.stringify(item) === JSON.stringify(previous[index])) ? previous : next;
}

function shareMap(before: JourneyMap, after: JourneyMap): JourneyMap {
  const cards = shareList(before.cards, after.cards, shareCard);
  const groups = shareList(before.groups, after.groups, shareGroup);
  const stages = shareFlat(before.stages, after.stages);
  const lanes = shareFlat(before.lanes, after.lanes);
  const emotions = shareFlat(before.emotions, after.emotions);
  const same =
    cards === before.cards &&
    groups === before.groups &&
    stages === before.stages &&
    lanes === before.lanes &&
    emotions === before.emotions &&
    before.title === after.title &&
    before.personaId === after.personaId &&
    before.position === after.position;
  if (same) return before;
  return { ...after, cards, groups, stages, lanes, emotions };
}

/** The next board, sharing every unchanged persona, section, map and card with the previous one. */
export function reconcileBoard(previous: Board | null, next: Board): Board {
  if (!previous || previous.workshopId !== next.workshopId) return next;
  const personas = shareList(previous.personas, next.personas, sharePersona);
  const journeyMaps = shareList(previous.journeyMaps, next.journeyMaps, shareMap);
  if (
    personas === previous.personas &&
    journeyMaps === previous.journeyMaps &&
    previous.canUndo === next.canUndo &&
    previous.canRedo === next.canRedo &&
    previous.revision === next.revision
  ) {
    return previous;
  }
  return { ...next, personas, journeyMaps };
}

/** A card moved to a container at a final index, the others shifting — what main will answer, shown at once. */
export function moveCardLocally(board: Board, cardId: string, to: CardContainer, index: number): Board {
  const card = findCard(board, cardId);
  if (!card) return board;
  // Like main, a card taken to another section or cell leaves its group.
  const moved: Card = { ...card, container: to, groupId: sameContainer(card.container, to) ? card.groupId : null };
  const place = (cards: Card[]): Card[] => {
    const others = cards.filter((c) => c.id !== cardId);
    const clamped = Math.max(0, Math.min(index, others.length));
    const result = [...others.slice(0, clamped), moved, ...others.slice(clamped)];
    return result.map((c, position) => (c.position === position ? c : { ...c, position }));
  };
  const removeFrom = (cards: Card[]): Card[] =>
    cards.some((c) => c.id === cardId) ? cards.filter((c) => c.id !== cardId).map((c, position) => (c.position === position ? c : { ...c, position })) : cards;

  const personas = board.personas.map((persona) => {
    let touched = false;
    const sections = persona.sections.map((section) => {
      const target = to.kind === 'section' && to.sectionId === section.id;
      const cards = target ? place(section.cards) : removeFrom(section.cards);
      if (cards === section.cards) return section;
      touched = true;
      return { ...section, cards };
    });
    return touched ? { ...persona, sections } : persona;
  });

  const cellOf = (c: CardContainer): string | null => (c.kind === 'cell' ? containerKey(c) : null);
  const journeyMaps = board.journeyMaps.map((map) => {
    const holds = map.cards.some((c) => c.id === cardId);
    const target = to.kind === 'cell' && to.mapId === map.id ? cellOf(to) : null;
    if (!holds && target === null) return map;
    const source = holds ? cellOf(card.container) : null;
    const others = map.cards.filter((c) => c.id !== cardId);
    const touched = (c: Card): boolean => {
      const key = cellOf(c.container);
      return key !== null && (key === source || key === target);
    };
    const renumber = (cards: Card[]): Card[] => cards.map((c, position) => (c.position === position ? c : { ...c, position }));
    const targetCards = target === null ? [] : place(sortByPosition(others.filter((c) => cellOf(c.container) === target)));
    const sourceCards = source === null || source === target ? [] : renumber(sortByPosition(others.filter((c) => cellOf(c.container) === source)));
    return { ...map, cards: [...others.filter((c) => !touched(c)), ...sourceCards, ...targetCards] };
  });
  return { ...board, personas, journeyMaps };
}

export function sortByPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}
