import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import { LANE_KINDS, MAX_LANES, MAX_MAPS, MAX_STAGES, type JourneyMap } from '../../../shared/domain/board';
import { AppError } from '../../../shared/ipc/result';
import { DEFAULT_JOURNEY_STAGES, DEFAULT_LANES, defaultJourneyTitle } from '../../../shared/templates/defaults';
import { deleteRow, getRow, insertRow, updateRow, writePositions, type MapRow } from '../../store/board-tables';
import { laneIds, mapIds, stageIds } from '../../store/board-structure-repo';
import {
  editBoard,
  insertionIndex,
  mapOf,
  requireInWorkshop,
  requirePermutation,
  requireRoom,
  requireRow,
  withInserted,
  workshopOf,
  type BoardEdit,
} from './edit';
import type { ServiceContext } from '../context';
import { newId } from '../workshops';

/** Journey maps, their stages, lanes and emotion curve. Every service is one undoable editBoard. */
export function journeyCreate(ctx: ServiceContext, { workshopId, personaId, title }: ParsedInputOf<'journeyCreate'>): OutputOf<'journeyCreate'> {
  const { board, result: id } = editBoard(
    ctx,
    'journeyCreate',
    () => workshopId,
    ({ db, workshop, now }) => {
      const persona = personaId === null ? null : requireInWorkshop(db, 'personas', personaId, workshop.id);
      const order = mapIds(db, workshop.id);
      requireRoom(order.length, MAX_MAPS, 'journey maps in a workshop');
      const id = newId();
      const lang = workshop.language;
      insertRow(db, 'journey_maps', {
        id,
        workshop_id: workshop.id,
        persona_id: persona?.id ?? null,
        position: order.length,
        title: title || defaultJourneyTitle(lang, persona?.name ?? null),
        created_at: now,
        updated_at: now,
      });
      const fromWorkshop = workshop.boardDefaults.journeyStages;
      const stages = fromWorkshop.length > 0 ? fromWorkshop : DEFAULT_JOURNEY_STAGES.map((text) => text[lang]);
      stages.slice(0, MAX_STAGES).forEach((stageTitle, position) => {
        insertRow(db, 'journey_stages', { id: newId(), workshop_id: workshop.id, map_id: id, position, title: stageTitle });
      });
      LANE_KINDS.forEach((kind, position) => {
        if (kind === 'custom') return;
        const laneTitle = DEFAULT_LANES[kind][lang];
        insertRow(db, 'journey_lanes', { id: newId(), workshop_id: workshop.id, map_id: id, position, kind, title: laneTitle, hidden: 0 });
      });
      return id;
    },
  );
  return mapOf(board, id);
}

export function journeyUpdate(ctx: ServiceContext, { mapId, patch }: ParsedInputOf<'journeyUpdate'>): OutputOf<'journeyUpdate'> {
  return editMap(ctx, 'journeyUpdate', { table: 'journey_maps', id: mapId }, ({ db, workshop, now }) => {
    const changes: Partial<MapRow> = {};
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.personaId !== undefined) {
      changes.persona_id = patch.personaId === null ? null : requireInWorkshop(db, 'personas', patch.personaId, workshop.id).id;
    }
    if (Object.keys(changes).length > 0) updateRow(db, 'journey_maps', mapId, { ...changes, updated_at: now });
  });
}

export function journeyDelete(ctx: ServiceContext, { mapId }: ParsedInputOf<'journeyDelete'>): OutputOf<'journeyDelete'> {
  return editBoard(ctx, 'journeyDelete', workshopOf('journey_maps', mapId), ({ db, workshop }) => {
    deleteRow(db, 'journey_maps', mapId);
    writePositions(db, 'journey_maps', mapIds(db, workshop.id));
  }).board;
}

export function stageAdd(ctx: ServiceContext, { mapId, title, index }: ParsedInputOf<'stageAdd'>): OutputOf<'stageAdd'> {
  return editMap(ctx, 'stageAdd', { table: 'journey_maps', id: mapId }, ({ db, workshop }) => {
    const order = stageIds(db, mapId);
    requireRoom(order.length, MAX_STAGES, 'stages in a journey map');
    const at = insertionIndex(index, order.length);
    const id = newId();
    insertRow(db, 'journey_stages', { id, workshop_id: workshop.id, map_id: mapId, position: order.length, title });
    writePositions(db, 'journey_stages', withInserted(order, id, at));
  });
}

export function stageRename(ctx: ServiceContext, { stageId, title }: ParsedInputOf<'stageRename'>): OutputOf<'stageRename'> {
  return editMap(ctx, 'stageRename', { table: 'journey_stages', id: stageId }, ({ db }) => {
    updateRow(db, 'journey_stages', stageId, { title });
  });
}

export function stageRemove(ctx: ServiceContext, { stageId }: ParsedInputOf<'stageRemove'>): OutputOf<'stageRemove'> {
  return editMap(ctx, 'stageRemove', { table: 'journey_stages', id: stageId }, ({ db }) => {
    const { map_id: mapId } = requireRow(db, 'journey_stages', stageId);
    const order = stageIds(db, mapId);
    if (order.length <= 1) throw new AppError('conflict', 'A journey map keeps at least one stage');
    // The stage's cards and emotion score go with it (cascade), and come back with an undo.
    deleteRow(db, 'journey_stages', stageId);
    writePositions(db, 'journey_stages', stageIds(db, mapId));
  });
}

export function stagesReorder(ctx: ServiceContext, { mapId, stageIds: wanted }: ParsedInputOf<'stagesReorder'>): OutputOf<'stagesReorder'> {
  return editMap(ctx, 'stagesReorder', { table: 'journey_maps', id: mapId }, ({ db }) => {
    requirePermutation(wanted, stageIds(db, mapId), 'stageIds');
    writePositions(db, 'journey_stages', wanted);
  });
}

export function laneAdd(ctx: ServiceContext, { mapId, title }: ParsedInputOf<'laneAdd'>): OutputOf<'laneAdd'> {
  return editMap(ctx, 'laneAdd', { table: 'journey_maps', id: mapId }, ({ db, workshop }) => {
    const order = laneIds(db, mapId);
    requireRoom(order.length, MAX_LANES, 'lanes in a journey map');
    insertRow(db, 'journey_lanes', {
      id: newId(),
      workshop_id: workshop.id,
      map_id: mapId,
      position: order.length,
      kind: 'custom',
      title,
      hidden: 0,
    });
  });
}

export function laneUpdate(ctx: ServiceContext, { laneId, patch }: ParsedInputOf<'laneUpdate'>): OutputOf<'laneUpdate'> {
  return editMap(ctx, 'laneUpdate', { table: 'journey_lanes', id: laneId }, ({ db }) => {
    updateRow(db, 'journey_lanes', laneId, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.hidden !== undefined ? { hidden: patch.hidden ? 1 : 0 } : {}),
    });
  });
}

export function laneRemove(ctx: ServiceContext, { laneId }: ParsedInputOf<'laneRemove'>): OutputOf<'laneRemove'> {
  return editMap(ctx, 'laneRemove', { table: 'journey_lanes', id: laneId }, ({ db }) => {
    const lane = requireRow(db, 'journey_lanes', laneId);
    // The built-in lanes are what the deliverable and the voting rely on: they can be hidden, not removed.
    if (lane.kind !== 'custom') throw new AppError('conflict', 'Only a custom lane can be removed; hide a built-in lane instead');
    deleteRow(db, 'journey_lanes', laneId);
    writePositions(db, 'journey_lanes', laneIds(db, lane.map_id));
  });
}

export function lanesReorder(ctx: ServiceContext, { mapId, laneIds: wanted }: ParsedInputOf<'lanesReorder'>): OutputOf<'lanesReorder'> {
  return editMap(ctx, 'lanesReorder', { table: 'journey_maps', id: mapId }, ({ db }) => {
    requirePermutation(wanted, laneIds(db, mapId), 'laneIds');
    writePositions(db, 'journey_lanes', wanted);
  });
}

export function emotionSet(ctx: ServiceContext, { mapId, stageId, score, note }: ParsedInputOf<'emotionSet'>): OutputOf<'emotionSet'> {
  return editMap(ctx, 'emotionSet', { table: 'journey_maps', id: mapId }, ({ db, workshop }) => {
    const stage = requireRow(db, 'journey_stages', stageId);
    if (stage.map_id !== mapId) throw new AppError('invalid_input', 'stageId: not a stage of this journey map', 'stageId');
    if (score === null) {
      deleteRow(db, 'journey_emotions', stageId);
      return;
    }
    const existing = getRow(db, 'journey_emotions', stageId);
    const row = { stage_id: stageId, workshop_id: workshop.id, map_id: mapId, score, note: note ?? existing?.note ?? '' };
    if (existing) updateRow(db, 'journey_emotions', stageId, row);
    else insertRow(db, 'journey_emotions', row);
  });
}

/** Edits the map `mapId` (or the map of a stage or lane) and answers that map. */
function editMap(
  ctx: ServiceContext,
  action: string,
  locate: { table: 'journey_maps' | 'journey_stages' | 'journey_lanes'; id: string },
  change: (edit: BoardEdit) => void,
): JourneyMap {
  const { board, result } = editBoard(ctx, action, workshopOf(locate.table, locate.id), (edit) => {
    const mapId = locate.table === 'journey_maps' ? locate.id : requireRow(edit.db, locate.table, locate.id).map_id;
    change(edit);
    return mapId;
  });
  return mapOf(board, result);
}

