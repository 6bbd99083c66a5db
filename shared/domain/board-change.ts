import type { Board, Card, CardContainer, JourneyMap, PersonaSection } from './board';

/**
 * What one board edit changed, as pushed to every window: the board's new revision and, when the
 * edit touched only cards, those cards as they now are and the ids of those deleted. An edit of
 * anything else (a persona, a section, a map, a stage, a lane, an emotion) says only that the
 * board moved on (`cards: null`): each view then reads the board again.
 */
export interface BoardChange {
  workshopId: string;
  /** Counts the board's changes: a view at revision − 1 can apply this change; one further behind reads again. */
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  cards: { changed: Card[]; removed: string[] } | null;
}

/**
 * An edit that wrote more cards than this, or cards heavier than MAX_PUSHED_CARD_BYTES in JSON
 * (a long text is 500 characters), is pushed as "read again": a push stays under 4 KB.
 */
export const MAX_PUSHED_CARDS = 24;
export const MAX_PUSHED_CARD_BYTES = 3 * 1024;

/**
 * The board after `change`, or null when it cannot be placed (a card in a container this board
 * does not have, or a change that is not about cards): then the board must be read again.
 * Lists and cards that did not change stay the same objects, so memoised views skip them.
 */
export function applyBoardChange(board: Board, change: BoardChange): Board | null {
  if (change.cards === null || change.workshopId !== board.workshopId) return null;
  const { changed, removed } = change.cards;
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
  if (placed !== changed.length) return null;
  return { ...board, personas, journeyMaps, revision: change.revision, canUndo: change.canUndo, canRedo: change.canRedo };
}

/** The order a board is read in: by position, then by id. */
function byPlace(a: Card, b: Card): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function containerKey(container: CardContainer): string {
  return container.kind === 'section' ? container.sectionId : container.mapId;
}
