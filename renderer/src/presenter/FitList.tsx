import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useRoomUnit } from './useRoomUnit';

export interface FitListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
  label: string;
  /** Advances on the projector's page clock: a cut list then shows its next cards. */
  tick: number;
  className?: string;
  /** The list's whole accessible name, instead of "Cards in {label}". */
  listLabel?: string;
  /** A ranking: an ordered list. */
  ordered?: boolean;
}

/**
 * A list that never shrinks its cards to fit: it shows those that fit at full size, says how
 * many are not on screen ("+3 more"), and moves on to the next ones as the page clock ticks.
 * Cut cards keep their place in the layout (only hidden), so measuring again changes nothing.
 * A card taller than the whole list is not shown half: the marker then counts it too.
 */
export function FitList<T>({ items, itemKey, render, label, tick, className, listLabel, ordered }: FitListProps<T>) {
  const { t, tc } = useI18n();
  const unit = useRoomUnit();
  const list = useRef<HTMLUListElement & HTMLOListElement>(null);
  const marker = useRef<HTMLParagraphElement>(null);
  const [fits, setFits] = useState(items.length);
  const [start, setStart] = useState(0);
  const [size, setSize] = useState(0);
  const List = ordered ? 'ol' : 'ul';
  const from = start < items.length ? start : 0;
  const shown = items.slice(from);

  // Measured again when the list or one of its items changes size (a group that cuts its cards to fit).
  const drawnKeys = shown.map(itemKey).join('\n');
  useLayoutEffect(() => {
    const node = list.current;
    if (!node) return undefined;
    const observer = new ResizeObserver(() => setSize((n) => n + 1));
    observer.observe(node);
    for (const row of node.children) observer.observe(row);
    return () => observer.disconnect();
  }, [drawnKeys]);

  useLayoutEffect(() => {
    const node = list.current;
    if (!node) return;
    const rows = [...node.children] as HTMLElement[];
    const overflowing = rows.some((row) => row.offsetTop + row.offsetHeight > node.clientHeight + 1);
    // Before the marker is drawn, room for it as presenter.css sizes it (about 40 room units).
    const limit = node.clientHeight - (overflowing ? (marker.current?.offsetHeight ?? 40 * unit) : 0);
    let count = rows.findIndex((row) => row.offsetTop + row.offsetHeight > limit + 1);
    if (count === -1) count = rows.length;
    setFits(count);
  }, [items, from, size, unit]);

  const visible = Math.min(fits, shown.length);
  const hidden = items.length - visible;
  const previousTick = useRef(tick);
  useLayoutEffect(() => {
    if (previousTick.current === tick) return;
    previousTick.current = tick;
    if (hidden > 0) setStart(from + visible >= items.length ? 0 : from + visible);
    else if (from !== 0) setStart(0);
  }, [tick, hidden, from, visible, items.length]);

  return (
    <div className={`fit-list${className ? ` ${className}` : ''}`}>
      <List ref={list} className="fit-list__items" aria-label={listLabel ?? t('boards.list.cards', { container: label })}>
        {shown.map((item, index) => (
          <li key={itemKey(item)} className={index < visible ? 'fit-list__item' : 'fit-list__item is-cut'} aria-hidden={index < visible ? undefined : true}>
            {render(item)}
          </li>
        ))}
      </List>
      {hidden > 0 && (
        <p ref={marker} className="fit-list__more" data-more={hidden}>
          {tc('presenter.more', hidden)}
        </p>
      )}
    </div>
  );
}
