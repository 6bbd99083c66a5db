/**
 * Zoom of a board, in CSS zoom units (1 = 100 %). Pure: the viewport that applies it measures the
 * page; here are the steps, the limits and what "fit" means.
 */
export const ZOOM_MIN = 0.5;
export const ZOOM_MAX = 2;

/** The steps + and − go through. */
export const ZOOM_STEPS = [0.5, 0.6, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

/**
 * "Fit" never goes below this: card text (15 px) stays at 11 px or more, legible on a laptop.
 * A board wider than that fits its width at this zoom and scrolls.
 */
export const FIT_FLOOR = 0.75;

export interface BoardView {
  zoom: number;
  /** Follow the frame's width (within FIT_FLOOR and 1) rather than a chosen zoom. */
  fit: boolean;
}

export const DEFAULT_VIEW: BoardView = { zoom: 1, fit: false };

export const clampZoom = (zoom: number): number => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, Math.round(zoom * 100) / 100));

/** The next step up (1) or down (−1) from a zoom that may lie between steps. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const next = direction === 1 ? ZOOM_STEPS.find((step) => step > zoom + 0.001) : [...ZOOM_STEPS].reverse().find((step) => step < zoom - 0.001);
  return next ?? (direction === 1 ? ZOOM_MAX : ZOOM_MIN);
}

/** A wheel or pinch gesture (deltaY in pixels, negative to zoom in): smooth, proportional. */
export const wheelZoom = (zoom: number, deltaY: number): number => clampZoom(zoom * Math.exp(-Math.max(-100, Math.min(100, deltaY)) * 0.005));

/** Two fingers moved from `startDistance` apart to `distance` apart: the zoom follows their spread. */
export const pinchZoom = (startZoom: number, startDistance: number, distance: number): number =>
  startDistance > 0 ? clampZoom(startZoom * (distance / startDistance)) : clampZoom(startZoom);

/** The zoom at which content of this natural width fits the frame: never above 1, never below FIT_FLOOR. */
export function fitZoom(frameWidth: number, contentWidth: number): number {
  if (frameWidth <= 0 || contentWidth <= 0) return 1;
  return Math.min(1, Math.max(FIT_FLOOR, Math.floor((frameWidth / contentWidth) * 100) / 100));
}

/** Zoom that makes a span of the content fill a length of the frame (a stage's width, a lane's height). */
export const spanZoom = (frameLength: number, contentLength: number): number => (contentLength > 0 ? clampZoom(frameLength / contentLength) : 1);

/**
 * The scroll offset that keeps a point of the content under the same spot of the frame when the
 * zoom changes: `offset` is the spot's distance from the frame's edge.
 */
export const anchoredScroll = (scroll: number, offset: number, from: number, to: number): number => Math.max(0, ((scroll + offset) / from) * to - offset);

/** A view read back from storage, or null when it is not one. */
export function parseView(raw: string | null): BoardView | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { zoom, fit } = value as Record<string, unknown>;
    if (typeof zoom !== 'number' || !Number.isFinite(zoom) || typeof fit !== 'boolean') return null;
    return { zoom: clampZoom(zoom), fit };
  } catch {
    return null;
  }
}
