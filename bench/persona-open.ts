/*
 * Persona board opening, A/B: the built app here, and optionally another build beside it, each on
 * its own host with the same data (the sample workshop, and a workshop whose persona holds 300
 * cards). Loads alternate between the builds in one browser, so that a busy machine weighs on
 * both alike.
 *
 *   node scripts/build.mjs && npm run bench:persona -- [--before <folder holding dist/>[,<another>…]] [--runs N] [--tab]
 *
 * Per load, a fresh tab opens the persona board and waits until its cards are all drawn and the
 * page is quiet; Chromium's own counters (CDP Performance.getMetrics) then give the main thread's
 * work for the load: tasks, script, layout and style recalculation. Also, as the page sees it,
 * navigation start → every card painted. Medians over the runs.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { Persona } from '../shared/domain/board';
import type { Workshop } from '../shared/domain/workshop';
import { CHROMIUM_PATH } from '../playwright.config';
import { call } from '../test/e2e/boards-api';
import { newDataDir, startHost, type HostProcess } from '../test/e2e/host';
import { sentence } from './core';

const PERSONA_CARDS = 300;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** The two boards measured: the sample workshop's persona, and a persona of 300 cards. */
async function seed(host: HostProcess): Promise<{ sample: string; large: string }> {
  const sample = await call<Workshop>(host, 'sampleWorkshopCreate', { language: 'en' });
  const workshop = await call<Workshop>(host, 'workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title: 'Persona benchmark', client: '', date: '2026-11-23', language: 'en', facilitator: '', participants: [] },
  });
  const persona = await call<Persona>(host, 'personaCreate', { workshopId: workshop.id, name: 'Léa Martin' });
  const colors = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange', 'grey'];
  const sections = persona.sections.filter((s) => !s.hidden);
  for (let i = 0; i < PERSONA_CARDS; i += 1) {
    const section = sections[i % sections.length]!;
    await call(host, 'cardCreate', { workshopId: workshop.id, container: { kind: 'section', sectionId: section.id }, text: sentence(i), color: colors[i % 7] });
  }
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const url = (id: string): string => `${host.origin}/workshops/${id}?token=${token}#personas`;
  return { sample: url(sample.id), large: url(workshop.id) };
}

/**
 * In the page: settled once `expected` cards (0: any) are in the DOM and the count has not changed
 * for 400 ms; when the last change was painted.
 */
const WATCH = (expected: number): void => {
  const state = { count: 0, changedAt: 0, paintedAt: 0, settled: false };
  Object.assign(window, { personaWatch: state });
  const tick = (now: number): void => {
    const count = document.querySelectorAll('[data-card-id]').length;
    if (count !== state.count) {
      state.count = count;
      state.changedAt = now;
      requestAnimationFrame(() => (state.paintedAt = performance.now()));
    } else if (count > 0 && count >= expected && now - state.changedAt > 400) {
      state.settled = true;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

interface Load {
  drawn: number;
  cards: number;
  task: number;
  script: number;
  layout: number;
  style: number;
}

/**
 * One open of the board in a fresh tab: by a page load (`url` ends in #personas), or, with
 * `fromTab`, by a click on the Personas tab once the agenda has loaded and settled (the counters
 * are then taken from the click on, and "painted" too).
 */
async function load(browser: Browser, url: string, fromTab: boolean, expected: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async (): Promise<(name: string) => number> => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return (name) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  };
  const settled = (): Promise<unknown> =>
    page.waitForFunction(() => (window as unknown as { personaWatch?: { settled: boolean } }).personaWatch?.settled, undefined, { timeout: 30_000 });
  let start = (_name: string): number => 0;
  let clickedAt = 0;
  if (fromTab) {
    await page.goto(url.replace(/#personas$/, '#agenda'));
    await page.getByRole('tab', { name: 'Agenda' }).waitFor();
    await page.waitForTimeout(600);
    start = await metrics();
    clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('tab', { name: 'Personas' }).click();
    await page.evaluate(WATCH, expected);
  } else {
    await page.addInitScript(WATCH, expected);
    await page.goto(url);
  }
  await settled();
  const end = await metrics();
  const spent = (name: string): number => end(name) - start(name);
  const seen = await page.evaluate(() => (window as unknown as { personaWatch: { paintedAt: number; count: number } }).personaWatch);
  await context.close();
  return { drawn: seen.paintedAt - clickedAt, cards: seen.count, task: spent('TaskDuration'), script: spent('ScriptDuration'), layout: spent('LayoutDuration'), style: spent('RecalcStyleDuration') };
}

/** Starts the host of the build in `folder` (its dist/main/web-host.cjs serves its own renderer). */
async function hostOf(folder: string): Promise<HostProcess> {
  if (folder === '.') return startHost(newDataDir());
  const entry = path.resolve(folder, 'dist/main/web-host.cjs');
  if (!existsSync(entry)) throw new Error(`No build in ${folder}: run node scripts/build.mjs there`);
  return startHost(newDataDir(), 0, { command: (argv) => [argv[0]!, entry, ...argv.slice(2)] });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<void> {
  if (!existsSync('dist/main/web-host.cjs')) throw new Error('Build first: node scripts/build.mjs');
  const runs = Number(option('--runs') ?? 9);
  const before = option('--before');
  // Several builds to compare may be given, separated by commas.
  const builds = [...(before ? before.split(',').map((folder) => ({ name: folder, folder })) : []), { name: 'this build', folder: '.' }];
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((v) => v.toFixed(1)).join(' ')}; ${runs} loads per board and build`);
  const hosts = await Promise.all(builds.map((build) => hostOf(build.folder)));
  try {
    const urls = [];
    for (const host of hosts) urls.push(await seed(host));
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
    const cases = [
      { board: 'sample', fromTab: true },
      { board: 'sample', fromTab: false },
      { board: 'large', fromTab: true },
      { board: 'large', fromTab: false },
    ] as const;
    // --tab: only the opens by a click on the tab, the board's own work.
    for (const { board, fromTab } of cases.filter((c) => c.fromTab || !process.argv.includes('--tab'))) {
      const results: Load[][] = builds.map(() => []);
      // One warm-up load each, then the builds in turn.
      const expected = board === 'large' ? PERSONA_CARDS : 0;
      for (const [index] of builds.entries()) await load(browser, urls[index]![board], fromTab, expected);
      for (let run = 0; run < runs; run += 1) {
        for (const [index] of builds.entries()) results[index]!.push(await load(browser, urls[index]![board], fromTab, expected));
      }
      const what = board === 'sample' ? 'sample workshop' : `${PERSONA_CARDS} cards`;
      const how = fromTab ? 'a click on its tab from the agenda → every card painted' : 'a page load → every card painted';
      console.log(`\nPersona board, ${what}, by ${how} (medians of ${runs}; main-thread time from Chromium's counters)`);
      for (const [index, build] of builds.entries()) {
        const loads = results[index]!;
        const m = (key: keyof Load): string => median(loads.map((l) => l[key])).toFixed(1);
        console.log(`  ${build.name.padEnd(28)} tasks ${m('task')} ms, script ${m('script')} ms, layout ${m('layout')} ms, style ${m('style')} ms; every card painted at ${m('drawn')} ms (${m('cards')} cards)`);
      }
    }
    await browser.close();
  } finally {
    await Promise.all(hosts.map((host) => host.stop()));
  }
  console.log(`\nload average after: ${loadavg().map((v) => v.toFixed(1)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
