import { describe, expect, it } from 'vitest';
import { masonry } from '../../renderer/src/boards/masonry';
import { anchoredScroll, clampZoom, FIT_FLOOR, fitZoom, parseView, pinchZoom, spanZoom, stepZoom, wheelZoom, ZOOM_MAX, ZOOM_MIN } from '../../renderer/src/boards/zoom';
import { sectionColor } from '../../shared/templates/defaults';

describe('zooming a board', () => {
  it('steps up and down through the zoom steps, from a zoom between steps too, and stops at the limits', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.8, 1)).toBe(0.9);
    expect(stepZoom(0.8, -1)).toBe(0.75);
    expect(stepZoom(ZOOM_MAX, 1)).toBe(ZOOM_MAX);
    expect(stepZoom(ZOOM_MIN, -1)).toBe(ZOOM_MIN);
  });

  it('zooms in for a wheel turned up (or a pinch opened) and out for one turned down, within the limits', () => {
    expect(wheelZoom(1, -100)).toBeGreaterThan(1);
    expect(wheelZoom(1, 100)).toBeLessThan(1);
    expect(wheelZoom(ZOOM_MAX, -1000)).toBe(ZOOM_MAX);
    expect(wheelZoom(ZOOM_MIN, 1000)).toBe(ZOOM_MIN);
    expect(clampZoom(7)).toBe(ZOOM_MAX);
  });

  it('follows the spread of two fingers: apart zooms in, together zooms out, within the limits', () => {
    expect(pinchZoom(1, 100, 150)).toBe(1.5);
    expect(pinchZoom(1.5, 200, 100)).toBe(0.75);
    expect(pinchZoom(1, 100, 1000)).toBe(ZOOM_MAX);
    expect(pinchZoom(1, 100, 1)).toBe(ZOOM_MIN);
    expect(pinchZoom(1.25, 0, 50)).toBe(1.25);
  });

  it('fits the width but never goes below a legible size, nor above 100 %', () => {
    expect(fitZoom(1400, 2044)).toBe(FIT_FLOOR);
    expect(fitZoom(1800, 2044)).toBe(0.88);
    expect(fitZoom(2400, 2044)).toBe(1);
    expect(fitZoom(0, 2044)).toBe(1);
  });

  it('zooms a stage or a lane to fill the frame, within the limits', () => {
    expect(spanZoom(1380, 460)).toBe(ZOOM_MAX);
    expect(spanZoom(600, 800)).toBe(0.75);
    expect(spanZoom(600, 0)).toBe(1);
  });

  it('keeps the point under the pointer in place when the zoom changes', () => {
    // At 100 %, scrolled by 200, the pointer 100 px into the frame is over content x = 300.
    const scroll = anchoredScroll(200, 100, 1, 2);
    expect((scroll + 100) / 2).toBe(300);
    expect(anchoredScroll(0, 0, 1, 0.5)).toBe(0);
  });

  it('reads back only a well-formed stored view', () => {
    expect(parseView(JSON.stringify({ zoom: 1.25, fit: false }))).toEqual({ zoom: 1.25, fit: false });
    expect(parseView(JSON.stringify({ zoom: 9, fit: true }))).toEqual({ zoom: ZOOM_MAX, fit: true });
    expect(parseView('{"zoom":"big","fit":false}')).toBeNull();
    expect(parseView('not json')).toBeNull();
    expect(parseView(null)).toBeNull();
  });
});

describe('persona sections in columns by content', () => {
  it('puts each section, in order, in the column that is shortest so far', () => {
    // A long first section: the next two go beside it, the fourth under the shorter of them.
    expect(masonry([600, 100, 200, 100], 3)).toEqual([[0], [1, 3], [2]]);
    expect(masonry([100, 100, 100], 1)).toEqual([[0, 1, 2]]);
    expect(masonry([], 2)).toEqual([[], []]);
  });
});

describe('the colour of a persona section’s new cards', () => {
  it('is the facilitator’s choice, else the template’s for that title in either language, else yellow', () => {
    expect(sectionColor({ title: 'Needs', color: null })).toBe('blue');
    expect(sectionColor({ title: ' besoins ', color: null })).toBe('blue');
    expect(sectionColor({ title: 'Contraintes', color: null })).toBe('orange');
    expect(sectionColor({ title: 'Needs', color: 'green' })).toBe('green');
    expect(sectionColor({ title: 'Budget', color: null })).toBe('yellow');
    expect(sectionColor({ title: 'Budget', color: 'purple' })).toBe('purple');
  });
});
