import { DndContext, PointerSensor, TouchSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { nudge, type Matrix, type MatrixItem, type Placement } from '../../../shared/domain/matrix';
import { useI18n } from '../i18n';
import { MatrixChart } from './MatrixChart';
import { MatrixChipContent } from './MatrixChip';
import { axisNames, cellText, dotsText, whereText } from '../matrix-text';

export interface MatrixBoardProps {
  matrix: Matrix;
  /** Places an item (null: back to the tray); answers once main has it. */
  onPlace: (itemId: string, placement: Placement | null) => Promise<void>;
  selectedId: string | null;
  onSelect: (itemId: string) => void;
}

const ARROWS: Record<string, 'up' | 'down' | 'left' | 'right'> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const TRAY = 'tray';
const cellId = (p: Placement) => `cell:${p.impact}:${p.effort}`;

function placementOfDrop(id: string): Placement | null | undefined {
  if (id === TRAY) return null;
  const match = /^cell:(\d):(\d)$/.exec(id);
  return match ? { impact: Number(match[1]), effort: Number(match[2]) } : undefined;
}

/**
 * The laptop's matrix: the grid and the tray of items not placed yet. Items move by mouse and
 * touch (dnd-kit) and by keyboard: the arrows move the focused item one step on each axis, Delete
 * sends it back to the tray; each move is announced ("Late check-in: impact 4, effort 2 — Quick wins").
 */
export function MatrixBoard({ matrix, onPlace, selectedId, onSelect }: MatrixBoardProps) {
  const { t } = useI18n();
  const axes = axisNames(matrix, t);
  const [announcement, setAnnouncement] = useState('');
  // Where items are heading while main has not answered yet: drawn there at once, so fast presses
  // add up and an answer to an earlier press never draws the item back where it was.
  const heading = useRef(new Map<string, Placement | null>());
  const [, redraw] = useState(0);
  const focusAfter = useRef<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(TouchSensor, { activationConstraint: { delay: 120, tolerance: 6 } }));

  useEffect(() => {
    // An item moved by keyboard is drawn in another cell: focus follows it there.
    const id = focusAfter.current;
    if (id === null) return;
    const node = document.querySelector<HTMLElement>(`[data-matrix-item="${CSS.escape(id)}"]`);
    if (node && document.activeElement !== node) node.focus();
  });

  const place = (item: MatrixItem, placement: Placement | null, announce: boolean): void => {
    heading.current.set(item.id, placement);
    redraw((n) => n + 1);
    if (announce) setAnnouncement(whereText({ text: item.text, placement }, axes, t));
    void onPlace(item.id, placement).finally(() => {
      if (heading.current.get(item.id) !== placement) return;
      heading.current.delete(item.id);
      redraw((n) => n + 1);
    });
  };
  const items = matrix.items.map((item) => (heading.current.has(item.id) ? { ...item, placement: heading.current.get(item.id) ?? null } : item));

  const onKeyDown = (item: MatrixItem) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const direction = ARROWS[event.key];
    const current = item.placement;
    if (direction) {
      event.preventDefault();
      focusAfter.current = item.id;
      const next = nudge(current, direction);
      if (current && next.impact === current.impact && next.effort === current.effort) {
        setAnnouncement(whereText({ text: item.text, placement: current }, axes, t));
        return;
      }
      place(item, next, true);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && current !== null) {
      event.preventDefault();
      focusAfter.current = item.id;
      place(item, null, true);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    const item = items.find((candidate) => candidate.id === active.id);
    const target = over ? placementOfDrop(String(over.id)) : undefined;
    if (!item || target === undefined) return;
    if (target?.impact === item.placement?.impact && target?.effort === item.placement?.effort) return;
    focusAfter.current = null;
    place(item, target, true);
  };

  const chip = (item: MatrixItem) => (
    <DraggableChip key={item.id} item={item} label={`${whereText(item, axes, t)} · ${dotsText(item.votes, t)}`} selected={item.id === selectedId} onKeyDown={onKeyDown(item)} onSelect={() => onSelect(item.id)} />
  );
  const tray = items.filter((item) => item.placement === null);

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => t('matrix.picked', { text: textOf(matrix, active.id) }),
          onDragOver: ({ active, over }) => (over ? overText(matrix, String(active.id), String(over.id), axes, t) : undefined),
          onDragEnd: ({ active, over }) => (over ? overText(matrix, String(active.id), String(over.id), axes, t) : undefined),
          onDragCancel: ({ active }) => t('matrix.cancelled', { text: textOf(matrix, active.id) }),
        },
      }}
    >
      <div className="matrix-board">
        <div className="matrix-board__grid">
          <MatrixChart
            variant="laptop"
            label={t('matrix.grid.label', axes)}
            axes={axes}
            items={items}
            renderItem={chip}
            renderCell={(placement, children) => (
              <DropCell id={cellId(placement)} label={cellText(placement, axes, t)}>
                {children}
              </DropCell>
            )}
          />
        </div>
        <DropCell id={TRAY} label={t('matrix.tray')} className="matrix-tray">
          <h3 className="matrix-tray__title">
            {t('matrix.tray')} <span className="matrix-tray__count">{tray.length}</span>
          </h3>
          {tray.length === 0 ? <p className="muted matrix-tray__empty">{t('matrix.tray.empty')}</p> : <div className="matrix-tray__items">{tray.map(chip)}</div>}
        </DropCell>
      </div>
      <p className="muted matrix-board__keys">{t('matrix.keys')}</p>
      <div className="visually-hidden" aria-live="assertive" role="status">
        {announcement}
      </div>
    </DndContext>
  );
}

function textOf(matrix: Matrix, id: string | number): string {
  return matrix.items.find((item) => item.id === id)?.text ?? '';
}

function overText(matrix: Matrix, itemId: string, overId: string, axes: { vertical: string; horizontal: string }, t: ReturnType<typeof useI18n>['t']): string {
  const placement = placementOfDrop(overId);
  if (placement === undefined) return '';
  return whereText({ text: textOf(matrix, itemId), placement }, axes, t);
}

function DropCell({ id, label, className, children }: { id: string; label: string; className?: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div ref={setNodeRef} className={['matrix-drop', className, isOver && 'is-over'].filter(Boolean).join(' ')} role="group" aria-label={label}>
      {children}
    </div>
  );
}

function DraggableChip({
  item,
  label,
  selected,
  onKeyDown,
  onSelect,
}: {
  item: MatrixItem;
  label: string;
  selected: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onSelect: () => void;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: item.id });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={['matrix-chip', selected && 'is-selected', isDragging && 'is-dragging'].filter(Boolean).join(' ')}
      style={style}
      data-matrix-item={item.id}
      {...attributes}
      {...listeners}
      aria-roledescription={undefined}
      aria-describedby={undefined}
      aria-label={label}
      aria-pressed={selected}
      onKeyDown={onKeyDown}
      onClick={onSelect}
    >
      <MatrixChipContent item={item} />
    </button>
  );
}
