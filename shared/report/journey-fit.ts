import type { evenPages } from '../domain/even-pages';
import type { PageSize } from '../domain/report';
import { LANDSCAPE_MARGIN_MM, pageBox } from './layout';

/**
 * How a journey part (one landscape page of stages, shared/report/JourneyPages.tsx) meets its page.
 * The part is measured in the page's content box, as laid out by the engine that prints it:
 *  - it fits: printed as it is;
 *  - it is too tall, but scaled down (CSS zoom, its columns widened back to the page's width) it
 *    fits with no text smaller than LEGIBLE_FLOOR_PT: printed scaled, on one page;
 *  - otherwise its lanes are shared out over pages by `split` (evenPages in
 *    shared/domain/even-pages.ts, the projector's rule too), the stage headers repeated on each.
 * The one place this rule lives: the PDF printers run fitJourneyParts in the page before printing
 * (main/report/journey-fit-script.ts), with the geometry of journeyFitGeometry.
 */
export const LEGIBLE_FLOOR_PT = 6;
/** The most a part is ever scaled down, whatever its text sizes. */
export const MIN_JOURNEY_ZOOM = 0.8;
/** Room kept free at the foot of the page for rounding between the measure and the print. */
export const FIT_SAFETY = 0.985;

export interface JourneyFitGeometry {
  /** The landscape page's content box, in mm. */
  widthMm: number;
  heightMm: number;
  legibleFloorPt: number;
  minZoom: number;
  safety: number;
}

export type JourneyFit =
  | { kind: 'fits'; heightMm: number }
  | { kind: 'scaled'; zoom: number; smallestPt: number }
  | { kind: 'split'; lanesPerPage: number[] };

export function journeyFitGeometry(pageSize: PageSize): JourneyFitGeometry {
  const page = pageBox(pageSize, 'landscape');
  return {
    widthMm: page.width - 2 * LANDSCAPE_MARGIN_MM.side,
    heightMm: page.height - LANDSCAPE_MARGIN_MM.top - LANDSCAPE_MARGIN_MM.bottom,
    legibleFloorPt: LEGIBLE_FLOOR_PT,
    minZoom: MIN_JOURNEY_ZOOM,
    safety: FIT_SAFETY,
  };
}

/**
 * Applies the rule above to every journey part of the document, and says what it did to each.
 * Self-contained (no imports, no outer names): the printers send its source into the page.
 */
export function fitJourneyParts(doc: Document, geometry: JourneyFitGeometry, split: typeof evenPages): JourneyFit[] {
  const PX_PER_MM = 96 / 25.4;
  const PT_PER_PX = 72 / 96;
  const pageWidth = geometry.widthMm * PX_PER_MM;
  const pageHeight = geometry.heightMm * PX_PER_MM * geometry.safety;
  const outcomes: JourneyFit[] = [];

  for (const body of Array.from(doc.querySelectorAll<HTMLElement>('.rp-sheet--landscape > .rp-sheet__body'))) {
    const table = body.querySelector<HTMLTableElement>('table.rp-map');
    if (!table) continue;
    const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr'));
    const setWidth = (px: number): void => body.style.setProperty('width', `${px}px`, 'important');
    const heightAt = (px: number): number => {
      setWidth(px);
      return body.getBoundingClientRect().height;
    };

    body.style.removeProperty('zoom');
    table.style.removeProperty('width');
    for (const row of rows) row.style.removeProperty('break-before');
    const natural = heightAt(pageWidth);
    if (natural <= pageHeight) {
      outcomes.push({ kind: 'fits', heightMm: natural / PX_PER_MM });
      body.style.removeProperty('width');
      continue;
    }

    // The smallest text of the part (the emotion curve's drawing scales with its column, not with the zoom).
    let smallestPx = Infinity;
    for (const element of Array.from(body.querySelectorAll<HTMLElement>('*'))) {
      if (element.closest('svg') || !Array.from(element.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')) continue;
      smallestPx = Math.min(smallestPx, parseFloat(getComputedStyle(element).fontSize));
    }
    const smallestPt = Number.isFinite(smallestPx) ? smallestPx * PT_PER_PX : 9;
    const floor = Math.max(geometry.minZoom, geometry.legibleFloorPt / smallestPt);

    // Scaled by z, the part is laid out 1/z as wide (its columns stretched to it), then drawn z
    // times smaller: its printed height is z × its height at that width.
    table.style.setProperty('width', '100%');
    let zoom = pageHeight / natural;
    for (let round = 0; round < 6 && zoom >= floor; round++) {
      const printed = zoom * heightAt(pageWidth / zoom);
      if (printed <= pageHeight) break;
      zoom *= pageHeight / printed;
    }
    if (zoom >= floor) {
      const rounded = Math.floor(zoom * 1000) / 1000;
      setWidth(pageWidth / rounded);
      body.style.setProperty('zoom', String(rounded));
      outcomes.push({ kind: 'scaled', zoom: rounded, smallestPt: smallestPt * rounded });
      continue;
    }

    // Too tall to scale legibly: share the lanes out, at full size, over the fewest pages.
    table.style.removeProperty('width');
    heightAt(pageWidth);
    const top = body.getBoundingClientRect().top;
    const heads = table.tHead?.getBoundingClientRect().height ?? 0;
    const heights = rows.map((row) => row.getBoundingClientRect().height);
    const firstOverhead = (rows[0]?.getBoundingClientRect().top ?? top) - top;
    body.style.removeProperty('width');
    const pageOf = (from: number, to: number): number =>
      (from === 0 ? firstOverhead : heads) + heights.slice(from, to).reduce((sum, height) => sum + height, 0);
    const starts = split(heights.length, pageOf, pageHeight);
    for (const start of starts.slice(1)) rows[start]?.style.setProperty('break-before', 'page');
    outcomes.push({ kind: 'split', lanesPerPage: starts.map((start, index) => (starts[index + 1] ?? heights.length) - start) });
  }
  return outcomes;
}
