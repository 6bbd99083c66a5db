import type { Board, Card, CardContainer, CardGroup, JourneyMap, Persona, PersonaSection } from './board';

/** A persona as a push carries it: everything but its sections' cards and groups. */
export type PersonaShell = Omit<Persona, 'sections'> & { sections: Omit<PersonaSection, 'cards' | 'groups'>[] };
/** A journey map as a push carries it: everything but its cards and groups. */
export type MapShell = Omit<JourneyMap, 'cards' | 'groups'>;

/**
 * What an edit changed, as it now is: the cards and card groups it wrote, and the personas and
 * maps it touched (without their cards and groups).
 */
export interface BoardDiff {
  cards: Card[];
  removedCards: string[];
  groups: CardGroup[];
  removedGroups: string[];
  personas: PersonaShell[];
  removedPersonas: string[];
  maps: MapShell[];
  removedMaps: string[];
}

/** A diff that changes nothing, to fill in. */
export function emptyBoardDiff(): BoardDiff {
  return { cards: [], removedCards: [], groups: [], removedGroups: [], personas: [], removedPersonas: [], maps: [], removedMaps: [] };
}

/**
 * What one board edit changed, as pushed to every window: the board's new revision and the
 * diff from the revision before — never the whole board, never a picture. An edit that changed
 * too much to say in a few kilobytes (a stage deleted with its cards, personas reordered) says
 * only that the board moved on (`diff: null`): each view then reads the board again.
 */
export interface BoardChange {
  workshopId: string;
  /** Counts the board's changes: a view at revision − 1 can apply this change; one further behind reads again. */
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  diff: BoardDiff | null;
}

/** Past this many rows, or past MAX_PUSHED_BYTES of JSON, an edit is pushed as "read again": a push stays under 4 KB. */
export const MAX_PUSHED_ROWS = 24;
export const MAX_PUSHED_BYTES = 3 * 1024;

/** Whether the change may have touched more than cards (the places cards go, a persona, a map). */
export function touchesStructure(change: BoardChange): boolean {
  const { diff } = change;
  return diff === null || diff.personas.length + diff.removedPersonas.length + diff.maps.length + diff.removedMaps.length > 0;
}

/**
 * The board after `change`, or null when it cannot be placed (a card in a container this board
 * does not have, or a change too large to be pushed): then the board must be read again.
 * Whatever did not change stays the same object, so memoised views skip it.
 */
export function applyBoardChange(board: Board, change: BoardChange): Board | null {
  const { diff } = change;
  if (diff === null || change.workshopId !== board.workshopId) return null;
  const personas = replaceShells(board.personas, diff.personas, diff.removedPersonas, (shell, before) => ({
    ...shell,
    sections: shell.sections.map((section) => {
      const kept = before?.sections.find((s) => s.id === section.id);
      return kept && sameSection(kept, section) ? kept : { ...section, cards: kept?.cards ?? [], groups: kept?.groups ?? [] };
    }),
  }));
  const journeyMaps = replaceShells(board.journeyMaps, diff.maps, diff.removedMaps, (shell, before) => ({
    ...shell,
    cards: before?.cards ?? [],
    groups: before?.groups ?? [],
  }));
  const withCards = placeCards({ ...board, personas, journeyMaps }, diff.cards, diff.removedCards);
  const placed = withCards && placeGroups(withCards, diff.groups, diff.removedGroups);
  return placed && { ...placed, revision: change.revision, canUndo: change.canUndo, canRedo: change.canRedo };
}

/** The list with the pushed items in place of the ones they replace (or added), removed ones gone, in board order. */
function replaceShells<T extends { id: string; position: number }, S extends { id: string }>(
  items: T[],
  shells: readonly S[],
  removed: readonly string[],
  build: (shell: S, before: T | undefined) => T,
): T[] {
  if (shells.length === 0 && removed.length === 0) return items;
  const gone = new Set([...removed, ...shells.map((shell) => shell.id)]);
  const rebuilt = shells.map((shell) => build(shell, items.find((item) => item.id === shell.id)));
  return [...items.filter((item) => !gone.has(item.id)), ...rebuilt].sort(byPlace);
}

function sameSection(a: PersonaSection, b: Omit<PersonaSection, 'cards' | 'groups'>): boolean {
  return a.title === b.title && a.hidden === b.hidden && a.position === b.position && a.color === b.color;
}

/** Cards written placed in their containers, those deleted taken out; null if a container is missing. */
function placeCards(board: Board, changed: readonly Card[], removed: readonly string[]): Board | null {
  if (changed.length === 0 && removed.length === 0) return board;
  const gone = new Set([...removed, ...changed.map((card) => card.id)]);
  const bySection = new Map<string, Card[]>();
  const byMap = new Map<string, Card[]>();
  for (const card of changed) {
    const into = card.container.kind === 'section' ? bySection : byMap;
    const key = containerKey(card.container);
    into.set(key, [...(into.get(key) ?? []), card]);
  }
  let placed = 0;
  const place = (cards: Card[], added: Card[] | undefined): Card[] => {
    if (!added && !cards.some((card) => gone.has(card.id))) return cards;
    placed += added?.length ?? 0;
    return [...cards.filter((card) => !gone.has(card.id)), ...(added ?? [])].sort(byPlace);
  };
  const personas = board.personas.map((persona) => {
    const sections = persona.sections.map((section): PersonaSection => {
      const cards = place(section.cards, bySection.get(section.id));
      return cards === section.cards ? section : { ...section, cards };
    });
    return sections.every((section, index) => section === persona.sections[index]) ? persona : { ...persona, sections };
  });
  const journeyMaps = board.journeyMaps.map((map): JourneyMap => {
    const cards = place(map.cards, byMap.get(map.id));
    return cards === map.cards ? map : { ...map, cards };
  });
  return placed === changed.length ? { ...board, personas, journeyMaps } : null;
}

/** Groups written placed in their containers, those deleted taken out; null if a container is missing. */
function placeGroups(board: Board, changed: readonly CardGroup[], removed: readonly string[]): Board | null {
  if (changed.length === 0 && removed.length === 0) return board;
  const gone = new Set([...removed, ...changed.map((group) => group.id)]);
  let placed = 0;
  const place = (groups: CardGroup[], owns: (group: CardGroup) => boolean): CardGroup[] => {
    const added = changed.filter(owns);
    if (added.length === 0 && !groups.some((group) => gone.has(group.id))) return groups;
    placed += added.length;
    return [...groups.filter((group) => !gone.has(group.id)), ...added].sort(byId);
  };
  const personas = board.personas.map((persona) => {
    const sections = persona.sections.map((section): PersonaSection => {
      const groups = place(section.groups, (g) => g.container.kind === 'section' && g.container.sectionId === section.id);
      return groups === section.groups ? section : { ...section, groups };
    });
    return sections.every((section, index) => section === persona.sections[index]) ? persona : { ...persona, sections };
  });
  const journeyMaps = board.journeyMaps.map((map): JourneyMap => {
    const groups = place(map.groups, (g) => g.container.kind === 'cell' && g.container.mapId === map.id);
    return groups === map.groups ? map : { ...map, groups };
  });
  return placed === changed.length ? { ...board, personas, journeyMaps } : null;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The order a board is read in: by position, then by id. */
function byPlace(a: { id: string; position: number }, b: { id: string; position: number }): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function containerKey(container: CardContainer): string {
  return container.kind === 'section' ? container.sectionId : container.mapId;
}
