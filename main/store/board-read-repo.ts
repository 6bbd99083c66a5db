import {
  CARD_COLORS,
  LANE_KINDS,
  MEASURE_TYPES,
  type Card,
  type CardColor,
  type CardContainer,
  type CardGroup,
  type JourneyMap,
  type LaneKind,
  type MeasureType,
  type MergedCard,
  type Persona,
  type PersonaSection,
} from '../../shared/domain/board';
import { avatarsOfWorkshop } from './avatar-repo';
import { rowsOfWorkshop, type CardGroupRow, type CardRow } from './board-tables';
import type { ReadableDB } from './types';

/**
 * A workshop's personas and journey maps, read with one indexed query per table and assembled in
 * memory: the board of a busy workshop (a thousand cards) costs nine queries, not one per card.
 */
export function readBoardContent(db: ReadableDB, workshopId: string): { personas: Persona[]; journeyMaps: JourneyMap[] } {
  const cards = byContainer(rowsOfWorkshop(db, 'cards', workshopId).map(cardFromRow));
  const groups = byContainer(rowsOfWorkshop(db, 'card_groups', workshopId).map(groupFromRow));

  const sectionsByPersona = new Map<string, PersonaSection[]>();
  for (const row of rowsOfWorkshop(db, 'persona_sections', workshopId)) {
    push(sectionsByPersona, row.persona_id, {
      id: row.id,
      title: row.title,
      hidden: row.hidden === 1,
      position: row.position,
      color: sectionColorColumn(row.color),
      cards: cards.bySection.get(row.id) ?? [],
      groups: groups.bySection.get(row.id) ?? [],
    });
  }
  // Pictures stay out: a board names each by its image id (see avatar-repo).
  const avatars = avatarsOfWorkshop(db, workshopId);
  const personas: Persona[] = rowsOfWorkshop(db, 'personas', workshopId).map((row) => ({
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    name: row.name,
    avatar: avatars.get(row.id) ?? { kind: 'initials' },
    role: row.role,
    ageRange: row.age_range,
    quote: row.quote,
    bio: row.bio,
    primary: row.is_primary === 1,
    sections: sectionsByPersona.get(row.id) ?? [],
  }));

  const maps = new Map<string, JourneyMap>();
  for (const row of rowsOfWorkshop(db, 'journey_maps', workshopId)) {
    maps.set(row.id, {
      id: row.id,
      workshopId: row.workshop_id,
      personaId: row.persona_id,
      title: row.title,
      position: row.position,
      stages: [],
      lanes: [],
      cards: cards.byMap.get(row.id) ?? [],
      groups: groups.byMap.get(row.id) ?? [],
      emotions: [],
    });
  }
  const stageOrder = new Map<string, number>();
  for (const row of rowsOfWorkshop(db, 'journey_stages', workshopId)) {
    stageOrder.set(row.id, row.position);
    maps.get(row.map_id)?.stages.push({ id: row.id, title: row.title, position: row.position });
  }
  for (const row of rowsOfWorkshop(db, 'journey_lanes', workshopId)) {
    const lane = { id: row.id, kind: laneKind(row.kind), title: row.title, hidden: row.hidden === 1, position: row.position };
    maps.get(row.map_id)?.lanes.push(lane);
  }
  for (const row of rowsOfWorkshop(db, 'journey_emotions', workshopId)) {
    maps.get(row.map_id)?.emotions.push({ stageId: row.stage_id, score: row.score, note: row.note });
  }
  for (const map of maps.values()) {
    // The curve is drawn left to right: points in stage order.
    map.emotions.sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0));
  }
  return { personas, journeyMaps: [...maps.values()] };
}

export function cardFromRow(row: CardRow): Card {
  return {
    id: row.id,
    container: containerOfRow(row),
    position: row.position,
    text: row.text,
    color: oneOf<CardColor>(CARD_COLORS, row.color, 'yellow'),
    author: row.author,
    severity: row.severity === 1 || row.severity === 2 || row.severity === 3 ? row.severity : null,
    momentOfTruthId: row.moment_of_truth_id,
    measureType: row.measure_type === null ? null : oneOf<MeasureType | null>(MEASURE_TYPES, row.measure_type, null),
    groupId: row.group_id,
    mergedFrom: mergedFromColumn(row.merged_from),
    participantId: row.participant_id,
    hidden: row.hidden === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function groupFromRow(row: CardGroupRow): CardGroup {
  return {
    id: row.id,
    container: containerOfRow(row),
    title: row.title,
    collapsed: row.collapsed === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The container a card or group row sits in (the table's CHECK makes it one or the other). */
export function containerOfRow(row: Pick<CardRow, 'section_id' | 'map_id' | 'stage_id' | 'lane_id'>): CardContainer {
  if (row.section_id !== null) return { kind: 'section', sectionId: row.section_id };
  return { kind: 'cell', mapId: row.map_id ?? '', stageId: row.stage_id ?? '', laneId: row.lane_id ?? '' };
}

/** A section's chosen colour; null (the template's) for none, or for anything not a card colour. */
export function sectionColorColumn(value: string | null): CardColor | null {
  return value === null ? null : oneOf<CardColor | null>(CARD_COLORS, value, null);
}

/** The column as written by mergedFromValue; anything else (never written by Atelier) reads as nothing merged. */
export function mergedFromColumn(text: string | null): MergedCard[] {
  if (text === null) return [];
  try {
    const value = JSON.parse(text) as unknown;
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown): MergedCard[] => {
      if (typeof item !== 'object' || item === null) return [];
      const { id, text: said, author, participantId } = item as Record<string, unknown>;
      if (typeof id !== 'string' || typeof said !== 'string') return [];
      return [{ id, text: said, author: typeof author === 'string' ? author : null, participantId: typeof participantId === 'string' ? participantId : null }];
    });
  } catch {
    return [];
  }
}

/** What the merged_from column stores for a card's duplicates: NULL for none. */
export function mergedFromValue(merged: readonly MergedCard[]): string | null {
  return merged.length === 0 ? null : JSON.stringify(merged.map(({ id, text, author, participantId }) => ({ id, text, author, participantId })));
}

export function laneKind(value: string): LaneKind {
  return oneOf<LaneKind>(LANE_KINDS, value, 'custom');
}

function oneOf<T>(values: readonly string[], value: string, fallback: T): T {
  return values.includes(value) ? (value as T) : fallback;
}

/** Cards or card groups by where they stand: by section id, and by journey map id. */
function byContainer<T extends { container: CardContainer }>(items: readonly T[]): { bySection: Map<string, T[]>; byMap: Map<string, T[]> } {
  const bySection = new Map<string, T[]>();
  const byMap = new Map<string, T[]>();
  for (const item of items) {
    if (item.container.kind === 'section') push(bySection, item.container.sectionId, item);
    else push(byMap, item.container.mapId, item);
  }
  return { bySection, byMap };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
