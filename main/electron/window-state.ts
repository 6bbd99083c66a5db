import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Remembers the facilitator window's size and place between runs, in <userData>/window-state.json.
 * The decision of where to put the window (restoreBounds) is pure; the rest is small I/O.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface DisplayArea {
  workArea: Rect;
}

/** No x/y means "let Electron centre it on the primary display". */
export interface RestoredBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = Object.freeze({ width: 960, height: 640 });
export const DEFAULT_WINDOW_SIZE = Object.freeze({ width: 1280, height: 820 });
/** The title bar must be fully on a display, and at least this much of its width, to grab it. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_TITLE_WIDTH = 100;

/**
 * Where to open the window, given what was saved and the displays now attached (primary first).
 * A saved place is kept only if its title bar is still reachable on some display (a monitor may
 * have been unplugged, or the resolution lowered); otherwise the window is centred. Its size is
 * shrunk to fit the display it lands on, never below the minimum size.
 */
export function restoreBounds(saved: SavedWindowState | null, displays: readonly DisplayArea[]): RestoredBounds {
  const primary = displays[0]?.workArea;
  if (!saved) {
    return primary ? { ...fitSize(DEFAULT_WINDOW_SIZE, primary), maximized: false } : { ...DEFAULT_WINDOW_SIZE, maximized: false };
  }
  const host = displays.find((display) => titleBarVisible(saved.bounds, display.workArea));
  if (host) {
    return { x: saved.bounds.x, y: saved.bounds.y, ...fitSize(saved.bounds, host.workArea), maximized: saved.maximized };
  }
  const size = primary ? fitSize(saved.bounds, primary) : clampToMin(saved.bounds);
  return { ...size, maximized: saved.maximized };
}

function titleBarVisible(bounds: Rect, area: Rect): boolean {
  const top = bounds.y;
  if (top < area.y || top + TITLE_BAR_HEIGHT > area.y + area.height) return false;
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  return right - left >= Math.min(MIN_VISIBLE_TITLE_WIDTH, bounds.width);
}

function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(size.width, area.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(size.height, area.height)),
  };
}

function clampToMin(size: { width: number; height: number }): { width: number; height: number } {
  return { width: Math.max(MIN_WINDOW_SIZE.width, size.width), height: Math.max(MIN_WINDOW_SIZE.height, size.height) };
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const savedStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean().catch(false),
});

/** Copies only known, sane fields; anything else (hand-edited, truncated, older format) is null. */
export function parseWindowState(data: unknown): SavedWindowState | null {
  const parsed = savedStateSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function loadWindowState(file: string): SavedWindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Written to a temporary file then renamed, so a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: SavedWindowState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(state, null, 2));
    renameSync(temporary, file);
  } catch (error) {
    // Losing the window position is harmless; failing the close or the quit over it is not.
    console.warn('Could not save the window state', error);
  }
}

export interface TrackableWindow {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Saves on move/resize after `debounceMs` of quiet, and at once on close. */
export function trackWindowState(win: TrackableWindow, file: string, debounceMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { x, y, width, height } = win.getNormalBounds();
    const bounds = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
    saveWindowState(file, { bounds, maximized: win.isMaximized() });
  };
  const later = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', save);
}
