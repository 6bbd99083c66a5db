import { EMOTION_MAX, EMOTION_MIN } from './board';

/** The emotion curve as the board and the deliverable draw it: one shape, whatever the unit. */

export interface CurvePointXY {
  x: number;
  y: number;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The height of a score in a band from `top` (+2) to `bottom` (−2); a score beyond ±2 sits on the edge. */
export function scoreY(score: number, top: number, bottom: number): number {
  const clamped = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, score));
  return top + ((EMOTION_MAX - clamped) / (EMOTION_MAX - EMOTION_MIN)) * (bottom - top);
}

/**
 * A smooth line through the points (uniform Catmull-Rom turned into cubic Bézier segments), its
 * control points kept inside [top, bottom] so the curve never swings past −2 or +2.
 */
export function smoothPath(points: readonly CurvePointXY[], top = -Infinity, bottom = Infinity): string {
  const first = points[0];
  if (!first) return '';
  const clampY = (y: number): number => Math.min(bottom, Math.max(top, y));
  let d = `M${round(first.x)} ${round(first.y)}`;
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: clampY(p1.y + (p2.y - p0.y) / 6) };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: clampY(p2.y - (p3.y - p1.y) / 6) };
    d += ` C${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(p2.x)} ${round(p2.y)}`;
  }
  return d;
}
