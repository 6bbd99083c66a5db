import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, fakeDisplays, resetElectronFake, type BrowserWindow as FakeWindow } from '../../fakes/electron';
import { SECURE_WEB_PREFERENCES } from '../../../main/security';
import { saveWindowState } from '../../../main/electron/window-state';
import { createWindowManager, presenterPlacement, WINDOW_BACKGROUND } from '../../../main/electron/window';

vi.mock('electron', () => import('../../fakes/electron'));

const PRELOAD = '/app/dist/main/preload.cjs';
let dir: string;
let stateFile: string;

beforeEach(() => {
  resetElectronFake();
  dir = mkdtempSync(path.join(tmpdir(), 'atelier-window-'));
  stateFile = path.join(dir, 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The manager under test, with its windows seen as the fake windows they are. */
function manager(devTools = false) {
  const windows = createWindowManager({ preloadPath: PRELOAD, devTools, stateFile });
  return {
    openFacilitator: () => windows.openFacilitator() as unknown as FakeWindow,
    presenter: () => windows.presenter() as unknown as FakeWindow | null,
    togglePresenter: () => windows.togglePresenter(),
    focusFacilitator: () => windows.focusFacilitator(),
  };
}

function expectSecure(win: FakeWindow, devTools = false): void {
  expect(win.options.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: PRELOAD, devTools });
  expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
}

describe('facilitator window', () => {
  it('is created with the secure preferences and only our preload', () => {
    expectSecure(manager().openFacilitator());
  });

  it('gets developer tools only when asked (unpackaged runs)', () => {
    expectSecure(manager(true).openFacilitator(), true);
  });

  it('loads app://atelier/, never a file:// URL', () => {
    expect(manager().openFacilitator().loadedUrl).toBe('app://atelier/');
  });

  it('stays hidden until ready to show, with a minimum size and a background colour', () => {
    const win = manager().openFacilitator();
    expect(win.options).toMatchObject({ show: false, minWidth: 960, minHeight: 640, backgroundColor: WINDOW_BACKGROUND });
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });

  it('reopens where it was closed', () => {
    saveWindowState(stateFile, { bounds: { x: 120, y: 90, width: 1100, height: 760 }, maximized: true });
    const win = manager().openFacilitator();
    expect(win.options).toMatchObject({ x: 120, y: 90, width: 1100, height: 760 });
    expect(win.maximized).toBe(true);
  });

  it('is opened once; a second instance focuses it', () => {
    const windows = manager();
    const win = windows.openFacilitator();
    expect(windows.openFacilitator()).toBe(win);
    win.minimized = true;
    windows.focusFacilitator();
    expect(win).toMatchObject({ minimized: false, visible: true, focused: true });
    expect(fake.windows).toHaveLength(1);
  });
});

describe('presenter window', () => {
  it('goes full screen on the external display when there is one', () => {
    fake.displays = fakeDisplays.dual();
    const windows = manager();
    windows.togglePresenter();
    const presenter = windows.presenter()!;
    expect(presenter.loadedUrl).toBe('app://atelier/present');
    expect(presenter.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true });
    expectSecure(presenter);
  });

  it('is a normal window with a single display', () => {
    const windows = manager();
    windows.togglePresenter();
    expect(windows.presenter()!.options.fullscreen).toBeUndefined();
    expectSecure(windows.presenter()!);
  });

  it('closes on the second toggle and opens again on the third', () => {
    const windows = manager();
    windows.togglePresenter();
    const first = windows.presenter()!;
    windows.togglePresenter();
    expect(first.isDestroyed()).toBe(true);
    expect(windows.presenter()).toBeNull();
    windows.togglePresenter();
    expect(windows.presenter()).not.toBe(first);
  });

  it('closes with the facilitator window', () => {
    const windows = manager();
    const facilitator = windows.openFacilitator();
    windows.togglePresenter();
    const presenter = windows.presenter()!;
    facilitator.close();
    expect(presenter.isDestroyed()).toBe(true);
  });
});

describe('presenterPlacement', () => {
  const display = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 }, workArea: { x, y: 0, width: 1920, height: 1040 } });

  it.each([
    ['one display', [display(1, 0)], 1, { fullscreen: false }],
    ['projector on the right', [display(1, 0), display(7, 1920)], 1, { fullscreen: true, bounds: { x: 1920, y: 0, width: 1920, height: 1080 } }],
    ['primary listed second', [display(7, -1920), display(1, 0)], 1, { fullscreen: true, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } }],
  ])('%s', (_label, displays, primaryId, expected) => {
    expect(presenterPlacement(displays, primaryId)).toEqual(expected);
  });
});
