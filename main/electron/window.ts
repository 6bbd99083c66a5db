import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { APP_ENTRY_URL, PRESENTER_URL, SECURE_WEB_PREFERENCES } from '../security';
import {
  loadWindowState,
  MIN_WINDOW_SIZE,
  restoreBounds,
  trackWindowState,
  type DisplayArea,
  type Rect,
} from './window-state';

/** Painted before the renderer's first frame, so opening shows no white flash; matches the app background. */
export const WINDOW_BACKGROUND = '#f7f6f3';

export interface WindowOptions {
  /** Absolute path of dist/main/preload.cjs: the only preload any window gets. */
  preloadPath: string;
  /** Developer tools are available only in unpackaged runs. */
  devTools: boolean;
  /** <userData>/window-state.json */
  stateFile: string;
  /** The app icon (dist/renderer/icon.png), shown in the task bar and the window's title bar. */
  iconPath?: string;
}

/** SECURE_WEB_PREFERENCES plus our preload; nothing here may loosen the secure values. */
export function webPreferencesFor(options: Pick<WindowOptions, 'preloadPath' | 'devTools'>): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath, devTools: options.devTools };
}

export interface DisplayInfo extends DisplayArea {
  id: number;
  bounds: Rect;
}

/**
 * Where the presenter window goes: full screen on the first display that is not the primary one
 * (the projector), or a normal window when the facilitator has only one screen.
 */
export function presenterPlacement(
  displays: readonly DisplayInfo[],
  primaryId: number,
): { bounds: Rect; fullscreen: true } | { fullscreen: false } {
  const external = displays.find((display) => display.id !== primaryId);
  return external ? { bounds: { ...external.bounds }, fullscreen: true } : { fullscreen: false };
}

function displaysPrimaryFirst(): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)];
}

function load(win: BrowserWindow, url: string): void {
  win.loadURL(url).catch((error: unknown) => console.error(`Could not load ${url}`, error));
}

export interface WindowManager {
  openFacilitator(): BrowserWindow;
  facilitator(): BrowserWindow | null;
  presenter(): BrowserWindow | null;
  togglePresenter(): void;
  /** Opens the presenter window, or brings it to the front when it is already open. */
  showPresenter(): void;
  /** The main window, restored and focused (second instance, dock click). */
  focusFacilitator(): void;
}

export function createWindowManager(options: WindowOptions): WindowManager {
  let facilitator: BrowserWindow | null = null;
  let presenter: BrowserWindow | null = null;
  const webPreferences = webPreferencesFor(options);

  /** The one place windows are created: every window gets the same secure preferences. */
  function secureWindow(windowOptions: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow {
    // electronegativity-justified CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK: both are true in
    // SECURE_WEB_PREFERENCES, which the tool cannot follow through the spread (asserted by
    // test/unit/security.test.ts and test/unit/electron/window.test.ts).
    // electronegativity-justified AUXCLICK_JS_CHECK: a middle-click that would open a window goes
    // through setWindowOpenHandler, which denies every window (navigation.ts, tested).
    return new BrowserWindow({ ...windowOptions, show: false, backgroundColor: WINDOW_BACKGROUND, ...(options.iconPath ? { icon: options.iconPath } : {}), webPreferences });
  }

  function openFacilitator(): BrowserWindow {
    if (facilitator && !facilitator.isDestroyed()) return facilitator;
    const { maximized, ...bounds } = restoreBounds(loadWindowState(options.stateFile), displaysPrimaryFirst());
    const win = secureWindow({ ...bounds, minWidth: MIN_WINDOW_SIZE.width, minHeight: MIN_WINDOW_SIZE.height, title: 'Atelier' });
    facilitator = win;
    if (maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    trackWindowState(win, options.stateFile);
    win.on('closed', () => {
      if (facilitator === win) facilitator = null;
      // The presenter mirrors the facilitator's workshop; alone it would be an orphan window.
      if (presenter && !presenter.isDestroyed()) presenter.close();
    });
    load(win, APP_ENTRY_URL);
    return win;
  }

  function togglePresenter(): void {
    if (presenter && !presenter.isDestroyed()) {
      presenter.close();
      return;
    }
    const placement = presenterPlacement(displaysPrimaryFirst(), screen.getPrimaryDisplay().id);
    const win = secureWindow({
      ...(placement.fullscreen ? { ...placement.bounds, fullscreen: true } : { width: 1280, height: 720 }),
      title: 'Atelier',
    });
    presenter = win;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (presenter === win) presenter = null;
    });
    load(win, PRESENTER_URL);
  }

  function showPresenter(): void {
    if (presenter && !presenter.isDestroyed()) {
      presenter.show();
      presenter.focus();
      return;
    }
    togglePresenter();
  }

  function focusFacilitator(): void {
    if (!facilitator || facilitator.isDestroyed()) {
      openFacilitator(); // shows itself once ready
      return;
    }
    if (facilitator.isMinimized()) facilitator.restore();
    facilitator.show();
    facilitator.focus();
  }

  return {
    openFacilitator,
    facilitator: () => (facilitator && !facilitator.isDestroyed() ? facilitator : null),
    presenter: () => (presenter && !presenter.isDestroyed() ? presenter : null),
    togglePresenter,
    showPresenter,
    focusFacilitator,
  };
}
