import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** A DevTools protocol event: `sessionId` says which page it comes from (none: the browser). */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/** A running Chromium, spoken to over its DevTools pipe. */
export interface ChromiumPipe {
  /** The browser process, and its temporary profile folder (removed when it exits). */
  readonly pid: number | undefined;
  readonly profile: string;
  /** One DevTools protocol command; rejects with Chromium's error, or when Chromium is gone. */
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Every event; returns the function that stops listening. */
  onEvent(listener: (event: CdpEvent) => void): () => void;
  /** Settles once the process has exited, for whatever reason. */
  readonly exited: Promise<void>;
  /** Asks Chromium to quit, kills it if it has not after a moment, and removes its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** How long Chromium may take to answer its first command. */
  timeoutMs?: number;
}

const STDERR_KEPT = 2000;
const CLOSE_GRACE_MS = 3000;

/**
 * Starts Chromium with --remote-debugging-pipe: it reads DevTools commands on fd 3 and writes
 * answers and events on fd 4, each message a JSON text ended by a NUL byte. That is how
 * automation libraries drive it too; talking to it directly keeps their start-up cost (loading a
 * few megabytes of JavaScript) out of every first export. The browser gets a profile of its own
 * in a temporary folder, removed when it exits, and quits by itself if this process dies (its end
 * of the pipe closes).
 */
export async function launchChromiumPipe(executablePath: string, args: readonly string[], options: LaunchOptions = {}): Promise<ChromiumPipe> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'atelier-chromium-'));
  const child = spawn(executablePath, [...args, '--remote-debugging-pipe', `--user-data-dir=${profile}`], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const toChromium = child.stdio[3] as Writable;
  const fromChromium = child.stdio[4] as Readable;

  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_KEPT);
  });

  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Set<(event: CdpEvent) => void>();
  let nextId = 0;
  let gone: Error | null = null;

  const removeProfile = (): void => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A leftover temporary folder is harmless; the system cleans its temporary files.
    }
  };
  // Safety net for a host that exits without closing the printer: no browser or profile left behind.
  const onHostExit = (): void => {
    child.kill('SIGKILL');
    removeProfile();
  };
  process.once('exit', onHostExit);

  let markExited: () => void = () => {};
  const exited = new Promise<void>((resolve) => (markExited = resolve));
  const finish = (error: Error): void => {
    if (gone) return;
    gone = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.once('error', (error) => {
    finish(new Error(`Chromium could not be started (${executablePath}): ${error.message}`));
    process.removeListener('exit', onHostExit);
    removeProfile();
    markExited();
  });
  child.once('exit', (code, signal) => {
    let reported = false;
    const report = (): void => {
      if (reported) return;
      reported = true;
      const detail = stderr.trim().split('\n').slice(-3).join(' ').trim();
      finish(new Error(`Chromium stopped (${signal ?? `exit code ${code}`})${detail ? `: ${detail}` : ''}`));
      process.removeListener('exit', onHostExit);
      removeProfile();
      markExited();
    };
    // What it said last on stderr (the reason it stopped) may still be on its way.
    const errors = child.stderr;
    if (!errors || errors.readableEnded) return report();
    const timer = setTimeout(report, 500);
    errors.once('end', () => {
      clearTimeout(timer);
      report();
    });
  });
  // A write after Chromium died fails here; finish() has already rejected what was waiting.
  toChromium.on('error', () => {});
  fromChromium.on('error', () => {});

  let buffered: Buffer[] = [];
  fromChromium.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      buffered.push(chunk.subarray(start, end));
      const text = Buffer.concat(buffered).toString('utf8');
      buffered = [];
      start = end + 1;
      dispatch(text);
    }
    if (start < chunk.length) buffered.push(chunk.subarray(start));
  });

  function dispatch(text: string): void {
    let message: { id?: number; result?: unknown; error?: { message?: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (typeof message.id === 'number') {
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message ?? 'failed'}`));
      else waiting.resolve((message.result ?? {}) as never);
    } else if (message.method) {
      const event: CdpEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
      for (const listener of [...listeners]) listener(event);
    }
  }

  const pipe: ChromiumPipe = {
    pid: child.pid,
    profile,
    send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
      if (gone) return Promise.reject(gone);
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: never) => void, reject, method });
        toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exited,
    async close() {
      if (!gone) {
        // Browser.close answers only as the browser goes away; its exit is what counts.
        pipe.send('Browser.close').catch(() => {});
        const timer = setTimeout(() => child.kill('SIGKILL'), CLOSE_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      await exited;
    },
  };

  const timeoutMs = options.timeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pipe.send('Browser.getVersion'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Chromium did not answer within ${timeoutMs / 1000} s (${executablePath})`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return pipe;
}
