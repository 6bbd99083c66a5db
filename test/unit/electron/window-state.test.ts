import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreBounds,
  saveWindowState,
  trackWindowState,
  type DisplayArea,
  type Rect,
  type SavedWindowState,
} from '../../../main/electron/window-state';

const area = (x: number, y: number, width: number, height: number): DisplayArea => ({ workArea: { x, y, width, height } });
const laptop = area(0, 25, 1440, 875);
const rightMonitor = area(1440, 0, 2560, 1440);
const saved = (x: number, y: number, width = 1200, height = 800, maximized = false): SavedWindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('restoreBounds keeps the window on a visible display', () => {
  it.each([
    ['nothing saved → default size, centred', null, [laptop], { ...DEFAULT_WINDOW_SIZE, maximized: false }],
    ['nothing saved, small screen → default size shrunk to it', null, [area(0, 0, 1366, 728)], { width: 1280, height: 728, maximized: false }],
    ['saved on the laptop → same place', saved(100, 80), [laptop], { x: 100, y: 80, width: 1200, height: 800, maximized: false }],
    ['saved on the monitor, still attached → same place', saved(1600, 100), [laptop, rightMonitor], { x: 1600, y: 100, width: 1200, height: 800, maximized: false }],
    ['saved on a monitor since unplugged → centred on the primary', saved(1600, 100), [laptop], { width: 1200, height: 800, maximized: false }],
    ['title bar above the top of the screen → centred', saved(100, -300), [laptop], { width: 1200, height: 800, maximized: false }],
    ['title bar under the macOS menu bar → centred', saved(100, 10), [laptop], { width: 1200, height: 800, maximized: false }],
    ['only 20 px visible on the left → centred', saved(-1180, 100), [laptop], { width: 1200, height: 800, maximized: false }],
    ['mostly off the right edge but grabbable → kept', saved(1300, 100), [laptop], { x: 1300, y: 100, width: 1200, height: 800, maximized: false }],
    ['bigger than the display now → shrunk to fit', saved(0, 25, 3000, 2000), [laptop], { x: 0, y: 25, width: 1440, height: 875, maximized: false }],
    ['smaller than the minimum → grown to it', saved(50, 50, 300, 200), [laptop], { x: 50, y: 50, ...MIN_WINDOW_SIZE, maximized: false }],
    ['maximized is remembered', saved(100, 80, 1200, 800, true), [laptop], { x: 100, y: 80, width: 1200, height: 800, maximized: true }],
    ['no display information → default size', null, [], { ...DEFAULT_WINDOW_SIZE, maximized: false }],
  ] as const)('%s', (_label, state, displays, expected) => {
    expect(restoreBounds(state, displays)).toEqual(expected);
  });
});

describe('parseWindowState', () => {
  it.each([
    [{ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true }, true],
    [{ bounds: { x: 1, y: 2, width: 1000, height: 700 } }, true],
    [{ bounds: { x: 1, y: 2, width: 0, height: 700 }, maximized: false }, false],
    [{ bounds: { x: 'left', y: 2, width: 1000, height: 700 } }, false],
    [{ bounds: { x: 1, y: 2, width: 1e12, height: 700 } }, false],
    [{ x: 1, y: 2, width: 1000, height: 700 }, false],
    [null, false],
    ['{}', false],
  ])('%j is valid: %s', (data, valid) => {
    expect(parseWindowState(data) !== null).toBe(valid);
  });
});

describe('window-state.json', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'atelier-window-state-'));
    file = path.join(dir, 'window-state.json');
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips, leaving no temporary file behind', () => {
    saveWindowState(file, saved(10, 20));
    expect(loadWindowState(file)).toEqual(saved(10, 20));
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('reads a missing or damaged file as nothing saved', () => {
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(loadWindowState(file)).toBeNull();
  });

  it('does not throw when the folder is gone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => saveWindowState(path.join(dir, 'missing', 'window-state.json'), saved(0, 0))).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('saves once after moves settle, and at once on close', () => {
    vi.useFakeTimers();
    const listeners = new Map<string, () => void>();
    let bounds: Rect = { x: 10, y: 20, width: 1000, height: 700 };
    const win = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => bounds,
      isMaximized: () => false,
    };
    trackWindowState(win, file, 500);

    listeners.get('move')!();
    bounds = { x: 30, y: 40, width: 1000, height: 700 };
    listeners.get('resize')!();
    vi.advanceTimersByTime(499);
    expect(loadWindowState(file)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds, maximized: false });

    bounds = { x: 50, y: 60, width: 1100, height: 720.4 };
    listeners.get('close')!();
    expect(loadWindowState(file)).toEqual({ bounds: { x: 50, y: 60, width: 1100, height: 720 }, maximized: false });
  });
});
