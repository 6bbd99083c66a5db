import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { startCore, type Core, type CoreOptions } from '../../main/core';
import type { AppEvent, ChannelName, EventMap, EventName, InputOf, OutputOf } from '../../shared/ipc/contract';
import type { AppErrorData } from '../../shared/ipc/result';

/** A clock the test moves by hand, so timer readings are exact. */
export interface TestClock {
  now(): Date;
  ms(): number;
  advance(ms: number): void;
  set(iso: string): void;
}

export function createClock(start = '2025-06-02T09:00:00.000Z'): TestClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    ms: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (iso) => {
      current = Date.parse(iso);
    },
  };
}

export interface TestCore {
  core: Core;
  dataDir: string;
  clock: TestClock;
  /** Every event emitted since start (or the last clearEvents). */
  events: AppEvent[];
  /** The payloads of one kind of event, in order. */
  eventsOf<K extends EventName>(type: K): EventMap[K][];
  clearEvents(): void;
  /** Calls a channel as the browser host does (validation included); throws on an error answer. */
  call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** Calls with any input and expects an error answer, which it returns. */
  refused(channel: string, input: unknown): Promise<AppErrorData>;
  /** Closes this core and starts another on the same data folder, as a relaunch of the app would. */
  restart(clock?: TestClock): Promise<TestCore>;
  close(): Promise<void>;
}

/** Calls into a core as the browser host does (validation included): call throws on an error answer, refused on a value. */
export function callsInto(core: Core): Pick<TestCore, 'call' | 'refused'> {
  return {
    async call(channel, input) {
      const result = await core.dispatch(channel, input, { origin: 'web' });
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    async refused(channel, input) {
      const result = await core.dispatch(channel, input, { origin: 'web' });
      if (result.ok) throw new Error(`${channel} was expected to fail but answered ${JSON.stringify(result.value).slice(0, 200)}`);
      return result.error;
    },
  };
}

/**
 * A ready core over a fresh data folder owned by this test (removed when it finishes), with a
 * controllable clock. Calls go through core.dispatch exactly as the transports do.
 */
export async function startTestCore(
  options: { clock?: TestClock; dataDir?: string; printPdf?: CoreOptions['printPdf'] } = {},
): Promise<TestCore> {
  const dataDir = options.dataDir ?? ownTempDir();
  const clock = options.clock ?? createClock();
  const core = await startCore({ dataDir, host: 'web', now: clock.now, ...(options.printPdf ? { printPdf: options.printPdf } : {}) });
  const tracked = openCores.get(dataDir);
  if (tracked) tracked.push(core);
  else onTestFinished(() => core.close());
  if (core.status().mode !== 'ready') throw new Error(`Core not ready: ${JSON.stringify(core.status())}`);

  const events: AppEvent[] = [];
  core.bus.subscribe((event) => events.push(event));

  return {
    core,
    dataDir,
    clock,
    events,
    eventsOf: <K extends EventName>(type: K) =>
      events.filter((event) => event.type === type).map((event) => event.payload as EventMap[K]),
    clearEvents: () => {
      events.length = 0;
    },
    ...callsInto(core),
    async restart(nextClock = clock) {
      await core.close();
      return startTestCore({ dataDir, clock: nextClock, ...(options.printPdf ? { printPdf: options.printPdf } : {}) });
    },
    close: () => core.close(),
  };
}

/** Cores started on each temp folder, closed (closing twice is harmless) before it is removed. */
const openCores = new Map<string, Core[]>();

function ownTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-core-'));
  openCores.set(dir, []);
  onTestFinished(async () => {
    await Promise.all((openCores.get(dir) ?? []).map((core) => core.close()));
    openCores.delete(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
