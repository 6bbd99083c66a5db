import { describe, expect, it } from 'vitest';
import { roomFloorPx, roomUnit } from '../../renderer/src/presenter/room-unit';
import { columnsThatFit } from '../../renderer/src/presenter/paging';

/* Sizes on the projector are relative to the projected image: one rule, stated for 1080 lines. */

describe('the room unit', () => {
  it('is one pixel on a 1920×1080 image and follows the image height on 16:9, 16:10 and 4:3', () => {
    expect(roomUnit(1920, 1080)).toBe(1);
    expect(roomFloorPx(1920, 1080)).toBe(24);
    expect(roomFloorPx(1024, 768)).toBeCloseTo(17.07, 2);
    expect(roomFloorPx(1280, 800)).toBeCloseTo(17.78, 2);
    expect(roomFloorPx(2560, 1440)).toBeCloseTo(32, 6);
  });

  it('follows the width of a window narrower than 4:3, so the layout still fits across', () => {
    expect(roomUnit(900, 900)).toBeCloseTo(900 / 1440, 6);
    expect(roomUnit(1080, 1920)).toBeCloseTo(0.75, 6);
    // A wide window is still sized by its height.
    expect(roomUnit(2560, 1080)).toBe(1);
  });

  it('stays usable for a window not laid out yet', () => {
    expect(roomUnit(0, 0)).toBe(1);
  });
});

describe('columns that fit', () => {
  it('counts columns of a minimum width with their gaps, less a header column, at least one', () => {
    // The journey map on a 1080-line 16:9 image: 1820 units across, lane titles 242.4 with their gap.
    expect(columnsThatFit(1820.16, 300, 12, 242.4)).toBe(5);
    // The same on a 4:3 image: 1340 units across.
    expect(columnsThatFit(1340, 300, 12, 242.4)).toBe(3);
    expect(columnsThatFit(100, 300, 12)).toBe(1);
  });
});
