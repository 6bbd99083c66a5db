/*
 * How large things are on the projector. A projector throws its whole image onto the same wall
 * whatever its resolution, so sizes are relative to the image, not absolute pixels: the presenter
 * is designed on a 1920×1080 image, and one room unit is one pixel of that design scaled to the
 * image shown. Nothing the room reads is under ROOM_FLOOR room units — 24 px at 1080 lines, 17 px
 * at 768, 32 px at 1440.
 *
 * The image's height sets the unit while it is at least 4:3 wide (16:9, 16:10, 4:3 projectors);
 * a window narrower than that (a window not full screen, a portrait screen) is sized by its width,
 * as if it were cut from a 4:3 image, so the layout still fits across.
 *
 * The one rule: the presenter's root sets --room-unit from roomUnit() (presenter*.css writes every
 * size as a multiple of it), the code that measures what fits uses roomUnit() too, and so does the
 * end-to-end check of what the room can read.
 */

/** The lines of the image the presenter is designed on. */
export const DESIGN_LINES = 1080;

/** The narrowest image still sized by its height: 4:3. */
export const NARROWEST_ASPECT = 4 / 3;

/** The smallest text the room reads, in room units (24 px on a 1080-line image). */
export const ROOM_FLOOR = 24;

/** One room unit in CSS px, for an image (window) of this size. */
export function roomUnit(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.min(height / DESIGN_LINES, width / (DESIGN_LINES * NARROWEST_ASPECT));
}

/** The smallest text the room may be shown on an image of this size, in CSS px. */
export function roomFloorPx(width: number, height: number): number {
  return ROOM_FLOOR * roomUnit(width, height);
}
