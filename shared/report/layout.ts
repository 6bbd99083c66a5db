import type { EmotionPoint, Stage } from '../domain/board';
import { scoreY, smoothPath } from '../domain/emotion-curve';
import type { PageSize } from '../domain/report';

/**
 * Page geometry, in millimetres, shared by the print stylesheet and the components that need
 * exact widths (journey columns, the emotion curve), so the preview and the PDF lay out alike.
 */
export const PAGE_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Room for the running header and the page number, which Chromium draws in the page margins. */
export const MARGIN_MM = { top: 20, bottom: 18, side: 16 } as const;
/** Journey pages trade a little margin for one more lane on the page. */
export const LANDSCAPE_MARGIN_MM = { top: 16, bottom: 14, side: 13 } as const;

export function marginsOf(orientation: Orientation): { top: number; bottom: number; side: number } {
  return orientation === 'portrait' ? MARGIN_MM : LANDSCAPE_MARGIN_MM;
}

export type Orientation = 'portrait' | 'landscape';

export function pageBox(size: PageSize, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAGE_MM[size];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

export function contentWidth(size: PageSize, orientation: Orientation): number {
  return pageBox(size, orientation).width - 2 * marginsOf(orientation).side;
}

/** A journey page holds at most this many stages: wider maps are split, never shrunk. */
export const MAX_STAGES_PER_PAGE = 4;
/** The lane titles column, repeated on every part of a split map. */
export const LANE_HEADER_MM = 34;

/**
 * Splits a map's stages into pages of at most MAX_STAGES_PER_PAGE, as evenly as possible
 * (7 stages → 4 + 3, 10 → 4 + 3 + 3), so that no page carries a lone stage.
 */
export function splitStages<T>(stages: readonly T[], perPage = MAX_STAGES_PER_PAGE): T[][] {
  if (stages.length === 0) return [];
  const pages = Math.ceil(stages.length / perPage);
  const base = Math.floor(stages.length / pages);
  const larger = stages.length % pages;
  const parts: T[][] = [];
  let start = 0;
  for (let page = 0; page < pages; page++) {
    const size = base + (page < larger ? 1 : 0);
    parts.push(stages.slice(start, start + size));
    start += size;
  }
  return parts;
}

/** The stages of one part share the page width left after the lane titles. */
export function stageColumnWidth(size: PageSize, stagesOnPart: number): number {
  return (contentWidth(size, 'landscape') - LANE_HEADER_MM) / Math.max(1, stagesOnPart);
}

export interface CurvePoint {
  /** Index of the stage in the part (may be -1 or n for the neighbours that continue the line). */
  column: number;
  x: number;
  y: number;
  score: number;
  note: string;
}

export interface EmotionCurveGeometry {
  width: number;
  height: number;
  /** y of score 0. */
  zeroY: number;
  /** Points of this part's stages that have a score, for dots and labels. */
  points: CurvePoint[];
  /** The line, continued towards the neighbouring parts' stages so a split map reads as one curve. */
  path: string;
}

/**
 * The emotion curve of one part of a map: a smooth line through the scored stages, x at each
 * column's centre, y from EMOTION_MAX (top) to EMOTION_MIN (bottom). Stages with no score are
 * skipped rather than drawn as zero, which would be a statement nobody made.
 */
export function emotionCurve(
  allStages: readonly Stage[],
  part: readonly Stage[],
  emotions: readonly EmotionPoint[],
  columnWidth: number,
  height: number,
): EmotionCurveGeometry {
  const pad = 5;
  const scale = (score: number): number => scoreY(score, pad, height - pad);
  const scoreOf = new Map(emotions.map((point) => [point.stageId, point]));
  const first = part[0] ? allStages.findIndex((stage) => stage.id === part[0]?.id) : -1;
  const toPoint = (stage: Stage | undefined, column: number): CurvePoint | null => {
    const point = stage ? scoreOf.get(stage.id) : undefined;
    if (!point) return null;
    return { column, x: (column + 0.5) * columnWidth, y: scale(point.score), score: point.score, note: point.note };
  };
  const points = part.map((stage, index) => toPoint(stage, index)).filter((point): point is CurvePoint => point !== null);
  const before = first > 0 ? toPoint(allStages[first - 1], -1) : null;
  const after = first >= 0 ? toPoint(allStages[first + part.length], part.length) : null;
  const line = [...(before ? [before] : []), ...points, ...(after ? [after] : [])];
  return { width: columnWidth * part.length, height, zeroY: scale(0), points, path: smoothPath(line, pad, height - pad) };
}
