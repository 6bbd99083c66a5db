/*
 * What a board change costs the participant server during silent writing: after each change,
 * every phone gets its own view of the current board (its own hidden cards, everyone's revealed
 * ones), built from one read of the board. Measured here for 100 phones on a journey map of
 * 1,000 cards, half of them hidden, over a real database file:
 *
 *   npm run bench:participants
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore } from '../main/core';
import { roomState, stateFor } from '../main/participants/actions';
import type { ReadableDB } from '../main/store/types';
import { call, runBench, workshopWithJourney } from './core';

const CARDS = 1000;
const PHONES = 100;
const RUNS = 30;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-phones-'));
  const core = await startCore({ dataDir, host: 'web' });
  try {
    const { workshop, cells } = await workshopWithJourney(core, 'en', 'Lea');
    for (let i = 0; i < CARDS / 2; i++) await call(core, 'cardCreate', { workshopId: workshop.id, container: cells[i % cells.length]!, text: `Revealed idea ${i}, a sentence as long as a note` });
    const step = workshop.steps.find((s) => s.kind === 'journey' && s.silent)!;
    await call(core, 'timerGoTo', { workshopId: workshop.id, stepId: step.id });
    for (let i = 0; i < CARDS / 2; i++) await call(core, 'cardCreate', { workshopId: workshop.id, container: cells[i % cells.length]!, text: `Hidden idea ${i}, a sentence as long as a note` });

    const db = new Database(path.join(dataDir, 'atelier.sqlite'), { readonly: true }) as unknown as ReadableDB;
    const phones = Array.from({ length: PHONES }, (_, i) => `phone-${String(i).padStart(6, '0')}`);
    const samples: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS + 3; run++) {
      const start = performance.now();
      const room = roomState(db, workshop.id, Date.now());
      bytes = 0;
      for (const id of phones) bytes += JSON.stringify(stateFor(db, room, id)).length;
      if (run >= 3) samples.push(performance.now() - start);
    }
    (db as unknown as Database.Database).close();
    samples.sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
    console.log(`${PHONES} phones, ${CARDS} cards (${CARDS / 2} hidden): one board change builds every phone's view in`);
    console.log(`  median ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms (n=${samples.length}); ${(bytes / PHONES / 1024).toFixed(1)} KiB per phone`);
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
