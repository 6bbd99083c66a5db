import { CHANNEL_NAMES, type AppEvent, type AtelierApi, type ChannelName } from './contract';
import type { Result } from './result';

/** ipcMain channel for contract call `name` is IPC_CALL_PREFIX + name: one per channel, no generic one. */
export const IPC_CALL_PREFIX = 'atelier:call:';
/** main → preload pushes (AppEvent), forwarded to the page with window.postMessage. */
export const IPC_EVENT_CHANNEL = 'atelier:event';
/** `source` field of the messages the preload posts to the page. */
export const MAIN_EVENT_SOURCE = 'atelier-main';

/** What the preload posts to the page for every AppEvent (see main/electron/preload.ts). */
export interface MainEventMessage {
  source: typeof MAIN_EVENT_SOURCE;
  event: AppEvent;
}

/** Guard for the renderer's `message` listener; the caller must also check `event.source === window`. */
export function isMainEventMessage(data: unknown): data is MainEventMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { source?: unknown; event?: unknown };
  if (message.source !== MAIN_EVENT_SOURCE) return false;
  const event = message.event as { type?: unknown } | null | undefined;
  return typeof event === 'object' && event !== null && typeof event.type === 'string';
}

export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;

/**
 * One named async function per contract channel, over any transport: the Electron preload passes
 * ipcRenderer.invoke, the browser host an HTTP POST. A transport failure (rejection, or an answer
 * that is not a Result) becomes `{ ok: false, error: { code: 'internal' } }`, so callers only ever
 * handle Results. The object is frozen and has no other key: there is no generic `invoke`.
 */
export function buildApi(invoke: Invoke): AtelierApi {
  const api: Partial<Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of CHANNEL_NAMES) {
    api[name] = (input: unknown) => call(invoke, name, input);
  }
  // Built in a loop, so per-channel types are asserted here once: the keys are exactly
  // CHANNEL_NAMES (tested), and each function forwards its own channel's input and Result.
  return Object.freeze(api) as AtelierApi;
}

async function call(invoke: Invoke, name: ChannelName, input: unknown): Promise<Result<unknown>> {
  try {
    const answer = await invoke(name, input ?? {});
    if (isResult(answer)) return answer;
    return { ok: false, error: { code: 'internal', message: `Malformed answer for "${name}"` } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Call "${name}" failed: ${detail}` } };
  }
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as { ok?: unknown; error?: unknown };
  if (result.ok === true) return 'value' in result;
  return result.ok === false && typeof result.error === 'object' && result.error !== null;
}
