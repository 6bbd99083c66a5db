import type { Card, JourneyMap, Persona } from './board';
import type { AuthorDisplay, Step } from './workshop';

/**
 * Silent writing, in one place: who sees which card, how a card's author is named, and what the
 * room is told while the cards stay hidden. The laptop, the projector, the phones, the PDF and the
 * CSV all read these rules; none decides on its own.
 *
 * - A card written while the current step runs in silence is hidden until the facilitator reveals
 *   the board (boardReveal). Hidden cards are counted for the room, never shown to it.
 * - The projector never shows a hidden card, whatever the laptop does.
 * - A phone sees its own hidden cards, and no one else's.
 * - The laptop sees the hidden cards typed on it (they are the facilitator's own) and, only while
 *   the facilitator peeks on purpose, every other one.
 * - An anonymous participant's card has no author (null) and is never given one: every label
 *   below starts from that null.
 */
export type CardViewer =
  | { kind: 'laptop' }
  | { kind: 'laptopPeek' }
  | { kind: 'projector' }
  | { kind: 'participant'; participantId: string };

export function canSee(card: Pick<Card, 'hidden' | 'participantId'>, viewer: CardViewer): boolean {
  if (!card.hidden) return true;
  switch (viewer.kind) {
    case 'laptopPeek':
      return true;
    case 'laptop':
      return card.participantId === null;
    case 'projector':
      return false;
    case 'participant':
      return card.participantId === viewer.participantId;
  }
}

export function visibleCards<T extends Pick<Card, 'hidden' | 'participantId'>>(cards: readonly T[], viewer: CardViewer): T[] {
  return cards.filter((card) => canSee(card, viewer));
}

/** Whether a step may run in silence at all: only a board step (persona or journey) takes cards. */
export function canRunInSilence(step: Pick<Step, 'kind'>): boolean {
  return step.kind === 'persona' || step.kind === 'journey';
}

/** A step during which new cards are hidden: a board step set to silent. */
export function isSilentStep(step: Pick<Step, 'kind' | 'silent'> | null | undefined): boolean {
  return !!step && step.silent && canRunInSilence(step);
}

/** The workshop's current step when it is a board step running aloud, which silence can be switched on for live. */
export function loudBoardStep<S extends Pick<Step, 'id' | 'kind' | 'silent'>>(workshop: { currentStepId: string | null; steps: readonly S[] }): S | undefined {
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
  return step && !step.silent && canRunInSilence(step) ? step : undefined;
}

/**
 * The author as the laptop and the projector print it: the name, its initials, or nothing.
 * Null when the card has no author (typed anonymously, or by an anonymous participant).
 */
export function authorLabel(card: Pick<Card, 'author'>, display: AuthorDisplay): string | null {
  const name = card.author?.trim() ?? '';
  if (name === '' || display === 'hidden') return null;
  return display === 'initials' ? initialsOf(name) : name;
}

/** "Léa Martin" → "LM", "jean-pierre" → "JP": the first letter of each word (at most three), uppercase. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-'’.]+/u)
    .filter((word) => word.length > 0);
  return words
    .slice(0, 3)
    .map((word) => Array.from(word)[0]?.toLocaleUpperCase() ?? '')
    .join('');
}

export interface SilentTally {
  /** Hidden cards so far. */
  ideas: number;
  /** Distinct writers of those cards: each participant once, the laptop once. */
  people: number;
  /**
   * Who has written, as authorLabel names them, in the order they first wrote; empty when the
   * workshop hides authors. Anonymous writers are counted in `people` but never named.
   */
  writers: string[];
}

/** What the room is told while cards stay hidden: counts, and names when the workshop shows authors. */
export function silentTally(cards: readonly Pick<Card, 'hidden' | 'participantId' | 'author' | 'createdAt'>[], display: AuthorDisplay): SilentTally {
  const hidden = cards.filter((card) => card.hidden).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const people = new Set<string>();
  const writers: string[] = [];
  for (const card of hidden) {
    people.add(card.participantId === null ? 'laptop' : `participant:${card.participantId}`);
    const label = authorLabel(card, display);
    if (label !== null && !writers.includes(label)) writers.push(label);
  }
  return { ideas: hidden.length, people: people.size, writers };
}

/** Every card of a board, whichever container holds it. */
export function boardCards(board: { personas: { sections: { cards: Card[] }[] }[]; journeyMaps: { cards: Card[] }[] }): Card[] {
  return [...board.personas.flatMap((p) => p.sections.flatMap((s) => s.cards)), ...board.journeyMaps.flatMap((m) => m.cards)];
}

/**
 * The board as a viewer sees it: the cards it may not see taken out. Personas, sections and maps
 * without a hidden card stay the same objects, so memoised views skip them.
 */
export function boardAsSeen<B extends { personas: Persona[]; journeyMaps: JourneyMap[] }>(board: B, viewer: CardViewer): B {
  const keep = (cards: Card[]): Card[] => (cards.some((card) => !canSee(card, viewer)) ? visibleCards(cards, viewer) : cards);
  const personas = board.personas.map((persona) => {
    const sections = persona.sections.map((section) => {
      const cards = keep(section.cards);
      return cards === section.cards ? section : { ...section, cards };
    });
    return sections.every((section, i) => section === persona.sections[i]) ? persona : { ...persona, sections };
  });
  const journeyMaps = board.journeyMaps.map((map) => {
    const cards = keep(map.cards);
    return cards === map.cards ? map : { ...map, cards };
  });
  const same = personas.every((p, i) => p === board.personas[i]) && journeyMaps.every((m, i) => m === board.journeyMaps[i]);
  return same ? board : { ...board, personas, journeyMaps };
}

/**
 * A drop at `index` among the cards a viewer sees in a container, as an index among all of that
 * container's cards (hidden ones included): right after the visible card it follows, or at the
 * end. `all` are the container's cards in position order, the moved card left out.
 */
export function indexAmongAll(all: readonly Pick<Card, 'id' | 'hidden' | 'participantId'>[], index: number, viewer: CardViewer): number {
  if (index <= 0) return 0;
  const visible = visibleCards(all, viewer);
  const before = visible[Math.min(index, visible.length) - 1];
  return before ? all.indexOf(before) + 1 : all.length;
}
