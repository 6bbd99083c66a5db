import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Card, CardGroup, JourneyMap, Lane, Stage } from '../../../shared/domain/board';
import type { CardActions } from './card-actions';
import { cellKey, containerKey, groupByContainer } from '../../../shared/domain/card-location';
import { groupsByContainer } from './group-entries';
import { JourneyGrid, type JourneyCommands } from './JourneyGrid';
import { useFitScale } from './useFitScale';
import './JourneyMapView.css';

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

export interface JourneyMapViewProps {
  map: JourneyMap;
  layout: JourneyLayout;
  /** Scale the whole map down to fit: the width of its frame and the window's (or the frame's) height. */
  fit: boolean;
  fitBound?: 'window' | 'frame';
  readOnly?: boolean;
  actions?: CardActions;
  commands?: JourneyCommands;
  /** Told the current scale, so the drag layer can scale its dragged copy too. */
  onScale?: (scale: number) => void;
}

/** A journey map in its frame: scrolling sideways with sticky lane headers, or scaled to fit. */
export function JourneyMapView({ map, layout, fit, fitBound = 'window', readOnly, actions, commands, onScale }: JourneyMapViewProps) {
  const frame = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const { scale, height, offset } = useFitScale(frame, content, fit, fitBound);
  useLayoutEffect(() => onScale?.(scale), [scale, onScale]);

  return (
    <div
      ref={frame}
      className={fit ? 'journey__frame is-fit' : 'journey__frame'}
      style={fit && fitBound === 'window' && height > 0 ? { height: height + 2 } : undefined}
    >
      <div ref={content} className="journey__content" style={fit ? { transform: `translateX(${offset}px) scale(${scale})` } : undefined}>
        <JourneyGrid
          map={map}
          stages={layout.stages}
          lanes={layout.lanes}
          cells={layout.cells}
          groupCells={layout.groupCells}
          moments={layout.moments}
          readOnly={readOnly}
          actions={actions}
          commands={commands}
          whole={fit}
        />
      </div>
    </div>
  );
}
