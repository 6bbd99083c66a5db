/*
 * What one card edit costs the other open windows: the bytes pushed to each listener, and the time
 * from the call to the edited card's new text in another window's DOM. Against the real browser
 * host, in Chromium, on two workshops, each with five personas wearing a photo of about 0.6 MB:
 *   - the sample workshop (three personas, a journey map, a vote), two more personas added;
 *   - a workshop of 1,300 cards: five personas with 60 cards each, a 7 × 10 journey map of 1,000.
 *
 *   npm run bench:push                                  # the build in dist/
 *   npm run bench:push -- --before /path/to/other/dist  # also another build, side by side
 *
 * For each edit (a card's text changed through the host's HTTP API, as another window does) it
 * counts the bytes of the frames an /events socket receives and the bytes the page then reads
 * back over HTTP, and times call → DOM with the page's own clock (Date.now(), shared with Node).
 * Targets: under 4 KB pushed to each listener, 95th percentile under 50 ms.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { startCore, type Core } from '../main/core';
import type { CardContainer } from '../shared/domain/board';
import { CHROMIUM_PATH } from '../playwright.config';
import { api, startHost, type BenchHost } from './host';
import { call, runBench } from './core';

const EDITS = 40;
const WARM_UP = 3;
const PUSH_TARGET_BYTES = 4 * 1024;
const SHOW_TARGET_MS = 50;
const PHOTO_BYTES = 600 * 1024;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Seeded {
  name: string;
  dataDir: string;
  workshopId: string;
  /** A card on the first persona's canvas, the one a page opens on. */
  cardId: string;
  cards: number;
}

interface Figures {
  pushedBytes: number[];
  readBytes: number[];
  showMs: number[];
  /** Call → the push received by the other listener (the host's share: the edit, its commit, the push). */
  pushMs: number[];
  /**
   * The floor, just after: the round trip of the smallest write (another workshop's title),
   * which commits to disk like any edit (synchronous=FULL) and shows nowhere.
   */
  floorMs: number[];
}

/** Five different photo-like JPEGs of about PHOTO_BYTES each, encoded by Chromium (noise compresses like a photo's detail). */
async function photos(browser: Browser): Promise<string[]> {
  const page = await browser.newPage();
  const made = await page.evaluate(async (target) => {
    const out: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      let side = 700;
      for (;;) {
        const canvas = document.createElement('canvas');
        canvas.width = side;
        canvas.height = side;
        const context = canvas.getContext('2d')!;
        const image = context.createImageData(side, side);
        let seed = 12345 + n;
        for (let i = 0; i < image.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          image.data[i] = seed & 255;
          image.data[i + 1] = (seed >> 8) & 255;
          image.data[i + 2] = (seed >> 16) & 255;
          image.data[i + 3] = 255;
        }
        context.putImageData(image, 0, 0);
        const base64 = canvas.toDataURL('image/jpeg', 0.7).split(',')[1]!;
        const bytes = (base64.length * 3) / 4;
        if (Math.abs(bytes - target) < target * 0.08) {
          out.push(base64);
          break;
        }
        side = Math.round(side * Math.sqrt(target / bytes));
      }
    }
    return out;
  }, PHOTO_BYTES);
  await page.close();
  return made;
}

async function dressPersonas(core: Core, workshopId: string, pictures: string[]): Promise<void> {
  let board = await call(core, 'boardGet', { workshopId });
  for (let i = board.personas.length; i < 5; i += 1) await call(core, 'personaCreate', { workshopId, name: `Persona ${i + 1}` });
  board = await call(core, 'boardGet', { workshopId });
  for (const [i, persona] of board.personas.slice(0, 5).entries()) {
    await call(core, 'personaSetAvatar', { personaId: persona.id, avatar: { kind: 'image', mime: 'image/jpeg', dataBase64: pictures[i]! } });
  }
}

async function firstPersonaCard(core: Core, workshopId: string): Promise<{ cardId: string; cards: number }> {
  const board = await call(core, 'boardGet', { workshopId });
  const card = board.personas[0]?.sections.find((s) => !s.hidden && s.cards.length > 0)?.cards[0];
  if (!card) throw new Error('no card on the first persona');
  const cards = board.personas.reduce((n, p) => n + p.sections.reduce((m, s) => m + s.cards.length, 0), 0) + board.journeyMaps.reduce((n, m) => n + m.cards.length, 0);
  return { cardId: card.id, cards };
}

async function seedSample(pictures: string[]): Promise<Seeded> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-push-'));
  const core = await startCore({ dataDir, host: 'web' });
  try {
    const workshop = await call(core, 'sampleWorkshopCreate', { language: 'en' });
    await dressPersonas(core, workshop.id, pictures);
    return { name: 'sample workshop', dataDir, workshopId: workshop.id, ...(await firstPersonaCard(core, workshop.id)) };
  } finally {
    await core.close();
  }
}

async function seedLarge(pictures: string[]): Promise<Seeded> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-push-'));
  const core = await startCore({ dataDir, host: 'web' });
  try {
    const workshop = await call(core, 'workshopCreate', {
      templateId: 'cx-discovery',
      meta: { title: 'Push benchmark', client: 'Azur Hotels', date: '2026-11-23', language: 'en', facilitator: '', participants: [] },
    });
    const personas = [];
    for (let i = 0; i < 5; i += 1) personas.push(await call(core, 'personaCreate', { workshopId: workshop.id, name: `Persona ${i + 1}` }));
    const map = await call(core, 'journeyCreate', { workshopId: workshop.id, personaId: personas[0]!.id });
    const text = (i: number) => `Card ${i + 1} — a note of the length of an idea written down in a workshop, with a few more words.`;
    let n = 0;
    for (const persona of personas) {
      const sections = persona.sections.filter((s) => !s.hidden);
      for (let i = 0; i < 60; i += 1) {
        const container: CardContainer = { kind: 'section', sectionId: sections[i % sections.length]!.id };
        await call(core, 'cardCreate', { workshopId: workshop.id, container, text: text(n++) });
      }
    }
    const cells: CardContainer[] = map.stages.flatMap((stage) => map.lanes.map((lane) => ({ kind: 'cell' as const, mapId: map.id, stageId: stage.id, laneId: lane.id })));
    for (let i = 0; i < 1000; i += 1) await call(core, 'cardCreate', { workshopId: workshop.id, container: cells[i % cells.length]!, text: text(n++) });
    await dressPersonas(core, workshop.id, pictures);
    return { name: 'workshop of 1,300 cards', dataDir, workshopId: workshop.id, ...(await firstPersonaCard(core, workshop.id)) };
  } finally {
    await core.close();
  }
}

/** A listener on /events, as another window's socket: counts the bytes of every frame it receives. */
async function listener(host: BenchHost): Promise<{ bytes: () => number; lastAt: () => number; close: () => void }> {
  const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/events`, { origin: host.origin, maxPayload: 64 * 1024 * 1024 });
  let bytes = 0;
  let lastAt = 0;
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', token: host.token })));
    socket.on('message', (data: Buffer) => {
      if (String(data).startsWith('{"type":"ready"')) resolve();
      else {
        bytes += data.length;
        lastAt = Date.now();
      }
    });
    socket.once('error', reject);
  });
  return { bytes: () => bytes, lastAt: () => lastAt, close: () => socket.close() };
}

/** Watches the page's DOM for the card's text; records Date.now() when it is there. */
const WATCH = (): void => {
  const state = window as unknown as { watched?: { id: string; text: string }; seenAt?: number };
  new MutationObserver(() => {
    const watched = state.watched;
    if (!watched || state.seenAt !== undefined) return;
    const card = document.querySelector(`[data-card-id="${watched.id}"]`);
    if (card?.textContent?.includes(watched.text)) state.seenAt = Date.now();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
};

async function measure(browser: Browser, dist: string, seeded: Seeded): Promise<Figures> {
  const host = await startHost(seeded.dataDir, { dist });
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const socketFrames: number[] = [];
  let reads = 0;
  let pending = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/')) pending += 1;
  });
  page.on('requestfinished', (request) => {
    if (request.url().includes('/api/')) pending -= 1;
  });
  page.on('requestfailed', (request) => {
    if (request.url().includes('/api/')) pending -= 1;
  });
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => socketFrames.push(Buffer.byteLength(frame.payload))));
  page.on('response', (response) => {
    if (!response.url().includes('/api/')) return;
    void response.body().then(
      (body) => (reads += body.length),
      () => undefined,
    );
  });
  const other = await listener(host);
  try {
    await page.goto(`${host.origin}/workshops/${seeded.workshopId}?token=${host.token}`);
    await page.getByRole('tab', { name: 'Personas' }).click();
    await page.locator(`[data-card-id="${seeded.cardId}"]`).waitFor();
    await page.evaluate(WATCH);
    const figures: Figures = { pushedBytes: [], readBytes: [], showMs: [], pushMs: [], floorMs: [] };
    const elsewhere = await api<{ id: string }>(host, 'workshopCreate', {
      templateId: 'voting',
      meta: { title: 'Elsewhere', client: '', date: '2026-11-23', language: 'en', facilitator: '', participants: [] },
    });
    for (let i = 0; i < WARM_UP + EDITS; i += 1) {
      const text = `Edited ${i + 1}: a note changed in another window`;
      await page.evaluate((watched) => Object.assign(window, { watched, seenAt: undefined }), { id: seeded.cardId, text });
      const [pushedBefore, framesBefore, readsBefore] = [other.bytes(), socketFrames.length, reads];
      const calledAt = Date.now();
      await api(host, 'cardUpdate', { cardId: seeded.cardId, patch: { text } });
      const seenAt = Number(
        await (
          await page.waitForFunction(() => (window as unknown as { seenAt?: number }).seenAt ?? false, undefined, { polling: 10, timeout: 30_000 })
        ).jsonValue(),
      );
      // Whatever the push makes the page read is part of the cost; let those reads finish.
      for (let wait = 0; pending > 0 && wait < 200; wait += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      const edit = {
        showMs: seenAt - calledAt,
        pushMs: other.lastAt() - calledAt,
        pushedBytes: Math.max(other.bytes() - pushedBefore, sum(socketFrames.slice(framesBefore))),
        readBytes: reads - readsBefore,
      };
      if (i < WARM_UP) continue;
      figures.showMs.push(edit.showMs);
      figures.pushMs.push(edit.pushMs);
      figures.pushedBytes.push(edit.pushedBytes);
      figures.readBytes.push(edit.readBytes);
    }
    for (let i = 0; i < EDITS; i += 1) {
      const floorFrom = performance.now();
      await api(host, 'workshopUpdate', { id: elsewhere.id, patch: { title: `Elsewhere ${i}` } });
      figures.floorMs.push(Math.round(performance.now() - floorFrom));
    }
    return figures;
  } finally {
    other.close();
    await page.close();
    host.child.kill('SIGTERM');
    await new Promise((resolve) => host.child.once('exit', resolve));
  }
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const kb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(2)} KB`);

function report(label: string, f: Figures): string {
  const pushed = quantile(f.pushedBytes, 1);
  const p95 = quantile(f.showMs, 0.95);
  return [
    `    ${label}`,
    `      pushed to each listener per edit: ${kb(pushed)} (max)  ${pushed < PUSH_TARGET_BYTES ? 'ok' : `over ${kb(PUSH_TARGET_BYTES)}`}`,
    `      read back by the page per edit:   ${kb(quantile(f.readBytes, 0.5))} (median)`,
    `      call → other window's DOM:        median ${quantile(f.showMs, 0.5)} ms · p95 ${p95} ms · max ${quantile(f.showMs, 1)} ms (n=${f.showMs.length})  ${p95 < SHOW_TARGET_MS ? 'ok' : `over ${SHOW_TARGET_MS} ms`}`,
    `        of which call → push at a listener: median ${quantile(f.pushMs, 0.5)} ms · p95 ${quantile(f.pushMs, 0.95)} ms`,
    `      floor (the smallest write's round trip, just after): median ${quantile(f.floorMs, 0.5)} ms · p95 ${quantile(f.floorMs, 0.95)} ms`,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const beforeAt = args.indexOf('--before');
  const builds: [string, string][] = [];
  if (beforeAt >= 0) builds.push(['before', path.resolve(args[beforeAt + 1] ?? '')]);
  builds.push([beforeAt >= 0 ? 'after' : 'this build', path.resolve('dist')]);
  for (const [, dist] of builds) if (!existsSync(path.join(dist, 'main', 'web-host.cjs'))) throw new Error(`No browser host in ${dist}: run npm run build`);

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  try {
    const pictures = await photos(browser);
    console.log(`five photo avatars of ${pictures.map((p) => kb((p.length * 3) / 4)).join(', ')}; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
    for (const seed of [seedSample, seedLarge]) {
      const seeded = await seed(pictures);
      console.log(`\n  ${seeded.name} (${seeded.cards} cards): one card's text edited ${EDITS} times, the page on the first persona`);
      for (const [label, dist] of builds) console.log(report(label, await measure(browser, dist, seeded)));
    }
  } finally {
    await browser.close();
  }
}

runBench(main);
