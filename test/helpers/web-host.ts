import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rawRequest, type RawRequest } from './http';
import WebSocket from 'ws';
import { startCore, type Core, type CoreOptions } from '../../main/core';
import { startWebHost, type WebHost } from '../../main/host/web-server';
import type { AppEvent } from '../../shared/ipc/contract';

export interface RunningHost {
  core: Core;
  host: WebHost;
  dataDir: string;
  /** POST /api/<channel> with the admin token. */
  call(channel: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  raw(options: RawRequest): Promise<{ status: number; body: string; headers: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'atelier-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A browser host on 127.0.0.1 over a fresh data folder, with a tiny static site. */
export async function startTestHost(options: Partial<CoreOptions> & { dataDir?: string } = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? tempDir();
  const staticDir = tempDir('atelier-static-');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Atelier</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const core = await startCore({ host: 'web', ...options, dataDir });
  const host = await startWebHost({ core, staticDir });

  const raw = (req: RawRequest) => rawRequest(host.port, req);

  return {
    core,
    host,
    dataDir,
    raw,
    async call(channel, body, headers = {}) {
      const res = await raw({
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'content-type': 'application/json', 'x-atelier-token': host.token, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: JSON.parse(res.body) as unknown };
    },
    async stop() {
      await host.close();
      await core.close();
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** Opens /events, authenticates, and collects events until closed. */
export async function connectEvents(
  host: WebHost,
  token = host.token,
): Promise<{ socket: WebSocket; events: AppEvent[]; next(type: string): Promise<AppEvent>; revision: number }> {
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/events`, { origin: `http://127.0.0.1:${host.port}` });
  const events: AppEvent[] = [];
  const waiters: { type: string; resolve: (e: AppEvent) => void }[] = [];
  const revision = await new Promise<number>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; revision?: number };
      if (message.type === 'ready') return resolve(message.revision ?? Number.NaN);
      const event = message as AppEvent;
      const waiting = waiters.findIndex((w) => w.type === event.type);
      if (waiting >= 0) waiters.splice(waiting, 1)[0]?.resolve(event);
      else events.push(event);
    });
    socket.once('close', (code) => reject(new Error(`closed ${code}`)));
  });
  return {
    socket,
    events,
    revision,
    next: (type) =>
      new Promise((resolve) => {
        const found = events.find((e) => e.type === type);
        if (found) {
          events.splice(events.indexOf(found), 1);
          resolve(found);
        } else waiters.push({ type, resolve });
      }),
  };
}
