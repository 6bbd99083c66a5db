import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Card, CardGroup, JourneyMap, Lane, Stage } from '../../../shared/domain/board';
import { cellKey, containerKey, groupByContainer } from '../../../shared/domain/card-location';
import { groupsByContainer } from './group-entries';

export interface JourneyLayout {
  stages: readonly Stage[];
  /** Visible lanes, in order. */
  lanes: readonly Lane[];
  hiddenLanes: readonly Lane[];
  cells: ReadonlyMap<string, readonly Card[]>;
  /** Each cell's groups, by the same keys. */
  groupCells: ReadonlyMap<string, readonly CardGroup[]>;
  /** The map's moment-of-truth cards, stage by stage: what a pain point can be tied to. */
  moments: readonly Card[];
}

const sameItems = <T,>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((item, index) => item === b[index]);

/** Stages, lanes and cells of a map in display order, sharing unchanged arrays between renders. */
export function useJourneyLayout(map: JourneyMap | null): JourneyLayout {
  const previousCells = useRef<ReadonlyMap<string, readonly Card[]>>(new Map());
  const previousMoments = useRef<readonly Card[]>([]);
  const previousGroups = useRef<ReadonlyMap<string, readonly CardGroup[]>>(new Map());
  const layout = useMemo(() => {
    const stages = [...(map?.stages ?? [])].sort((a, b) => a.position - b.position);
    const allLanes = [...(map?.lanes ?? [])].sort((a, b) => a.position - b.position);
    const cells = groupByContainer(map?.cards ?? [], previousCells.current);
    const groupCells = groupsByContainer(map?.groups ?? [], previousGroups.current, (group) => containerKey(group.container));
    const momentLanes = allLanes.filter((lane) => lane.kind === 'momentsOfTruth');
    const moments = stages.flatMap((stage) => momentLanes.flatMap((lane) => cells.get(cellKey(stage.id, lane.id)) ?? []));
    return {
      stages,
      lanes: allLanes.filter((lane) => !lane.hidden),
      hiddenLanes: allLanes.filter((lane) => lane.hidden),
      cells,
      groupCells,
      moments: sameItems(moments, previousMoments.current) ? previousMoments.current : moments,
    };
  }, [map]);
  useLayoutEffect(() => {
    previousCells.current = layout.cells;
    previousGroups.current = layout.groupCells;
    previousMoments.current = layout.moments;
  }, [layout]);
  return layout;
}
