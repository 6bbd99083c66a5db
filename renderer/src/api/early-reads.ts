/**
 * Reads started at start-up, before React has mounted anything, and handed to the first
 * component that asks for the same thing: the screen's data arrives while the app's code is
 * still starting instead of one round trip after each screen mounts.
 */

/** An early answer is used if it is younger than this; pushes cover what changes meanwhile. */
const FRESH_MS = 3_000;

const early = new Map<string, { answer: Promise<unknown>; at: number }>();

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
