import { DEFAULT_BRANDING } from '../../../shared/domain/branding';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type * as FakeElectron from '../../fakes/electron';
import { IPC_CALL_PREFIX } from '../../../shared/ipc/build-api';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import { createEventBus, type EventBus } from '../../../main/events';
import type { CoreOptions } from '../../../main/core';

vi.mock('electron', () => import('../../fakes/electron'));

const mocks = vi.hoisted(() => ({ startCore: vi.fn() }));
vi.mock('../../../main/core', () => ({ startCore: mocks.startCore }));

interface TestCore {
  dispatch: ReturnType<typeof vi.fn>;
  bus: EventBus;
  close: ReturnType<typeof vi.fn>;
  settings: ReturnType<typeof vi.fn>;
  status: ReturnType<typeof vi.fn>;
}

let electron: typeof FakeElectron;
let core: TestCore;
let userData: string;

/** Loads the entry point the way Electron does, against the fake, and waits for the first window. */
async function startApp(setup: (e: typeof FakeElectron) => void = () => {}) {
  vi.resetModules();
  electron = (await import('electron')) as unknown as typeof FakeElectron;
  electron.resetElectronFake();
  electron.app.userData = userData;
  setup(electron);
  const entry = await import('../../../main/electron/main');
  await entry.started;
  return entry;
}

function menuLabels(): Array<string | undefined> {
  const menu = electron.fake.menus.at(-1) as { template: MenuItemConstructorOptions[] };
  return menu.template.map((item) => item.label);
}

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'atelier-main-'));
  core = {
    dispatch: vi.fn(async () => ({ ok: true, value: 'dispatched' })),
    bus: createEventBus(),
    close: vi.fn(async () => {}),
    settings: vi.fn(() => ({ language: null, muted: false, branding: DEFAULT_BRANDING })),
    status: vi.fn(),
  };
  mocks.startCore.mockReset();
  mocks.startCore.mockImplementation(async () => core);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(userData, { recursive: true, force: true });
});

describe('Electron entry point', () => {
  it('takes its data folder from --data, before the single-instance lock', async () => {
    const chosen = path.join(userData, 'chosen');
    const argv = process.argv;
    process.argv = [...argv, '--data', chosen];
    try {
      await startApp((e) => {
        vi.spyOn(e.app, 'requestSingleInstanceLock').mockImplementation(() => {
          expect(e.app.getPath('userData')).toBe(chosen);
          return true;
        });
      });
    } finally {
      process.argv = argv;
    }
    expect(mocks.startCore.mock.calls[0]?.[0]).toMatchObject({ dataDir: chosen });
  });

  it('registers app:// as privileged and enables the sandbox before ready', async () => {
    await startApp();
    expect(electron.fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.app.sandboxed).toBe(true);
  });

  it('starts the core in the user data folder as the electron host', async () => {
    await startApp();
    const options = mocks.startCore.mock.calls[0]?.[0] as CoreOptions;
    expect(options).toMatchObject({ dataDir: userData, host: 'electron' });
    expect(typeof options.pickDatabaseFile).toBe('function');
  });

  it('serves the renderer from app:// and registers every IPC channel', async () => {
    await startApp();
    expect([...electron.fake.protocolHandlers.keys()]).toEqual(['app']);
    expect([...electron.fake.ipcHandlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((name) => IPC_CALL_PREFIX + name).sort());
  });

  it('opens the facilitator window on app://atelier/ with our preload', async () => {
    await startApp();
    const [win] = electron.fake.windows;
    expect(win?.loadedUrl).toBe('app://atelier/');
    expect(path.basename(win?.options.webPreferences?.preload ?? '')).toBe('preload.cjs');
    expect(win?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('hardens every webContents and the session', async () => {
    await startApp();
    const [win] = electron.fake.windows;
    expect(win?.webContents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(win?.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electron.session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(electron.session.defaultSession.permissionCheckHandler).toBeTypeOf('function');
  });

  it('answers a call from its own window through core.dispatch', async () => {
    await startApp();
    const handler = electron.fake.ipcHandlers.get(IPC_CALL_PREFIX + 'appInfo')!;
    const answer = await handler({ senderFrame: { url: 'app://atelier/', parent: null } }, {});
    expect(answer).toEqual({ ok: true, value: 'dispatched' });
    expect(core.dispatch).toHaveBeenCalledWith('appInfo', {}, { origin: 'electron' });
  });

  it('builds the menu in the system language, and rebuilds it when the language setting changes', async () => {
    await startApp((e) => {
      e.app.locale = 'fr-CA';
    });
    expect(menuLabels()).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    core.bus.emit('settingsChanged', { language: 'en', muted: false, branding: DEFAULT_BRANDING });
    expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    core.bus.emit('settingsChanged', { language: null, muted: false, branding: DEFAULT_BRANDING });
    expect(menuLabels()[0]).toBe('Fichier');
  });

  it('uses the saved language over the system one', async () => {
    core.settings.mockReturnValue({ language: 'fr', muted: false, branding: DEFAULT_BRANDING });
    await startApp();
    expect(menuLabels()[0]).toBe('Fichier');
  });

  it('toggles the presenter window', async () => {
    const entry = await startApp();
    entry.togglePresenterWindow();
    expect(electron.fake.windows.map((win) => win.loadedUrl)).toEqual(['app://atelier/', 'app://atelier/present']);
    entry.togglePresenterWindow();
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('waits for core.close() (the closing backup) before quitting', async () => {
    let finishClose = () => {};
    core.close.mockImplementation(() => new Promise<void>((resolve) => (finishClose = resolve)));
    await startApp();
    const first = electron.fakeEvent();
    electron.app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(core.close).toHaveBeenCalledOnce();
    expect(electron.app.quitCalls).toBe(0);

    finishClose();
    await vi.waitFor(() => expect(electron.app.quitCalls).toBe(1));
    const second = electron.fakeEvent();
    electron.app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
    expect(core.close).toHaveBeenCalledOnce();
  });

  it('quits when the last window closes (outside macOS)', async () => {
    await startApp();
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
  });

  it('as a second instance, quits without touching the database', async () => {
    await startApp((e) => {
      e.app.hasLock = false;
    });
    expect(electron.app.quitCalls).toBe(1);
    expect(mocks.startCore).not.toHaveBeenCalled();
    expect(electron.fake.windows).toHaveLength(0);
  });

  it('focuses its window when a second instance starts', async () => {
    await startApp();
    const [win] = electron.fake.windows;
    win!.minimized = true;
    electron.app.emit('second-instance');
    expect(win).toMatchObject({ minimized: false, focused: true });
  });

  it('lets the recovery screen pick a database file with the native dialog', async () => {
    await startApp();
    const { pickDatabaseFile } = mocks.startCore.mock.calls[0]?.[0] as CoreOptions;
    electron.fake.openDialogAnswer = { canceled: false, filePaths: ['/home/me/atelier.sqlite'] };
    expect(await pickDatabaseFile?.()).toBe('/home/me/atelier.sqlite');
    electron.fake.openDialogAnswer = { canceled: true, filePaths: [] };
    expect(await pickDatabaseFile?.()).toBeUndefined();
  });

  it('shows one error and exits when the core cannot start', async () => {
    mocks.startCore.mockRejectedValue(new Error('disk on fire'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startApp();
    expect(electron.fake.errorBoxes).toHaveLength(1);
    expect(electron.fake.errorBoxes[0]?.content).toContain('disk on fire');
    expect(electron.app.exitCode).toBe(1);
  });
});
