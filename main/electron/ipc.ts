import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../shared/ipc/build-api';
import { CHANNEL_NAMES, type AppEvent } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { EventBus } from '../events';
import type { Dispatch } from '../ipc/dispatch';
import { isAppUrl, isTrustedSender, type SenderFrame } from '../security';

const FORBIDDEN: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'forbidden', message: 'IPC call from an untrusted frame' }),
}) as Result<never>;

/** Remembers what each ipcMain already has, so a second registration fails loudly, not silently. */
const registered = new WeakMap<IpcMain, Set<string>>();

/**
 * One ipcMain.handle per contract channel ('atelier:call:<name>'). Each checks the sender frame
 * first, as every IPC message must be: a call from another origin or from a subframe answers 'forbidden'
 * and never reaches dispatch, which then validates the input against the channel's schema.
 * Returns a function that removes the handlers.
 */
export function registerIpcHandlers(ipcMain: IpcMain, dispatch: Dispatch): () => void {
  const channels = registered.get(ipcMain) ?? new Set<string>();
  registered.set(ipcMain, channels);
  // Checked before registering anything, so a failure leaves no half-registered set.
  const duplicate = CHANNEL_NAMES.find((name) => channels.has(IPC_CALL_PREFIX + name));
  if (duplicate) throw new Error(`IPC channel "${IPC_CALL_PREFIX + duplicate}" is registered twice`);
  const added: string[] = [];
  for (const name of CHANNEL_NAMES) {
    const channel = IPC_CALL_PREFIX + name;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(senderOf(event))) return FORBIDDEN;
      return dispatch(name, input, { origin: 'electron' });
    });
    channels.add(channel);
    added.push(channel);
  }
  return () => {
    for (const channel of added) {
      ipcMain.removeHandler(channel);
      channels.delete(channel);
    }
  };
}

/** The sender frame as the pure check sees it; null once the frame navigated or was destroyed. */
export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return null;
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // Older Electron versions threw when the frame was gone; treat it like null.
    return null;
  }
}

/**
 * Pushes every bus event to every window still showing our app. Returns the unsubscribe.
 * Windows on another URL (which navigation rules should make impossible) get nothing.
 */
export function forwardEvents(bus: EventBus, windows: () => readonly BrowserWindow[]): () => void {
  return bus.subscribe((event: AppEvent) => {
    for (const win of windows()) {
      if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
      if (!isAppUrl(win.webContents.getURL())) continue;
      win.webContents.send(IPC_EVENT_CHANNEL, event);
    }
  });
}
