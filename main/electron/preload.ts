/**
 * The preload of every Atelier window. It runs sandboxed (no Node), so the build bundles it into
 * one CommonJS file (dist/main/preload.cjs) that may only require 'electron'; it imports nothing
 * but 'electron' and shared/.
 *
 * What the page gets: `window.atelier`, and nothing else — one named async function per contract
 * channel (shared/ipc/build-api.ts), each answering a Result. No ipcRenderer, no generic invoke,
 * no function of the page ever passed to main: the page gets no Electron API.
 *
 * Events from main: rather than taking a callback through contextBridge (which would keep a
 * page function alive in this privileged world), every AppEvent is re-posted to the page:
 *
 *   window.postMessage({ source: 'atelier-main', event }, window.location.origin)
 *
 * The renderer listens with
 *
 *   window.addEventListener('message', (e) => {
 *     if (e.source === window && e.origin === window.location.origin && isMainEventMessage(e.data)) …e.data.event…
 *   })
 *
 * Checking `e.source === window` matters: only this window (the preload or the page itself)
 * posts such messages. A page script could forge one, but it could equally call the API: the
 * page is one trust zone, and main validates every call anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { AppEvent, ChannelName } from '../../shared/ipc/contract';
import { buildApi, IPC_CALL_PREFIX, IPC_EVENT_CHANNEL, MAIN_EVENT_SOURCE, type MainEventMessage } from '../../shared/ipc/build-api';

const api = buildApi((channel: ChannelName, input: unknown) => ipcRenderer.invoke(IPC_CALL_PREFIX + channel, input));

contextBridge.exposeInMainWorld('atelier', api);

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event: unknown, appEvent: AppEvent) => {
  const message: MainEventMessage = { source: MAIN_EVENT_SOURCE, event: appEvent };
  window.postMessage(message, window.location.origin);
});
