import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppStatus } from '../shared/domain/app-status';
import type { Settings } from '../shared/domain/settings';
import { AppError } from '../shared/ipc/result';
import { createEventBus, type EventBus } from './events';
import type { OutputOf, ParsedInputOf } from '../shared/ipc/contract';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { createServiceRegistry, type ServiceMethods } from './ipc/handlers';
import { requireStore, type ServiceContext } from './services/context';
import { registerDomainServices } from './services';
import { loadSettings } from './services/settings';
import { createExportContext, registerExportServices, type ExportHost } from './report/exports';
import { createSharingContext, registerSharingServices, type ParticipantServerConfig } from './participants/sharing';
import { createPlaywrightPrinter } from './report/print-playwright';
import type { PdfPrinter } from './report/printer';
import { listBackups, moveDatabaseAside, openStore, restoreBackup, setDatabaseLocation } from './store';
import { avatarPicture, type AvatarPicture } from './store/avatar-repo';
import type { Store } from './store/types';

export interface CoreOptions {
  dataDir: string;
  host: 'electron' | 'web';
  /** Electron shows a native file picker; the browser host has none. */
  pickDatabaseFile?: () => Promise<string | undefined>;
  /** Electron opens or focuses its presenter window; the browser host has none. */
  openPresenterWindow?: () => void;
  now?: () => Date;
  /** Electron prints with webContents.printToPDF; elsewhere a system Chromium through playwright-core. */
  printPdf?: PdfPrinter;
  /** Electron asks where to save an export; without it, exports come back to the page as downloads. */
  chooseSavePath?: ExportHost['chooseSavePath'];
  /** Electron opens an exported file or shows it in its folder. */
  revealFile?: ExportHost['revealFile'];
  /** Sharing on the LAN: bind address (default 0.0.0.0, or ATELIER_SHARING_BIND) and static folder. */
  participantServer?: Partial<ParticipantServerConfig>;
}

/** Everything a transport needs: one dispatcher, one event bus. Same in Electron and the browser host. */
export interface Core {
  dispatch: Dispatch;
  bus: EventBus;
  status(): AppStatus;
  settings(): Settings;
  /** The picture an image id names (served at its URL, see shared/ipc/pictures.ts); null if none or the store is closed. */
  picture(imageId: string): AvatarPicture | null;
  close(): Promise<void>;
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const bus = createEventBus();
  const now = options.now ?? (() => new Date());
  let store: Store | null = null;
  let status: AppStatus;

  const closers: (() => Promise<void> | void)[] = [];
  const ctx: ServiceContext = {
    store: () => requireStore(store),
    bus,
    now,
    onClose: (fn) => closers.push(fn),
  };
  const participantServer: ParticipantServerConfig = {
    bindAddress: options.participantServer?.bindAddress ?? process.env.ATELIER_SHARING_BIND ?? '0.0.0.0',
    staticDir: options.participantServer?.staticDir ?? path.join(projectRoot(), 'dist', 'renderer'),
    tuning: options.participantServer?.tuning ?? {},
    ...(options.participantServer?.addresses ? { addresses: options.participantServer.addresses } : {}),
  };

  async function open(): Promise<void> {
    const outcome = await openStore({ dataDir: options.dataDir, now });
    if (outcome.ok) {
      store = outcome.store;
      status = { mode: 'ready', dataDir: options.dataDir, schemaVersion: store.schemaVersion };
    } else {
      store = null;
      status = {
        mode: 'recovery',
        dataDir: options.dataDir,
        dbPath: outcome.dbPath,
        problem: outcome.problem,
        detail: outcome.detail,
        backups: listBackups(options.dataDir),
        canPickFile: options.pickDatabaseFile !== undefined,
      };
    }
    bus.emit('statusChanged', status);
  }

  status = { mode: 'ready', dataDir: options.dataDir, schemaVersion: 0 };
  await open();
  // A printer passed in belongs to the caller; one made here is closed with the core.
  let ownPrinter: PdfPrinter | null = null;
  const exportHost: ExportHost = {
    rootDir: projectRoot(),
    appVersion: appVersion(),
    printer: () => options.printPdf ?? (ownPrinter ??= createPlaywrightPrinter()),
    chooseSavePath: options.chooseSavePath,
    revealFile: options.revealFile,
  };
  const app = createServiceRegistry();
  registerAppServices(app.with<AppContext>({ options, status: () => status, open, now }));
  registerDomainServices(app.with(ctx));
  registerSharingServices(app.with(createSharingContext(ctx, participantServer)));
  registerExportServices(app.with(createExportContext(ctx, exportHost)));
  const dispatch = createDispatcher(app.handlers());

  return {
    dispatch,
    bus,
    status: () => status,
    settings: () => loadSettings(ctx),
    picture: (imageId) => (store ? avatarPicture(store.db, imageId) : null),
    async close() {
      // A warm Chromium kept for the next PDF export goes too.
      await ownPrinter?.close().catch(() => {});
      // Services that hold sockets or servers (the participant server) stop before the store closes.
      await Promise.allSettled(closers.splice(0).map((fn) => fn()));
      const closing = store;
      store = null;
      await closing?.close({ backup: true });
    },
  };
}

/** What the app's own services act on: the host's options and the database being open or not. */
interface AppContext {
  options: CoreOptions;
  status(): AppStatus;
  /** Opens the database of the data folder (again), and says how it went. */
  open(): Promise<void>;
  now(): Date;
}

function registerAppServices(app: ServiceMethods<AppContext>): void {
  app.methods({ appInfo, appStatus, presenterOpen, recoveryRestoreBackup, recoveryOpenFile, recoveryPickFile, recoveryRetry, recoveryStartNew });
}

function appInfo(app: AppContext): OutputOf<'appInfo'> {
  return { name: 'Atelier', version: appVersion(), host: app.options.host };
}

function appStatus(app: AppContext): OutputOf<'appStatus'> {
  return app.status();
}

function presenterOpen(app: AppContext): OutputOf<'presenterOpen'> {
  app.options.openPresenterWindow?.();
  return { handled: app.options.openPresenterWindow !== undefined };
}

function recoveryRestoreBackup(app: AppContext, { name }: ParsedInputOf<'recoveryRestoreBackup'>): Promise<OutputOf<'recoveryRestoreBackup'>> {
  return recoveryStep(app, () => void restoreBackup(app.options.dataDir, name, app.now()));
}

function recoveryOpenFile(app: AppContext, { path: dbPath }: ParsedInputOf<'recoveryOpenFile'>): Promise<OutputOf<'recoveryOpenFile'>> {
  return switchTo(app, dbPath);
}

async function recoveryPickFile(app: AppContext): Promise<OutputOf<'recoveryPickFile'>> {
  requireRecovery(app);
  if (!app.options.pickDatabaseFile) throw new AppError('forbidden', 'No file picker in this host');
  const picked = await app.options.pickDatabaseFile();
  return picked ? switchTo(app, picked) : app.status();
}

async function recoveryRetry(app: AppContext): Promise<OutputOf<'recoveryRetry'>> {
  requireRecovery(app);
  await app.open();
  return app.status();
}

function recoveryStartNew(app: AppContext): Promise<OutputOf<'recoveryStartNew'>> {
  return recoveryStep(app, () => {
    const status = app.status();
    if (status.mode === 'recovery') moveDatabaseAside(status.dbPath, app.now());
  });
}

function requireRecovery(app: AppContext): void {
  if (app.status().mode !== 'recovery') throw new AppError('conflict', 'The database is open; nothing to recover');
}

/**
 * A recovery step that puts a file in place (a backup, a new database, the chosen location)
 * fails where the folder cannot be written; the recovery screen words that case itself.
 */
async function recoveryStep(app: AppContext, step: () => void | Promise<void>): Promise<AppStatus> {
  requireRecovery(app);
  try {
    await step();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new AppError('forbidden', `The data folder cannot be written (${code})`, undefined, 'data_folder_not_writable');
    }
    throw error;
  }
  await app.open();
  return app.status();
}

function switchTo(app: AppContext, dbPath: string): Promise<AppStatus> {
  return recoveryStep(app, () => setDatabaseLocation(app.options.dataDir, path.resolve(dbPath)));
}

let cachedVersion: string | undefined;
function appVersion(): string {
  if (cachedVersion) return cachedVersion;
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    cachedVersion = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    cachedVersion = '0.0.0';
  }
  return cachedVersion;
}

/** The folder holding Atelier's package.json, found by walking up from this module. */
export function projectRoot(): string {
  if (process.env.ATELIER_ROOT) return process.env.ATELIER_ROOT;
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'atelier') return dir;
    } catch {
      // not here: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
