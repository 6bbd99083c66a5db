/**
 * Electron entry point (bundled to dist/main/electron-main.cjs). It only wires things together:
 * every security decision is in ../security.ts, every piece of behaviour in a sibling module.
 *
 * Keep Electron on a supported major (Electron fixes security bugs in its latest three only):
 * package.json follows the latest stable major; read
 * https://www.electronjs.org/docs/latest/breaking-changes before each bump.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type OpenDialogOptions } from 'electron';
import { languageFromLocale, type Language } from '../../shared/domain/settings';
import { startCore, type Core } from '../core';
import { dataDirArgument } from './args';
import { chooseSavePath, revealFile } from './export-files';
import { registerIpcHandlers, forwardEvents } from './ipc';
import { buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents } from './navigation';
import { createElectronPrinter } from './print-electron';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { createWindowManager, type WindowManager } from './window';

/** How long quitting waits for the closing backup before giving up on it. */
const CLOSE_TIMEOUT_MS = 30_000;

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
app.enableSandbox();
// Before the single-instance lock, which belongs to the data folder.
const dataDir = dataDirArgument(process.argv);
if (dataDir) app.setPath('userData', dataDir);

let core: Core | null = null;
let windows: WindowManager | null = null;

/** View menu and CmdOrCtrl+Shift+P: open the presenter window, or close it if open. */
export function togglePresenterWindow(): void {
  windows?.togglePresenter();
}

const hasLock = app.requestSingleInstanceLock();

/** Resolves once the first window is opening; tests await it. */
export const started: Promise<void> = hasLock ? run() : quitAsSecondInstance();

function quitAsSecondInstance(): Promise<void> {
  // Another Atelier owns the database; it gets focused through 'second-instance'.
  app.quit();
  return Promise.resolve();
}

async function run(): Promise<void> {
  app.on('second-instance', () => windows?.focusFacilitator());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows; the dock icon reopens one ('activate').
    if (process.platform !== 'darwin') app.quit();
  });
  installQuitHandler();

  await app.whenReady();
  try {
    hardenSession(session.defaultSession);
    registerAppProtocol(protocol, path.join(app.getAppPath(), 'dist', 'renderer'), (imageId) => core?.picture(imageId) ?? null);
    core = await startCore({
      dataDir: app.getPath('userData'),
      host: 'electron',
      pickDatabaseFile,
      openPresenterWindow: () => windows?.showPresenter(),
      printPdf: createElectronPrinter(),
      chooseSavePath: (name, kind) => chooseSavePath(windows?.facilitator() ?? null, name, kind),
      revealFile,
    });
    registerIpcHandlers(ipcMain, core.dispatch);
    forwardEvents(core.bus, () => BrowserWindow.getAllWindows());
    installMenu(core);
    windows = createWindowManager({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      iconPath: path.join(app.getAppPath(), 'dist', 'renderer', 'icon.png'),
      devTools: !app.isPackaged,
      stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    });
    windows.openFacilitator();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) windows?.openFacilitator();
    });
  } catch (error) {
    console.error('Atelier could not start', error);
    dialog.showErrorBox('Atelier', `Atelier could not start.\n\n${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  }
}

/** Quitting waits for core.close() (it writes the closing backup), then quits for real. */
function installQuitHandler(): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed' || !core) return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    const closing = core;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref());
    Promise.race([closing.close(), timeout])
      .catch((error: unknown) => console.error('Closing the store failed', error))
      .finally(() => {
        state = 'closed';
        core = null;
        app.quit();
      });
  });
}

function installMenu(current: Core): void {
  const apply = (language: Language | null) => {
    const lang = language ?? languageFromLocale(app.getLocale());
    const template = buildMenuTemplate(
      lang,
      { togglePresenter: togglePresenterWindow },
      { platform: process.platform, packaged: app.isPackaged, appName: app.name },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  apply(initialLanguage(current));
  current.bus.subscribe((event) => {
    if (event.type === 'settingsChanged' && event.payload.language !== undefined) apply(event.payload.language);
  });
}

function initialLanguage(current: Core): Language | null {
  try {
    return current.settings().language;
  } catch {
    // No readable store (recovery mode): follow the system language.
    return null;
  }
}

async function pickDatabaseFile(): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    properties: ['openFile'],
    filters: [
      { name: 'SQLite', extensions: ['sqlite', 'sqlite3', 'db'] },
      { name: '*', extensions: ['*'] },
    ],
  };
  const parent = windows?.facilitator();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}
