import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { evenPages } from '../../../shared/domain/even-pages';
import { useI18n } from '../i18n';
import { useRoomUnit } from './useRoomUnit';

/** How long a page of a board too large for the screen stays up before the next. */
export const PAGE_MS = 12_000;

/**
 * A counter that moves on every PAGE_MS: the projector's page clock. It starts again from the first
 * page whenever `screen` (what is projected) changes, so a new step never opens on a later page.
 */
export function usePageTick(screen: string): number {
  const [tick, setTick] = useState({ screen, count: 0 });
  useEffect(() => {
    setTick({ screen, count: 0 });
    const id = window.setInterval(() => setTick((current) => ({ screen, count: current.count + 1 })), PAGE_MS);
    return () => window.clearInterval(id);
  }, [screen]);
  return tick.screen === screen ? tick.count : 0;
}

/**
 * How many columns of at least `minWidth` fit side by side in the element, `gap` apart, less
 * `reserve` (a header column) — all three in room units, as presenter*.css sizes them.
 */
export function useColumnsThatFit(ref: RefObject<HTMLElement | null>, minWidth: number, gap: number, reserve = 0): number {
  const unit = useRoomUnit();
  const [columns, setColumns] = useState(1);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = (): void => setColumns(columnsThatFit(node.clientWidth / unit, minWidth, gap, reserve));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, minWidth, gap, reserve, unit]);
  return columns;
}

/** How many columns of at least `minWidth` fit in `width`, `gap` apart, less `reserve` (any one unit); at least one. */
export function columnsThatFit(width: number, minWidth: number, gap: number, reserve = 0): number {
  return Math.max(1, Math.floor((width - reserve + gap) / (minWidth + gap)));
}

/** Splits `items` into pages of `perPage`. */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let at = 0; at < items.length; at += Math.max(1, perPage)) pages.push(items.slice(at, at + Math.max(1, perPage)));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Shares rows of the given heights, `gap` apart, out over pages of `room` px: the fewest pages, as
 * even as can be, never one stray row when a pairing fits (evenPages, the PDF's rule too).
 */
export function packRows(heights: readonly number[], room: number, gap: number): number[][] {
  if (heights.length === 0) return [[]];
  const heightOf = (from: number, to: number): number => heights.slice(from, to).reduce((sum, height) => sum + height, 0) + gap * (to - from - 1);
  const starts = evenPages(heights.length, heightOf, room);
  return starts.map((start, index) => Array.from({ length: (starts[index + 1] ?? heights.length) - start }, (_, row) => start + row));
}

/** The page on screen: the facilitator's when chosen, else the page clock's. */
export function pageShown(count: number, chosen: number | null, tick: number): number {
  if (count <= 1) return 0;
  return (chosen ?? tick) % count;
}

/** One dot per page, the current one filled: the room sees there is more. */
export function PageDots({ count, current }: { count: number; current: number }) {
  const { t } = useI18n();
  if (count <= 1) return null;
  return (
    <p className="page-dots" role="status" aria-label={t('presenter.page', { page: current + 1, count })}>
      {Array.from({ length: count }, (_, index) => (
        <span key={index} className={index === current ? 'page-dots__dot is-current' : 'page-dots__dot'} aria-hidden="true" />
      ))}
      <span className="page-dots__label" aria-hidden="true">
        {current + 1}/{count}
      </span>
    </p>
  );
}
