import type { Card, CardContainer, CardGroup, JourneyMap, Persona } from '../../shared/domain/board';
import { authorLabel, boardCards, canSee, isSilentStep, silentTally, type CardViewer } from '../../shared/domain/card-visibility';
import type { AuthorDisplay, Step } from '../../shared/domain/workshop';
import type { BoardTargets, ParticipantCard } from '../../shared/participant/protocol';

/**
 * The current step's board as one phone sees it: the places it may write to, and the cards it
 * may read there — built from the board read once for all phones. Nothing here may put another
 * participant's hidden card in a phone's hands: every card goes through canSee.
 */

export interface BoardContent {
  personas: Persona[];
  journeyMaps: JourneyMap[];
}

/** The step's board for this participant (null on a step without a board). */
export function participantBoard(
  content: BoardContent,
  step: Pick<Step, 'kind' | 'silent'>,
  display: AuthorDisplay,
  participantId: string,
): BoardTargets | null {
  const viewer: CardViewer = { kind: 'participant', participantId };
  // Every phone's view is cut from the same board read: a card as others see it is built once
  // per read and shared by every phone; only the phone's own cards are its own objects.
  const shared = sharedCards(content, display);
  const asSeen = (card: Card, groups: GroupTitles): ParticipantCard => {
    let base = shared.get(card);
    if (!base) {
      base = participantCard(card, display, null, groups);
      shared.set(card, base);
    }
    return card.participantId === participantId ? { ...base, mine: true } : base;
  };
  const seen = (cards: readonly Card[], groups: GroupTitles): ParticipantCard[] =>
    cards.filter((card) => canSee(card, viewer)).map((card) => asSeen(card, groups));
  const silence = isSilentStep(step) ? silenceOf(content, step.kind) : null;
  if (step.kind === 'persona') {
    return {
      kind: 'persona',
      silence,
      personas: content.personas.map((p) => ({
        id: p.id,
        name: p.name,
        sections: p.sections
          .filter((s) => !s.hidden)
          .map((s) => ({ id: s.id, title: s.title, cards: seen(s.cards, groupTitles(s)) })),
      })),
    };
  }
  if (step.kind !== 'journey') return null;
  return {
    kind: 'journey',
    silence,
    maps: content.journeyMaps.map((m) => {
      const lanes = m.lanes.filter((l) => !l.hidden && l.kind !== 'emotion');
      const open = new Set(lanes.map((l) => l.id));
      const groups = groupTitles(m);
      return {
        id: m.id,
        title: m.title,
        stages: m.stages.map((s) => ({ id: s.id, title: s.title })),
        // The emotion lane holds a score per stage, not cards.
        lanes: lanes.map((l) => ({ id: l.id, title: l.title, kind: l.kind })),
        cards: m.cards
          .filter((card) => card.container.kind === 'cell' && open.has(card.container.laneId))
          .filter((card) => canSee(card, viewer))
          .map((card) => {
            const cell = card.container as Extract<CardContainer, { kind: 'cell' }>;
            return { ...asSeen(card, groups), stageId: cell.stageId, laneId: cell.laneId };
          }),
      };
    }),
  };
}

/** Is this container one of the places the current board offers? Anything else is refused. */
export function isOffered(targets: BoardTargets | null, container: CardContainer): boolean {
  if (!targets) return false;
  if (targets.kind === 'persona') {
    return container.kind === 'section' && targets.personas.some((p) => p.sections.some((s) => s.id === container.sectionId));
  }
  if (container.kind !== 'cell') return false;
  const map = targets.maps.find((m) => m.id === container.mapId);
  return !!map && map.stages.some((s) => s.id === container.stageId) && map.lanes.some((l) => l.id === container.laneId);
}

/** The cards of one board read as others see them, built on first use (keyed by the read's card objects). */
const sharedByRead = new WeakMap<BoardContent, { display: AuthorDisplay; cards: WeakMap<Card, ParticipantCard> }>();
function sharedCards(content: BoardContent, display: AuthorDisplay): WeakMap<Card, ParticipantCard> {
  let entry = sharedByRead.get(content);
  if (entry?.display !== display) {
    entry = { display, cards: new WeakMap() };
    sharedByRead.set(content, entry);
  }
  return entry.cards;
}

function participantCard(card: Card, display: AuthorDisplay, participantId: string | null, groups: GroupTitles): ParticipantCard {
  return {
    id: card.id,
    text: card.text,
    author: authorLabel(card, display),
    mine: participantId !== null && card.participantId === participantId,
    hidden: card.hidden,
    group: groupOf(card, groups),
  };
}

/** Counts of the hidden cards on the step's board (never their text or their authors' names). */
function silenceOf(content: BoardContent, kind: Step['kind']): { ideas: number; people: number } {
  const cards = kind === 'persona' ? boardCards({ personas: content.personas, journeyMaps: [] }) : boardCards({ personas: [], journeyMaps: content.journeyMaps });
  const { ideas, people } = silentTally(cards, 'hidden');
  return { ideas, people };
}

/** The titles of a section's or a map's card groups, by group id. */
type GroupTitles = ReadonlyMap<string, string>;
function groupTitles(container: { groups: readonly CardGroup[] }): GroupTitles {
  return new Map(container.groups.map((group) => [group.id, group.title]));
}

function groupOf(card: Card, groups: GroupTitles): string | null {
  return card.groupId === null ? null : (groups.get(card.groupId) ?? null);
}
