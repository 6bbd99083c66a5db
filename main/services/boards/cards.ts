import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import { MAX_CARDS_PER_WORKSHOP, type Card, type CardColor, type CardContainer, type LaneKind } from '../../../shared/domain/board';
import { drawnOrder } from '../../../shared/domain/card-groups';
import { containerKey } from '../../../shared/domain/card-location';
import { isSilentStep } from '../../../shared/domain/card-visibility';
import type { Workshop } from '../../../shared/domain/workshop';
import { AppError } from '../../../shared/ipc/result';
import { sectionColor } from '../../../shared/templates/defaults';
import { cardIdsIn, countCards, untieMomentOfTruth } from '../../store/board-cards-repo';
import { cardFromRow, containerOfRow, laneKind, sectionColorColumn } from '../../store/board-read-repo';
import { deleteRow, getRow, insertRow, updateRow, writePositions, type CardRow } from '../../store/board-tables';
import { dropGroupIfEmpty, placedIn } from '../../store/card-groups-repo';
import type { ReadableDB, WritableDB } from '../../store/types';
import { editBoard, insertionIndex, requireInWorkshop, requireRoom, requireRow, withInserted, workshopOf } from './edit';
import type { ServiceContext } from '../context';
import { newId } from '../workshops';

type Columns = Pick<CardRow, 'section_id' | 'map_id' | 'stage_id' | 'lane_id'>;

/** A container checked against the database: its columns in the cards table and what kind of lane it is. */
export interface Target {
  container: CardContainer;
  columns: Columns;
  /** The lane's kind for a journey cell; null for a persona section. */
  lane: LaneKind | null;
}

/** Cards of both boards: create, edit, delete and move. Every service is one undoable editBoard. */
export function cardCreate(ctx: ServiceContext, input: ParsedInputOf<'cardCreate'>): OutputOf<'cardCreate'> {
  return createCard(ctx, input, null);
}

/**
 * Creates a card typed on the laptop (participantId null) or sent from a phone. While the current
 * step runs in silence and its board holds the container, the card starts hidden (see
 * card-visibility.ts) until the facilitator reveals the board.
 */
export function createCard(
  ctx: ServiceContext,
  { workshopId, container, text, color, author, index }: ParsedInputOf<'cardCreate'>,
  participantId: string | null,
): Card {
  const { result: id } = editBoard(
    ctx,
    'cardCreate',
    () => workshopId,
    ({ db, workshop, now }) => {
      const target = resolveContainer(db, workshop.id, container);
      requireRoom(countCards(db, workshop.id), MAX_CARDS_PER_WORKSHOP, 'cards in a workshop');
      const order = cardIdsIn(db, target.container);
      const at = insertionIndex(index, order.length);
      const id = newId();
      insertRow(db, 'cards', {
        id,
        workshop_id: workshop.id,
        ...target.columns,
        position: order.length,
        text,
        // Unless told, a persona section's card takes the section's colour (from the phones too).
        color: color ?? (container.kind === 'section' ? newCardColorIn(db, container.sectionId) : 'yellow'),
        author: author || null,
        severity: null,
        moment_of_truth_id: null,
        measure_type: null,
        created_at: now,
        updated_at: now,
        group_id: null,
        merged_from: null,
        participant_id: participantId,
        hidden: writesInSilence(workshop, container) ? 1 : 0,
      });
      writePositions(db, 'cards', withInserted(order, id, at));
      writeDrawnOrder(db, target.container);
      return id;
    },
  );
  return cardNow(ctx, id);
}

/** The colour a new card of this section gets: the one chosen for it, else the template's. */
function newCardColorIn(db: ReadableDB, sectionId: string): CardColor {
  const section = requireRow(db, 'persona_sections', sectionId);
  return sectionColor({ title: section.title, color: sectionColorColumn(section.color) });
}

export function cardUpdate(ctx: ServiceContext, { cardId, patch }: ParsedInputOf<'cardUpdate'>): OutputOf<'cardUpdate'> {
  editBoard(ctx, 'cardUpdate', workshopOf('cards', cardId), ({ db, now }) => {
    const card = requireRow(db, 'cards', cardId);
    const lane = laneOf(db, card);
    const changes: Partial<CardRow> = {};
    if (patch.text !== undefined) changes.text = patch.text;
    if (patch.color !== undefined) changes.color = patch.color;
    if (patch.author !== undefined) changes.author = patch.author || null;
    if (patch.severity !== undefined) {
      if (patch.severity !== null) requireLane(lane, 'painPoints', 'patch.severity', 'Only a pain-point card has a severity');
      changes.severity = patch.severity;
    }
    if (patch.momentOfTruthId !== undefined) {
      if (patch.momentOfTruthId !== null) {
        requireLane(lane, 'painPoints', 'patch.momentOfTruthId', 'Only a pain-point card is tied to a moment of truth');
        requireMomentOfTruth(db, patch.momentOfTruthId, card.map_id);
      }
      changes.moment_of_truth_id = patch.momentOfTruthId;
    }
    if (patch.measureType !== undefined) {
      if (patch.measureType !== null) {
        requireLane(lane, 'measures', 'patch.measureType', 'Only a card of the measures lane has a measure type');
      }
      changes.measure_type = patch.measureType;
    }
    if (Object.keys(changes).length > 0) updateRow(db, 'cards', cardId, { ...changes, updated_at: now });
  });
  return cardNow(ctx, cardId);
}

export function cardDelete(ctx: ServiceContext, { cardId }: ParsedInputOf<'cardDelete'>): OutputOf<'cardDelete'> {
  return editBoard(ctx, 'cardDelete', workshopOf('cards', cardId), ({ db }) => {
    const card = requireRow(db, 'cards', cardId);
    // Pain points tied to it (a moment of truth) lose the tie by ON DELETE SET NULL, recorded for undo too.
    deleteRow(db, 'cards', cardId);
    dropGroupIfEmpty(db, card.group_id);
    writePositions(db, 'cards', cardIdsIn(db, containerOfRow(card)));
  }).board;
}

export function cardMove(ctx: ServiceContext, { cardId, to, index }: ParsedInputOf<'cardMove'>): OutputOf<'cardMove'> {
  editBoard(ctx, 'cardMove', workshopOf('cards', cardId), ({ db, workshop, now }) => {
    const card = requireRow(db, 'cards', cardId);
    const target = resolveContainer(db, workshop.id, to);
    const targetOrder = cardIdsIn(db, target.container).filter((id) => id !== cardId);
    const at = insertionIndex(index, targetOrder.length);
    relocateCard(db, card, target, now);
    writePositions(db, 'cards', withInserted(targetOrder, cardId, at));
    // Within a container, a card moved among a group's cards lands after the group (it joins
    // only through groupJoin); a grouped card moved stays in its group.
    writeDrawnOrder(db, target.container);
  });
  return cardNow(ctx, cardId);
}

/**
 * Takes a card into another container (at its end; the caller places it): it sheds the fields
 * that lane does not give a meaning to and leaves its group, which ends if it was its last card.
 * Nothing happens when the card is already there.
 */
export function relocateCard(db: WritableDB, card: CardRow, target: Target, now: string): void {
  const from = containerOfRow(card);
  if (containerKey(from) === containerKey(target.container)) return;
  const end = cardIdsIn(db, target.container).length;
  updateRow(db, 'cards', card.id, { ...target.columns, ...fieldsLostInMove(card, target), group_id: null, position: end, updated_at: now });
  dropGroupIfEmpty(db, card.group_id);
  writePositions(db, 'cards', cardIdsIn(db, from));
  const wasMoment = laneOf(db, card) === 'momentsOfTruth';
  if (wasMoment && !(target.lane === 'momentsOfTruth' && target.columns.map_id === card.map_id)) untieMomentOfTruth(db, card.id);
}

/** Writes a container's positions in drawn order (each group's cards together, see card-groups). */
export function writeDrawnOrder(db: WritableDB, container: CardContainer): void {
  writePositions(db, 'cards', drawnOrder(placedIn(db, container)));
}

/**
 * Checks a container of this workshop: a section, or a cell whose stage and lane are both of its
 * map. A container of another workshop is forbidden; one that does not exist is not found.
 */
export function resolveContainer(db: ReadableDB, workshopId: string, container: CardContainer): Target {
  if (container.kind === 'section') {
    requireInWorkshop(db, 'persona_sections', container.sectionId, workshopId);
    const columns = { section_id: container.sectionId, map_id: null, stage_id: null, lane_id: null };
    return { container, columns, lane: null };
  }
  const { mapId, stageId, laneId } = container;
  requireInWorkshop(db, 'journey_maps', mapId, workshopId);
  const stage = getRow(db, 'journey_stages', stageId);
  if (stage?.map_id !== mapId) throw new AppError('invalid_input', 'container.stageId: not a stage of this journey map', 'container.stageId');
  const lane = getRow(db, 'journey_lanes', laneId);
  if (lane?.map_id !== mapId) throw new AppError('invalid_input', 'container.laneId: not a lane of this journey map', 'container.laneId');
  return {
    container,
    columns: { section_id: null, map_id: mapId, stage_id: stageId, lane_id: laneId },
    lane: laneKind(lane.kind),
  };
}

/** The current step runs in silence, and the container is on its board (a section for a persona step, a cell for a journey step). */
export function writesInSilence(workshop: Workshop, container: CardContainer): boolean {
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId);
  if (!isSilentStep(step)) return false;
  return (step?.kind === 'persona') === (container.kind === 'section');
}

export function laneOf(db: ReadableDB, card: CardRow): LaneKind | null {
  if (card.lane_id === null) return null;
  const lane = getRow(db, 'journey_lanes', card.lane_id);
  return lane ? laneKind(lane.kind) : null;
}

function requireLane(actual: LaneKind | null, wanted: LaneKind, field: string, message: string): void {
  if (actual !== wanted) throw new AppError('invalid_input', `${field}: ${message}`, field);
}

/** A pain point's moment of truth is a card of the moments-of-truth lane of the same map. */
function requireMomentOfTruth(db: ReadableDB, momentId: string, mapId: string | null): void {
  const moment = getRow(db, 'cards', momentId);
  const ok = moment !== null && mapId !== null && moment.map_id === mapId && laneOf(db, moment) === 'momentsOfTruth';
  if (!ok) {
    throw new AppError(
      'invalid_input',
      'patch.momentOfTruthId: not a card of the moments-of-truth lane of this journey map',
      'patch.momentOfTruthId',
    );
  }
}

/** What a card sheds when it leaves the lane that gives those fields their meaning. */
function fieldsLostInMove(card: CardRow, target: Target): Partial<CardRow> {
  const lost: Partial<CardRow> = {};
  if (target.lane !== 'painPoints') {
    lost.severity = null;
    lost.moment_of_truth_id = null;
  } else if (target.columns.map_id !== card.map_id) {
    lost.moment_of_truth_id = null;
  }
  if (target.lane !== 'measures') lost.measure_type = null;
  return lost;
}

/** A card as it is now, without reading the whole board: what card edits answer. */
export function cardNow(ctx: ServiceContext, cardId: string): Card {
  return cardFromRow(requireRow(ctx.store().db, 'cards', cardId));
}
