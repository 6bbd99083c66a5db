import { Fragment, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { masonry } from './masonry';

/** A section's title bar and padding, in CSS pixels, on top of its cards. */
export const SECTION_CHROME = 64;
/** The narrowest a column of sections gets, and the gap between columns. */
const COLUMN_MIN = 280;
const GAP = 16;

const columnsFor = (width: number): number => Math.max(1, Math.floor((width + GAP) / (COLUMN_MIN + GAP)));

export interface FlowItem {
  key: string;
  /** Its likely height, to place it: the measured heights would move sections as cards are typed. */
  height: number;
  /** The least height it can take (see `render`). */
  least: number;
  /**
   * Draws it, told the least height of what lies above it in its column: the opening screen
   * draws only the cards that may show, and nothing below the fold.
   */
  render: (above: number) => ReactNode;
}

/**
 * Persona sections in as many columns as the width holds, each section going, in order, to the
 * column that is shortest so far: a long section no longer leaves holes beside it.
 */
export function SectionColumns({ items }: { items: readonly FlowItem[] }) {
  const root = useRef<HTMLDivElement>(null);
  // A first guess from the window (the identity column and the frame's padding beside), so that
  // the measure right after the first render usually confirms it and nothing is drawn twice.
  const [count, setCount] = useState(() => columnsFor(window.innerWidth - 380));
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const measure = (): void => setCount(columnsFor(element.offsetWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const columns = masonry(
    items.map((item) => item.height),
    count,
  );
  return (
    <div ref={root} className="persona-sections" style={{ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` }}>
      {columns.map((indexes, column) => {
        let above = 0;
        return (
          <div key={column} className="column persona-sections__column">
            {indexes.map((index) => {
              const item = items[index]!;
              const node = item.render(above);
              above += item.least;
              return <Fragment key={item.key}>{node}</Fragment>;
            })}
          </div>
        );
      })}
    </div>
  );
}
