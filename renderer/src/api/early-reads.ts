import type { AtelierApi } from '../../../shared/ipc/contract';
import type { Route } from '../route';
import type { Invoke } from './transport';

/**
 * Reads started at start-up, before the app's code has even loaded, and handed to the first
 * component that asks for the same thing: the screen's data arrives while the app is starting
 * instead of one round trip after each screen mounts.
 */

/** An early answer is used if it is younger than this; pushes cover what changes meanwhile. */
const FRESH_MS = 3_000;

const early = new Map<string, { answer: Promise<unknown>; at: number }>();

/** What is read early, and under which key each component takes it. */
export const earlyKey = {
  appStatus: 'appStatus',
  settings: 'settings',
  workshop: (id: string) => `workshop:${id}`,
  board: (workshopId: string) => `board:${workshopId}`,
};

/** The channels read early. */
export type EarlyReader = Pick<AtelierApi, 'appStatus' | 'settingsGet' | 'workshopGet' | 'boardGet'>;

/** Those channels over a bare transport, before the full API exists. */
export function earlyReader(invoke: Invoke): EarlyReader {
  return {
    appStatus: (input) => invoke('appStatus', input) as ReturnType<EarlyReader['appStatus']>,
    settingsGet: (input) => invoke('settingsGet', input) as ReturnType<EarlyReader['settingsGet']>,
    workshopGet: (input) => invoke('workshopGet', input) as ReturnType<EarlyReader['workshopGet']>,
    boardGet: (input) => invoke('boardGet', input) as ReturnType<EarlyReader['boardGet']>,
  };
}

/** Starts `read` now, to be taken by `takeEarly(key, …)`; does nothing if a fresh one is under way. */
export function readEarly(key: string, read: () => Promise<unknown>): void {
  const started = early.get(key);
  if (started && Date.now() - started.at < FRESH_MS) return;
  early.set(key, { answer: read(), at: Date.now() });
}

/** The early answer for `key` if there is a fresh one (used once), or a new read. */
export function takeEarly<T>(key: string, read: () => Promise<T>): Promise<T> {
  const started = early.get(key);
  early.delete(key);
  return started && Date.now() - started.at < FRESH_MS ? (started.answer as Promise<T>) : read();
}

/** What the first screen of `route` needs: the app's status and settings, a workshop and its board. */
export function readScreenEarly(reader: EarlyReader, route: Route): void {
  readEarly(earlyKey.appStatus, () => reader.appStatus({}));
  readEarly(earlyKey.settings, () => reader.settingsGet({}));
  if (route.name === 'workshop') {
    readEarly(earlyKey.workshop(route.id), () => reader.workshopGet({ id: route.id }));
    readEarly(earlyKey.board(route.id), () => reader.boardGet({ workshopId: route.id }));
  }
}
