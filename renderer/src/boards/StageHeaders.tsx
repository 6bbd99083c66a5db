import { DndContext, closestCenter, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, horizontalListSortingStrategy, useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useMemo, useState } from 'react';
import type { Stage } from '../../../shared/domain/board';
import { GripIcon, TrashIcon } from '../components/icons';
import { useSortSensors } from '../components/sortable';
import { useI18n } from '../i18n';
import { CommitField } from '../components/CommitField';
import { useBoardZoom } from './BoardViewport';

export interface StageCommands {
  rename: (stageId: string, title: string) => void;
  /** Asks first (at the board level) when the stage holds cards. */
  remove: (stage: Stage) => void;
  /** Resolves false when main refused. */
  reorder: (stageIds: string[]) => Promise<boolean>;
}

/**
 * The stage headers of a journey map, reordered by drag and drop (pointer, touch, or keyboard:
 * Space on a handle, Left/Right, Space) with announcements; renamed in place; deleted after a
 * confirmation when they hold cards.
 */
export function StageHeaders({ stages, commands }: { stages: readonly Stage[]; commands: StageCommands }) {
  const { t } = useI18n();
  const [order, setOrder] = useState<string[] | null>(null);
  const sensors = useSortSensors();
  const shown = useMemo(() => {
    if (!order) return stages;
    const byId = new Map(stages.map((s) => [s.id, s]));
    const ordered = order.map((id) => byId.get(id)).filter((s) => s !== undefined);
    return ordered.length === stages.length ? ordered : stages;
  }, [order, stages]);
  const ids = shown.map((s) => s.id);
  const titleOf = (id: unknown): string => shown.find((s) => s.id === id)?.title ?? '';
  const positionOf = (id: unknown): number => ids.indexOf(String(id)) + 1;

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('boards.stage.dnd.picked', { title: titleOf(active.id), position: positionOf(active.id), count: ids.length }),
    onDragOver: ({ active, over }) =>
      over ? t('boards.stage.dnd.over', { title: titleOf(active.id), position: positionOf(over.id), count: ids.length }) : undefined,
    onDragEnd: ({ active, over }) => t('boards.stage.dnd.dropped', { title: titleOf(active.id), position: positionOf(over?.id ?? active.id), count: ids.length }),
    onDragCancel: ({ active }) => t('boards.stage.dnd.cancelled', { title: titleOf(active.id), position: positionOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    setOrder(next);
    void commands.reorder(next).then((saved) => !saved && setOrder(null));
  };
  // The push that follows carries the stored order: from then on, show that.
  useEffect(() => setOrder(null), [stages]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, container: document.body, screenReaderInstructions: { draggable: t('boards.stage.dnd.instructions') } }}
    >
      <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
        {shown.map((stage, index) => (
          <StageHeader key={stage.id} stage={stage} index={index} commands={commands} />
        ))}
      </SortableContext>
    </DndContext>
  );
}

function StageHeader({ stage, index, commands }: { stage: Stage; index: number; commands: StageCommands }) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id });
  return (
    <div
      ref={setNodeRef}
      role="columnheader"
      aria-label={stage.title}
      data-stage-id={stage.id}
      className={`journey__stage${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <StageNumber index={index} title={stage.title} />
      <button type="button" ref={setActivatorNodeRef} className="journey__stage-handle" {...attributes} {...listeners} aria-label={t('boards.stage.move', { title: stage.title })}>
        <GripIcon className="grip" />
      </button>
      <CommitField
        className="journey__stage-title"
        title={stage.title}
        value={stage.title}
        maxLength={120}
        required
        aria-label={t('boards.stage.title', { title: stage.title })}
        onCommit={(title) => commands.rename(stage.id, title)}
      />
      <button
        type="button"
        className="button button--ghost button--icon button--small"
        aria-label={t('boards.stage.delete', { title: stage.title })}
        onClick={() => commands.remove(stage)}
      >
        <TrashIcon />
      </button>
    </div>
  );
}

/**
 * The stage's number; in a zoomable frame, a button that zooms to the stage: its column and the
 * lane titles fill the frame's width.
 */
export function StageNumber({ index, title }: { index: number; title: string }) {
  const { t } = useI18n();
  const zoom = useBoardZoom();
  if (!zoom) {
    return (
      <span className="journey__stage-number" aria-hidden="true">
        {index + 1}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="journey__stage-number"
      aria-label={t('boards.zoom.toStage', { title })}
      title={t('boards.zoom.toStage', { title })}
      onClick={(event) => {
        const header = event.currentTarget.closest<HTMLElement>('[role="columnheader"]');
        const corner = header?.parentElement?.firstElementChild as HTMLElement | null | undefined;
        if (header) zoom.zoomTo(header, 'x', corner?.offsetWidth ?? 0);
      }}
    >
      {index + 1}
    </button>
  );
}
