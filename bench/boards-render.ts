/*
 * Board rendering benchmark: a journey map of 7 stages × 10 lanes holding 1,000 cards
 * and a persona with 300 cards, opened in Chromium against the real browser host.
 *
 *   npm run build && npm run bench:render
 *
 * Prints, for each board:
 *   - opened from the agenda: in a fresh tab on the workshop's agenda, a click on the board's
 *     tab → the opening screen's cards painted (the board's code runs for the first time there).
 *   - open: navigation start → the opening screen's cards painted (performance.now() in the
 *     page, whose origin is the navigation start; the first frame after the first card is in the
 *     DOM, checked to leave no part of the viewport waiting), and → every card in the DOM (boards
 *     draw what is off the first screen just after it). Median and worst of several loads.
 *   - drag frames: a card dragged with the mouse across cells, one move per 16.7 ms. From a
 *     Chromium trace, the main thread's work for each frame that handled a pointer move (every
 *     task between the previous frame's commit and this one's, in thread CPU time), 95th
 *     percentile: a frame fits 60 Hz when that work is under 16 ms. Also the requestAnimationFrame intervals, whose
 *     pacing headless Chromium ties to its 60 Hz clock, as frames dropped (> 25 ms).
 * Targets: open < 500 ms, p95 frame work < 16 ms.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Board, CardContainer, JourneyMap, Persona } from '../shared/domain/board';
import type { Workshop } from '../shared/domain/workshop';
import { CHROMIUM_PATH } from '../playwright.config';
import { call } from '../test/e2e/boards-api';
import { newDataDir, startHost, type HostProcess } from '../test/e2e/host';
import { sentence } from './core';

const LOADS = 5;
const MAP_CARDS = 1_000;
const PERSONA_CARDS = 300;
const OPEN_TARGET_MS = 500;
const FRAME_TARGET_MS = 16;

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function seed(host: HostProcess): Promise<{ workshop: Workshop; persona: Persona; map: JourneyMap }> {
  const workshop = await call<Workshop>(host, 'workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title: 'Render benchmark', client: '', date: '2026-11-23', language: 'en', facilitator: '', participants: [] },
  });
  const persona = await call<Persona>(host, 'personaCreate', { workshopId: workshop.id, name: 'Léa Martin' });
  const map = await call<JourneyMap>(host, 'journeyCreate', { workshopId: workshop.id, personaId: persona.id });
  const colors = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange', 'grey'];
  const sections = persona.sections.filter((s) => !s.hidden);
  const cells: CardContainer[] = [];
  for (const stage of map.stages) {
    for (const lane of map.lanes) if (lane.kind !== 'emotion') cells.push({ kind: 'cell', mapId: map.id, stageId: stage.id, laneId: lane.id });
  }
  const started = performance.now();
  for (let i = 0; i < PERSONA_CARDS; i += 1) {
    const section = sections[i % sections.length]!;
    await call(host, 'cardCreate', { workshopId: workshop.id, container: { kind: 'section', sectionId: section.id }, text: sentence(i), color: colors[i % 7] });
  }
  for (let i = 0; i < MAP_CARDS; i += 1) {
    await call(host, 'cardCreate', { workshopId: workshop.id, container: cells[i % cells.length]!, text: sentence(i), color: colors[(i * 3) % 7] });
  }
  for (const [index, stage] of map.stages.entries()) {
    await call(host, 'emotionSet', { mapId: map.id, stageId: stage.id, score: [0, 1, 1, -2, -1, 1, 2][index % 7] });
  }
  console.log(`seeded ${PERSONA_CARDS} persona cards and ${MAP_CARDS} journey cards (${map.stages.length} stages × ${map.lanes.length} lanes) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { workshop, persona, map };
}

/**
 * Records, in the page, when the first cards are painted (the frame after the first one is in
 * the DOM) and whether anything in the viewport was still waiting then; and when `count` cards
 * are in the DOM and painted.
 */
const WATCH_CARDS = (count: number): void => {
  const waiting = (): boolean =>
    [...document.querySelectorAll('[aria-busy="true"], .card-list__pending')].some((element) => {
      const rect = element.getBoundingClientRect();
      // What the viewport shows of it: a board's frame clips what lies right of its edge.
      const frame = element.closest('.board-viewport')?.getBoundingClientRect();
      const right = Math.min(window.innerWidth, frame?.right ?? Infinity);
      return rect.width > 0 && rect.top < window.innerHeight && rect.bottom > 0 && rect.left < right && rect.right > 0;
    });
  const tick = (): void => {
    const cards = document.querySelectorAll('[data-card-id]').length;
    const seen = window as unknown as { firstShownAt?: number; viewportWaiting?: boolean };
    if (cards > 0 && seen.firstShownAt === undefined) {
      const viewportWaiting = waiting();
      requestAnimationFrame(() => Object.assign(window, { firstShownAt: performance.now(), viewportWaiting }));
    }
    if (cards >= count) {
      requestAnimationFrame(() => Object.assign(window, { cardsShownAt: performance.now() }));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

interface OpenTiming {
  /** The opening screen's cards painted. */
  first: number;
  /** Something in the viewport was still a placeholder at that moment. */
  waiting: boolean;
  /** Every card in the DOM and painted. */
  total: number;
  /** When the app's script had arrived, when the board's data had, as seen by the page. */
  script: number;
  data: number;
}

async function measureOpen(page: Page, url: string, count: number): Promise<OpenTiming[]> {
  const times: OpenTiming[] = [];
  await page.addInitScript(WATCH_CARDS, count);
  for (let i = 0; i < LOADS; i += 1) {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { cardsShownAt?: number }).cardsShownAt, undefined, { timeout: 30_000 });
    times.push(
      await page.evaluate(() => {
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const end = (test: (name: string) => boolean): number => Math.max(0, ...resources.filter((r) => test(r.name)).map((r) => r.responseEnd));
        const seen = window as unknown as { cardsShownAt: number; firstShownAt: number; viewportWaiting: boolean };
        return {
          first: seen.firstShownAt,
          waiting: seen.viewportWaiting,
          total: seen.cardsShownAt,
          script: end((name) => name.endsWith('.js')),
          data: end((name) => name.includes('/api/boardGet')),
        };
      }),
    );
  }
  return times;
}

/**
 * As a facilitator opens the board: a fresh tab on the workshop's agenda, then a click on the
 * board's tab. From the click to the first frame painted with the opening screen's cards; the
 * board's code runs here for the first time in this tab.
 */
async function measureTabOpen(page: Page, agendaUrl: string, tab: string): Promise<number> {
  await page.goto(agendaUrl);
  await page.getByRole('tab', { name: 'Agenda' }).waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const start = { at: 0 };
    document.addEventListener('click', () => (start.at = performance.now()), { capture: true, once: true });
    const tick = (): void => {
      if (start.at && document.querySelector('[data-card-id]')) {
        requestAnimationFrame(() => Object.assign(window, { tabShownIn: performance.now() - start.at }));
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByRole('tab', { name: tab }).click();
  const shownIn = await page.waitForFunction(() => (window as unknown as { tabShownIn?: number }).tabShownIn);
  const value = (await shownIn.jsonValue()) as number;
  // Closed, so that the tabs measured next are in front (a tab behind gets one frame a second).
  await page.close();
  return value;
}

/**
 * The page's main-thread CPU time for one more load, from a Chromium trace: the part of "open"
 * that does not depend on how busy the machine is (the wall clock above does).
 */
async function measureOpenCpu(browser: Browser, page: Page, url: string): Promise<number> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { cardsShownAt?: number }).cardsShownAt, undefined, { timeout: 30_000 });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = busiestRendererMain(trace.traceEvents);
  return trace.traceEvents
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main?.pid && e.tid === main?.tid)
    .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
}

/** The traced page's main thread: of the renderers' main threads (other tabs may be open), the busiest. */
function busiestRendererMain(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (thread: TraceEvent): number =>
    events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === thread.pid && e.tid === thread.tid).reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return mains.map((thread) => ({ thread, busy: busy(thread) })).sort((a, b) => b.busy - a.busy)[0]?.thread;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

interface DragFrames {
  /** Per frame that handled a pointer move: the main thread's work for it, from the trace. */
  work: number[];
  /** requestAnimationFrame intervals during the drag. */
  intervals: number[];
}

/** Main-thread work per frame that handled a pointer move: every task since the previous commit, up to this frame's commit. */
function frameWork(traceText: string): number[] {
  const trace = JSON.parse(traceText) as { traceEvents: TraceEvent[] };
  const main = busiestRendererMain(trace.traceEvents);
  const onMain = trace.traceEvents.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur !== undefined).sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const moves = onMain.filter((e) => e.name === 'EventDispatch' && /^(pointermove|mousemove)$/.test(e.args?.data?.type ?? ''));
  const work: number[] = [];
  let from = 0;
  for (const commit of onMain.filter((e) => e.name === 'Commit')) {
    const end = (commit.ts ?? 0) + (commit.dur ?? 0);
    if (moves.some((m) => (m.ts ?? 0) >= from && (m.ts ?? 0) < end)) {
      // CPU time of the thread (tdur), not wall time: other processes on a busy machine do not count.
      const busy = tasks.filter((t) => (t.ts ?? 0) >= from && (t.ts ?? 0) < end).reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0);
      work.push(busy / 1000);
    }
    from = end;
  }
  return work;
}

/** Drags a card with the mouse along `path`, at 60 moves a second, tracing the page meanwhile. */
async function measureDrag(browser: Browser, page: Page, handleLabel: string, path: { x: number; y: number }[]): Promise<DragFrames> {
  await page.evaluate(() => {
    const state = { intervals: [] as number[], last: performance.now(), running: true, on: false };
    Object.assign(window, { frameProbe: state });
    const loop = (now: number): void => {
      if (state.on) state.intervals.push(now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const handle = page.getByRole('button', { name: handleLabel, exact: true });
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(() => Object.assign((window as unknown as { frameProbe: { on: boolean } }).frameProbe, { on: true }));
  await page.mouse.down();
  for (const point of path) {
    const pace = new Promise((resolve) => setTimeout(resolve, 1000 / 60));
    await page.mouse.move(point.x, point.y);
    await pace;
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const intervals = await page.evaluate(() => {
    const state = (window as unknown as { frameProbe: { intervals: number[]; running: boolean } }).frameProbe;
    state.running = false;
    return state.intervals;
  });
  const work = frameWork((await browser.stopTracing()).toString('utf8'));
  return { work, intervals };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const median = (values: number[]): number => percentile(values, 50);
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const verdict = (value: number, target: number): string => (value < target ? 'OK' : 'OVER TARGET');

async function main(): Promise<void> {
  if (!existsSync('dist/main/web-host.cjs')) throw new Error('Build first: npm run build');
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((v) => v.toFixed(1)).join(' ')}`);
  const host = await startHost(newDataDir());
  try {
    const { workshop, map } = await seed(host);
    const board = await call<Board>(host, 'boardGet', { workshopId: workshop.id });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const token = new URL(host.url).searchParams.get('token') ?? '';
    const page = await context.newPage();
    // Every load carries the token: a new tab has none of its own yet.
    const base = `${host.origin}/workshops/${workshop.id}?token=${token}`;

    const journeyTab = await measureTabOpen(await context.newPage(), `${base}#agenda`, 'Journey map');
    const journeyOpen = await measureOpen(page, `${base}#journey`, MAP_CARDS);
    const journeyCpu = await measureOpenCpu(browser, page, `${base}#journey`);
    const stages = [...map.stages].sort((a, b) => a.position - b.position);
    const cardLanes = [...map.lanes].sort((a, b) => a.position - b.position).filter((l) => l.kind !== 'emotion');
    const firstCard = board.journeyMaps[0]!.cards.find((c) => c.container.kind === 'cell' && c.container.stageId === stages[0]!.id && c.container.laneId === cardLanes[0]!.id)!;
    // Across four stages and down two lanes, in small steps, as a hand would.
    const cellBox = async (stage: number, lane: number) => {
      const list = page.getByRole('list', { name: `Cards in ${stages[stage]!.title} · ${cardLanes[lane]!.title}`, exact: true });
      return (await list.boundingBox())!;
    };
    const journeyPath: { x: number; y: number }[] = [];
    const targets = [await cellBox(1, 0), await cellBox(2, 0), await cellBox(3, 1), await cellBox(3, 2)];
    let from = (await page.getByRole('button', { name: `Move card “${firstCard.text}”`, exact: true }).boundingBox())!;
    let cursor = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    for (const target of targets) {
      const goal = { x: target.x + target.width / 2, y: target.y + Math.min(target.height / 2, 300) };
      for (let step = 1; step <= 30; step += 1) journeyPath.push({ x: cursor.x + ((goal.x - cursor.x) * step) / 30, y: cursor.y + ((goal.y - cursor.y) * step) / 30 });
      cursor = goal;
    }
    const journeyDrag = await measureDrag(browser, page, `Move card “${firstCard.text}”`, journeyPath);

    const personaTab = await measureTabOpen(await context.newPage(), `${base}#agenda`, 'Personas');
    const personaPage = await context.newPage();
    const personaOpen = await measureOpen(personaPage, `${base}#personas`, PERSONA_CARDS);
    const personaCpu = await measureOpenCpu(browser, personaPage, `${base}#personas`);
    const personaCard = board.personas[0]!.sections[0]!.cards[0]!;
    from = (await personaPage.getByRole('button', { name: `Move card “${personaCard.text}”`, exact: true }).boundingBox())!;
    const columns = await personaPage.locator('.persona-section .card-list').evaluateAll((lists) => lists.slice(0, 4).map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
    const personaPath: { x: number; y: number }[] = [];
    cursor = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    for (const column of columns.slice(1)) {
      const goal = { x: column.x + column.width / 2, y: Math.min(column.y + column.height / 2, 800) };
      for (let step = 1; step <= 30; step += 1) personaPath.push({ x: cursor.x + ((goal.x - cursor.x) * step) / 30, y: cursor.y + ((goal.y - cursor.y) * step) / 30 });
      cursor = goal;
    }
    const personaDrag = await measureDrag(browser, personaPage, `Move card “${personaCard.text}”`, personaPath);
    await browser.close();

    const report = (name: string, tab: number, timings: OpenTiming[], cpu: number, drag: DragFrames): void => {
      const p95 = percentile(drag.work, 95);
      const first = timings.map((t) => t.first);
      const total = timings.map((t) => t.total);
      const waiting = timings.filter((t) => t.waiting).length;
      console.log(`\n${name}`);
      console.log(`  where the time goes (medians): script loaded ${ms(median(timings.map((t) => t.script)))}, board data in ${ms(median(timings.map((t) => t.data)))}, opening screen painted ${ms(median(first))}, every card drawn ${ms(median(total))}`);
      console.log(`  open (navigation → opening screen's cards painted), ${first.length} loads: median ${ms(median(first))}, worst ${ms(Math.max(...first))}, each ${first.map((v) => v.toFixed(0)).join(' / ')} ms → ${verdict(median(first), OPEN_TARGET_MS)} (target < ${OPEN_TARGET_MS} ms); viewport complete at that paint in ${first.length - waiting} of ${first.length} loads`);
      console.log(`  every card in the page: median ${ms(median(total))}, worst ${ms(Math.max(...total))}`);
      console.log(`  opened from the agenda tab (a click on the board's tab, its code run for the first time in a fresh tab) → opening screen painted: ${ms(tab)} → ${verdict(tab, OPEN_TARGET_MS)}`);
      console.log(`  main-thread CPU time of one open, up to every card drawn (trace): ${ms(cpu)}`);
      console.log(`  drag, main-thread work per frame handling a move (${drag.work.length} frames): p50 ${ms(percentile(drag.work, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...drag.work))} → ${verdict(p95, FRAME_TARGET_MS)} (target p95 < ${FRAME_TARGET_MS} ms)`);
      const dropped = drag.intervals.filter((interval) => interval > 25).length;
      console.log(`  drag, requestAnimationFrame intervals (${drag.intervals.length}): p50 ${ms(percentile(drag.intervals, 50))}, p95 ${ms(percentile(drag.intervals, 95))}, ${dropped} over 25 ms`);
    };
    report(`Journey map: ${MAP_CARDS} cards, ${map.stages.length} stages × ${map.lanes.length} lanes`, journeyTab, journeyOpen, journeyCpu, journeyDrag);
    report(`Persona canvas: ${PERSONA_CARDS} cards`, personaTab, personaOpen, personaCpu, personaDrag);
    console.log(`\nload average after: ${loadavg().map((v) => v.toFixed(1)).join(' ')}`);
  } finally {
    await host.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
