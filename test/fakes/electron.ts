/**
 * A minimal in-memory stand-in for the parts of 'electron' that main/electron uses, so that the
 * Electron layer is unit-tested under plain Node (the Electron binary is not available in CI).
 *
 *   vi.mock('electron', () => import('../../fakes/electron'));
 *
 * Everything it is asked to do is recorded in `fake` (windows created, handlers registered, menus
 * set…); `resetElectronFake()` clears it between tests.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';

// Handlers of many shapes are stored side by side; tests call them with the shapes Electron uses.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => any;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  url?: string;
}

export function fakeEvent(extra: Record<string, unknown> = {}): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** webContents.debugger: records each DevTools command, in order with the print, and answers fake.devtoolsAnswer. */
export class FakeDebugger {
  attached = false;
  constructor(private readonly contents: FakeWebContents) {}
  attach(version?: string): void {
    if (this.attached) throw new Error('Debugger is already attached to the target');
    this.attached = true;
    fake.devtools.push({ url: this.contents.url, method: `attach ${version ?? ''}`.trim(), params: undefined });
  }
  detach(): void {
    this.attached = false;
    fake.devtools.push({ url: this.contents.url, method: 'detach', params: undefined });
  }
  async sendCommand(method: string, params?: unknown): Promise<unknown> {
    if (!this.attached) throw new Error('Debugger is not attached');
    fake.devtools.push({ url: this.contents.url, method, params });
    return fake.devtoolsAnswer(method, params);
  }
}

export class FakeWebContents extends EventEmitter {
  readonly debugger: FakeDebugger = new FakeDebugger(this);
  url = '';
  destroyed = false;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;

  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Records the options and answers fake.pdfAnswer, as Electron answers the PDF bytes. */
  async printToPDF(options: unknown): Promise<Buffer> {
    fake.printed.push({ url: this.url, options });
    fake.devtools.push({ url: this.url, method: 'printToPDF', params: undefined });
    return fake.pdfAnswer(this.url);
  }
  /** Emits a navigation-like event the way Electron does; returns true when it was prevented. */
  attempt(eventName: 'will-navigate' | 'will-redirect' | 'will-frame-navigate' | 'will-attach-webview', url: string): boolean {
    const event = fakeEvent({ url });
    this.emit(eventName, event, url);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return fake.windows.filter((win) => !win.destroyed);
  }

  readonly webContents = new FakeWebContents();
  readonly options: BrowserWindowConstructorOptions;
  loadedUrl: string | null = null;
  destroyed = false;
  visible = false;
  maximized = false;
  minimized = false;
  focused = false;
  normalBounds: Rect;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.normalBounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    fake.windows.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.url = url;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rect {
    return { ...this.normalBounds };
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Atelier';
  locale = 'en-US';
  appPath = '/fake/app';
  userData = '/fake/userData';
  documents = '/fake/documents';
  sandboxed = false;
  hasLock = true;
  quitCalls = 0;
  exitCode: number | null = null;

  enableSandbox(): void {
    this.sandboxed = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  setPath(name: string, value: string): void {
    if (name !== 'userData') throw new Error(`fake app.setPath(${name}) not supported`);
    this.userData = value;
  }
  getPath(name: string): string {
    if (name === 'documents') return this.documents;
    if (name !== 'userData') throw new Error(`fake app.getPath(${name}) not supported`);
    return this.userData;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getLocale(): string {
    return this.locale;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handle(channel: string, handler: Listener): void {
    // Like Electron: a second handler for one channel is an error.
    if (fake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    fake.ipcHandlers.delete(channel);
  },
};

export const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    fake.invoked.push({ channel, args });
    return fake.invokeAnswer(channel, args[0]);
  },
  on(channel: string, listener: Listener): void {
    fake.rendererListeners.push({ channel, listener });
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.exposed.push({ key, api });
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    fake.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (fake.protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    fake.protocolHandlers.set(scheme, handler);
  },
};

class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  spellChecker = true;
  proxy: unknown = null;
  beforeRequest: { filter: unknown; listener: Listener } | null = null;
  readonly webRequest = {
    onBeforeRequest: (filter: unknown, listener: Listener) => {
      this.beforeRequest = { filter, listener };
    },
  };

  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
  async setProxy(config: unknown): Promise<void> {
    this.proxy = config;
  }
}

export const session = {
  defaultSession: new FakeSession(),
  /** One session per partition name, like Electron's; kept in fake.partitions. */
  fromPartition(name: string): FakeSession {
    let found = fake.partitions.get(name);
    if (!found) {
      found = new FakeSession();
      fake.partitions.set(name, found);
    }
    return found;
  },
};

export const Menu = {
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    fake.menus.push(menu);
  },
};

export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export const screen = {
  getPrimaryDisplay(): FakeDisplay {
    const primary = fake.displays[0];
    if (!primary) throw new Error('fake screen has no display');
    return primary;
  },
  getAllDisplays(): FakeDisplay[] {
    return [...fake.displays];
  },
};

export const dialog = {
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    fake.saveDialogs.push(args);
    return fake.saveDialogAnswer;
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    fake.openDialogs.push(args);
    return fake.openDialogAnswer;
  },
  showErrorBox(title: string, content: string): void {
    fake.errorBoxes.push({ title, content });
  },
};

export const shell = {
  showItemInFolder(fullPath: string): void {
    fake.shownInFolder.push(fullPath);
  },
  async openPath(fullPath: string): Promise<string> {
    fake.openedPaths.push(fullPath);
    return fake.openPathAnswer;
  },
  async openExternal(url: string): Promise<void> {
    fake.openedExternally.push(url);
  },
};

function display(id: number, x: number, width = 1920, height = 1080): FakeDisplay {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

function initialState() {
  return {
    windows: [] as BrowserWindow[],
    ipcHandlers: new Map<string, Listener>(),
    invoked: [] as Array<{ channel: string; args: unknown[] }>,
    invokeAnswer: (_channel: string, _input: unknown): unknown => ({ ok: true, value: null }),
    rendererListeners: [] as Array<{ channel: string; listener: Listener }>,
    exposed: [] as Array<{ key: string; api: unknown }>,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    menus: [] as Array<{ template: unknown[] } | null>,
    displays: [display(1, 0)] as FakeDisplay[],
    openDialogs: [] as unknown[][],
    openDialogAnswer: { canceled: true, filePaths: [] as string[] },
    errorBoxes: [] as Array<{ title: string; content: string }>,
    openedExternally: [] as string[],
    printed: [] as Array<{ url: string; options: unknown }>,
    pdfAnswer: (_url: string): Buffer => Buffer.from('%PDF-1.4 fake'),
    /** DevTools commands sent through webContents.debugger (and the prints, to see the order). */
    devtools: [] as Array<{ url: string; method: string; params: unknown }>,
    devtoolsAnswer: (_method: string, _params: unknown): unknown => ({ result: { type: 'object', value: [] } }),
    partitions: new Map<string, FakeSession>(),
    saveDialogs: [] as unknown[][],
    saveDialogAnswer: { canceled: true, filePath: '' },
    shownInFolder: [] as string[],
    openedPaths: [] as string[],
    /** What shell.openPath answers: '' for success, else an error message. */
    openPathAnswer: '',
  };
}

export const fake = initialState();

export const fakeDisplays = { single: () => [display(1, 0)], dual: () => [display(1, 0), display(2, 1920, 1280, 720)] };

export function resetElectronFake(): void {
  Object.assign(fake, initialState());
  app.removeAllListeners();
  Object.assign(app, { isPackaged: false, locale: 'en-US', sandboxed: false, hasLock: true, quitCalls: 0, exitCode: null });
  session.defaultSession = new FakeSession();
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  Menu,
  screen,
  dialog,
  shell,
};
