import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type Collision,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n';
import { cardNode, containerNode, groupNode } from './board-dom';
import { CardNavContext, type Neighbour } from './card-focus';
import { DragStore, DragStoreContext, HandleAttributesContext } from './drag-store';
import { DropIndicator } from './DropIndicator';
import { insertionEdge } from './drop-geometry';
import { nextSlot, sameSlot, slotAtPointer, slotPosition, sourceSlot, type Direction, type DropOnto, type ItemBox, type Slot, type SlotItem, type SlotLayout } from './slots';
import './CardDnd.css';

export interface CardDndLayout extends SlotLayout {
  /** How a container is named in announcements ("Research · Pain points"). */
  label(container: string): string;
  /** A group's title in announcements ('' when it has none yet). */
  groupTitle?(groupId: string): string;
}

export interface CardDndProps {
  layout: CardDndLayout;
  textOf: (cardId: string) => string;
  onMove: (cardId: string, container: string, index: number) => void;
  /** Dropped onto another card (make a group) or onto a group (join it). */
  onDropOnto?: (cardId: string, container: string, onto: DropOnto) => void;
  renderOverlay: (cardId: string) => ReactNode;
  /** The board is drawn scaled (fit to screen): the dragged copy follows suit. */
  scale?: number;
  children: ReactNode;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * dnd-kit is told of no droppable and no collision: where a card would land is found here from
 * the pointer and the containers' rectangles, measured once per drag (and again after a scroll),
 * and kept in the drag store. dnd-kit's own "over" never changes during a drag, so nothing on the
 * board renders again while the pointer moves, however many containers and cards there are.
 */
const NONE_HIT: Collision[] = [];
const NO_COLLISIONS: CollisionDetection = () => NONE_HIT;
/**
 * Near an edge the board scrolls once a frame, at about dnd-kit's default speed (10 px every
 * 5 ms): each scroll step costs the page a layout, so three a frame cost three.
 */
const AUTO_SCROLL = { interval: 16, acceleration: 30 };

/**
 * Drag and drop of cards between containers (persona sections, journey cells, persona tabs),
 * by pointer, touch and keyboard. The container under the pointer, and where the card lands inside
 * it, are read from the pointer (or stepped by the arrow keys) and shown as an insertion mark,
 * so nothing moves during the drag and hundreds of cards cost no extra measuring.
 */
export function CardDnd({ layout, textOf, onMove, onDropOnto, renderOverlay, scale = 1, children }: CardDndProps) {
  const { t } = useI18n();
  const store = useMemo(() => new DragStore(), []);
  const latest = useRef({ layout, textOf, onMove, onDropOnto });
  useLayoutEffect(() => {
    latest.current = { layout, textOf, onMove, onDropOnto };
  });
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const boxes = useRef(new Map<string, ItemBox[]>());
  // Container rects in client coordinates, measured once per drag and again after a scroll:
  // nothing else moves while dragging, so pointer moves cost no layout reads.
  const rects = useRef(new Map<string, DOMRect>());
  const announced = useRef<string>('');
  // My drag-end handler runs before dnd-kit's announcer and clears the store: keep what it saw.
  const ended = useRef<{ slot: Slot | null; source: Slot | null }>({ slot: null, source: null });

  const coordinateGetter = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { active, currentCoordinates }) => {
        const direction = ARROWS[event.code];
        if (!direction) return undefined;
        event.preventDefault();
        const { slot } = store.get();
        if (!slot) return undefined;
        const activeId = String(active);
        const next = nextSlot(latest.current.layout, activeId, slot, direction);
        if (next === slot) return undefined;
        store.set({ slot: next });
        const target = anchorOf(next, activeId, latest.current.layout);
        return target ? { x: target.left, y: target.top } : currentCoordinates;
      },
    [store],
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter, scrollBehavior: 'auto' }),
  );

  /** The container under a point: a card list or a persona's tab (see [data-container]). */
  const containerAt = (x: number, y: number): string | null => {
    const measured = rects.current;
    if (measured.size === 0) {
      for (const node of document.querySelectorAll<HTMLElement>('[data-container]:not([data-drop-disabled])')) {
        measured.set(node.dataset.container ?? '', node.getBoundingClientRect());
      }
    }
    for (const [key, rect] of measured) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return key;
    }
    return null;
  };

  const describe = (slot: Slot | null, activeId: string): { text: string; container: string; position: number; count: number; target: string; title: string; members: number } => {
    const { layout: current, textOf: text } = latest.current;
    const cards = slot ? current.cardsOf(slot.container) : [];
    const place = slot ? slotPosition(cards, activeId, slot.index) : { position: 0, count: 0 };
    const onto = slot?.onto;
    const group = slot && onto?.kind === 'group' ? itemsOf(current, slot.container).find((item) => item.id === onto.id) : undefined;
    return {
      text: text(activeId),
      container: slot ? current.label(slot.container) : '',
      ...place,
      target: onto?.kind === 'card' ? text(onto.id) : '',
      title: onto?.kind === 'group' ? current.groupTitle?.(onto.id) || t('grouping.untitled') : '',
      members: group ? group.cards.filter((id) => id !== activeId).length : 0,
    };
  };
  const keyOf = (slot: Slot | null): string => (slot ? `${slot.container}#${slot.index}#${slot.onto?.id ?? ''}` : '');
  /** What a slot is in words while dragging, or once dropped there. */
  const say = (slot: Slot, activeId: string, dropped: boolean): string => {
    const words = describe(slot, activeId);
    const source = ended.current.source ?? store.get().source;
    if (slot.onto?.kind === 'group' && source?.onto?.id === slot.onto.id) return t(dropped ? 'grouping.dnd.stayed' : 'grouping.dnd.inOwnGroup', words);
    if (slot.onto?.kind === 'card') return t(dropped ? 'grouping.dnd.droppedOnCard' : 'grouping.dnd.overCard', words);
    if (slot.onto?.kind === 'group') return t(dropped ? 'grouping.dnd.droppedOnGroup' : 'grouping.dnd.overGroup', words);
    return t(dropped ? 'boards.dnd.dropped' : 'boards.dnd.over', words);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const { slot } = store.get();
      announced.current = keyOf(slot);
      return t('boards.dnd.picked', describe(slot, String(active.id)));
    },
    onDragMove: ({ active }) => {
      const { slot, activeId } = store.get();
      // A move reported after the drop or the cancel (a late scroll) must not replace what they said.
      if (!activeId) return undefined;
      const key = keyOf(slot);
      if (key === announced.current) return undefined;
      announced.current = key;
      return slot ? say(slot, String(active.id), false) : t('boards.dnd.nowhere', { text: latest.current.textOf(String(active.id)) });
    },
    onDragOver: () => undefined,
    onDragEnd: ({ active }) => {
      const { slot, source } = ended.current;
      return slot ? say(slot, String(active.id), true) : t('boards.dnd.cancelled', describe(source, String(active.id)));
    },
    onDragCancel: ({ active }) => t('boards.dnd.cancelled', describe(ended.current.source, String(active.id))),
  };

  // Window listeners for the drag's duration: made once, so the ones added are the ones removed.
  const tracking = useMemo(() => {
    const trackPointer = (event: PointerEvent | TouchEvent): void => {
      const point = 'touches' in event ? event.touches[0] : event;
      if (point) pointer.current = { x: point.clientX, y: point.clientY };
    };
    const forgetRects = (): void => rects.current.clear();
    return {
      start: (): void => {
        rects.current.clear();
        // While a card is dragged the board takes no pointer: no hover restyling and no
        // hit-testing of a thousand cards on every move (see .is-dragging-card in CardDnd.css).
        document.body.classList.add('is-dragging-card');
        window.addEventListener('pointermove', trackPointer, true);
        window.addEventListener('touchmove', trackPointer, true);
        window.addEventListener('scroll', forgetRects, true);
      },
      stop: (): void => {
        document.body.classList.remove('is-dragging-card');
        window.removeEventListener('pointermove', trackPointer, true);
        window.removeEventListener('touchmove', trackPointer, true);
        window.removeEventListener('scroll', forgetRects, true);
        pointer.current = null;
        boxes.current.clear();
        rects.current.clear();
      },
    };
  }, []);
  useEffect(() => tracking.stop, [tracking]);

  const onDragStart = ({ active }: DragStartEvent): void => {
    const activeId = String(active.id);
    const container = (active.data.current as { container?: string } | undefined)?.container ?? '';
    const source = sourceSlot(latest.current.layout, container, activeId);
    ended.current = { slot: null, source: null };
    store.set({ activeId, source, slot: source });
    tracking.start();
  };

  /** Where the pointer is now: the slot under it, null off every list, undefined when nothing can be said. */
  const slotUnderPointer = (activeId: string): Slot | null | undefined => {
    const at = pointer.current;
    const container = at ? containerAt(at.x, at.y) : null;
    if (!container) return null;
    const node = containerNode(container);
    const y = at?.y;
    if (!node || y === undefined) return undefined;
    const top = (rects.current.get(container) ?? node.getBoundingClientRect()).top;
    let measured = boxes.current.get(container);
    if (!measured) {
      // Nothing moves during a drag, so one measurement per container and drag is enough.
      // The list's own children are its top-level cards and groups: one pass, however many cards.
      const drawn = new Map<string, HTMLElement>();
      for (const element of node.querySelector('.card-list__cards')?.children ?? []) {
        const { groupId, cardId } = (element as HTMLElement).dataset;
        if (groupId) drawn.set(`group:${groupId}`, element as HTMLElement);
        else if (cardId) drawn.set(`card:${cardId}`, element as HTMLElement);
      }
      measured = itemsOf(latest.current.layout, container).flatMap((item) => {
        const rect = drawn.get(`${item.kind}:${item.id}`)?.getBoundingClientRect();
        return rect ? [{ ...item, top: rect.top - top, bottom: rect.bottom - top }] : [];
      });
      boxes.current.set(container, measured);
    }
    return slotAtPointer(container, measured, activeId, y - top);
  };

  const onDragMove = ({ active, activatorEvent }: DragMoveEvent): void => {
    if (activatorEvent instanceof KeyboardEvent) return;
    const next = slotUnderPointer(String(active.id));
    if (next !== undefined && !sameSlot(store.get().slot, next)) store.set({ slot: next });
  };

  const onDragEnd = ({ active, activatorEvent }: DragEndEvent): void => {
    // A pointer drop lands where the pointer is released, even if its last move was not handled yet.
    if (!(activatorEvent instanceof KeyboardEvent)) {
      const last = slotUnderPointer(String(active.id));
      if (last !== undefined && !sameSlot(store.get().slot, last)) store.set({ slot: last });
    }
    const { slot, source } = store.get();
    ended.current = { slot, source };
    const activeId = String(active.id);
    tracking.stop();
    store.reset();
    if (!slot || sameSlot(slot, source)) return;
    if (slot.onto) latest.current.onDropOnto?.(activeId, slot.container, slot.onto);
    else latest.current.onMove(activeId, slot.container, slot.index);
  };

  const onDragCancel = (): void => {
    ended.current = { slot: null, source: store.get().source };
    tracking.stop();
    store.reset();
  };

  const neighbour = useMemo<Neighbour>(() => (container, direction) => latest.current.layout.neighbour(container, direction), []);
  const instructionsId = useId();
  const handleAttributes = useMemo(() => ({ roleDescription: t('boards.dnd.roleDescription'), describedBy: instructionsId }), [t, instructionsId]);

  return (
    <DragStoreContext.Provider value={store}>
      <CardNavContext.Provider value={neighbour}>
      <HandleAttributesContext.Provider value={handleAttributes}>
        {/* Read out with every card handle, wired to dnd-kit or not yet (see BoardCard). */}
        <div id={instructionsId} hidden>
          {t('boards.dnd.instructions')}
        </div>
        <DndContext
          sensors={sensors}
          collisionDetection={NO_COLLISIONS}
          autoScroll={AUTO_SCROLL}
          onDragStart={onDragStart}
          onDragMove={onDragMove}
          onDragEnd={onDragEnd}
          onDragCancel={onDragCancel}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('boards.dnd.instructions') } }}
        >
          {children}
          <DropIndicator store={store} itemsOf={(container) => itemsOf(latest.current.layout, container)} ontoLabel={(onto) => t(onto.kind === 'card' ? 'grouping.drop.makeGroup' : 'grouping.drop.join')} />
          {createPortal(
            <DragOverlay dropAnimation={null} className="card-overlay">
              <OverlayContent store={store} scale={scale} render={renderOverlay} />
            </DragOverlay>,
            document.body,
          )}
        </DndContext>
      </HandleAttributesContext.Provider>
      </CardNavContext.Provider>
    </DragStoreContext.Provider>
  );
}

function OverlayContent({ store, scale, render }: { store: DragStore; scale: number; render: (id: string) => ReactNode }) {
  const activeId = useSyncExternalStore(store.subscribe, () => store.get().activeId);
  if (!activeId) return null;
  if (scale === 1) return <>{render(activeId)}</>;
  return (
    <div className="card-overlay__scaled" style={{ transform: `scale(${scale})`, width: `${100 / scale}%` }}>
      {render(activeId)}
    </div>
  );
}

/** The container's top-level cards and groups, from the layout (every card alone when it has no groups). */
function itemsOf(layout: SlotLayout, container: string): readonly SlotItem[] {
  return layout.itemsOf ? layout.itemsOf(container) : layout.cardsOf(container).map((id) => ({ kind: 'card' as const, id, cards: [id] }));
}

/** Where the dragged copy should sit for a slot: on the card or group it goes onto or before, or under the last one. */
function anchorOf(slot: Slot, activeId: string, layout: SlotLayout): { left: number; top: number } | null {
  const node = containerNode(slot.container);
  if (!node) return null;
  if (slot.onto) {
    const element = slot.onto.kind === 'group' ? groupNode(node, slot.onto.id) : cardNode(node, slot.onto.id);
    const rect = element?.getBoundingClientRect();
    // A little in and down: the target stays readable under the copy.
    if (rect) return { left: rect.left + 24, top: rect.top + Math.min(24, rect.height / 2) };
  }
  const edge = insertionEdge(node, itemsOf(layout, slot.container), activeId, slot.index);
  if (edge) return { left: edge.left, top: edge.at === 'before' ? edge.rect.top : edge.rect.bottom + 8 };
  const box = node.getBoundingClientRect();
  return { left: box.left + 8, top: box.top + 8 };
}
