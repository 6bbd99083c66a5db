import type { BoardTargets, ParticipantCard } from '../../shared/participant/protocol';

/** One column of the board as the phone browses it: a persona section, or a journey stage with its lanes. */
export interface BoardColumn {
  id: string;
  title: string;
  /** The persona or map it belongs to, when the board has more than one. */
  context: string | null;
  blocks: { id: string; title: string | null; cards: ParticipantCard[] }[];
}

/** The current board as columns, in board order: what the phone shows one at a time. */
export function boardColumns(board: BoardTargets): BoardColumn[] {
  if (board.kind === 'persona') {
    const many = board.personas.length > 1;
    return board.personas.flatMap((persona) =>
      persona.sections.map((section) => ({
        id: section.id,
        title: section.title,
        context: many ? persona.name : null,
        blocks: [{ id: section.id, title: null, cards: section.cards }],
      })),
    );
  }
  const many = board.maps.length > 1;
  return board.maps.flatMap((map) =>
    map.stages.map((stage) => ({
      id: `${map.id}:${stage.id}`,
      title: stage.title,
      context: many ? map.title : null,
      blocks: map.lanes.map((lane) => ({
        id: lane.id,
        title: lane.title,
        cards: map.cards.filter((card) => card.stageId === stage.id && card.laneId === lane.id),
      })),
    })),
  );
}

/** This phone's own cards on the board, with where each sits. */
export function ownCards(board: BoardTargets): { card: ParticipantCard; place: string }[] {
  return boardColumns(board).flatMap((column) =>
    column.blocks.flatMap((block) =>
      block.cards.filter((card) => card.mine).map((card) => ({ card, place: block.title ? `${column.title} — ${block.title}` : column.title })),
    ),
  );
}
