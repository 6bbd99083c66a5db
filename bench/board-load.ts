/**
 * How fast the board services are on a busy workshop: a journey map of 7 stages × 10 lanes with
 * 1,000 cards and a persona canvas with 300 cards, built through the real dispatcher on a real
 * SQLite file (WAL, synchronous=FULL); then, on the map, a group of two cards made in each of 60
 * cells, a third card joining it and a duplicate merged. Prints figures; asserts nothing.
 *
 *   npm run bench:boards
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore } from '../main/core';
import type { Board, CardContainer } from '../shared/domain/board';
import { call, runBench, workshopWithJourney } from './core';

const MAP_CARDS = 1000;
const PERSONA_CARDS = 300;
const RUNS = 60;

/** Milliseconds per run of `fn`, `runs` times after a few warm-up runs. */
async function timed(runs: number, fn: (i: number) => Promise<unknown>, warmUp = 3): Promise<number[]> {
  for (let i = 0; i < warmUp; i += 1) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms · p95 ${at(0.95).toFixed(2)} ms · max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms (n=${samples.length})`;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-boards-'));
  let core = await startCore({ dataDir, host: 'web' });
  try {
    const { workshop, persona, cells } = await workshopWithJourney(core, 'fr', 'Léa');
    const sections: CardContainer[] = persona.sections.map((s) => ({ kind: 'section' as const, sectionId: s.id }));
    const text = (i: number) => `Carte ${i} — un texte de la longueur d'une idée notée en atelier, avec quelques mots de plus.`;

    const createMs = await timed(
      MAP_CARDS,
      (i) => call(core, 'cardCreate', { workshopId: workshop.id, container: cells[i % cells.length]!, text: text(i) }),
      0,
    );
    const personaCreateMs = await timed(
      PERSONA_CARDS,
      (i) => call(core, 'cardCreate', { workshopId: workshop.id, container: sections[i % sections.length]!, text: text(i) }),
      0,
    );

    let board: Board = await call(core, 'boardGet', { workshopId: workshop.id });
    const getMs = await timed(RUNS, () => call(core, 'boardGet', { workshopId: workshop.id }));
    const mapCards = board.journeyMaps[0]!.cards;
    const moveMs = await timed(RUNS, (i) => {
      const card = mapCards[(i * 37) % mapCards.length]!;
      return call(core, 'cardMove', { cardId: card.id, to: cells[(i * 11) % cells.length]!, index: 0 });
    });
    const undoMs = await timed(RUNS, () => call(core, 'boardUndo', { workshopId: workshop.id }), 0);
    const redoMs = await timed(RUNS, () => call(core, 'boardRedo', { workshopId: workshop.id }), 0);

    // Grouping, one cell per run: each cell holds about fourteen cards by now.
    board = await call(core, 'boardGet', { workshopId: workshop.id });
    const inCell = (cell: CardContainer) =>
      board.journeyMaps[0]!.cards.filter((card) => JSON.stringify(card.container) === JSON.stringify(cell)).sort((a, b) => a.position - b.position);
    const groupCells = cells.slice(0, RUNS).map(inCell);
    const groups: string[] = [];
    const groupMs = await timed(
      RUNS,
      async (i) => groups.push((await call(core, 'groupFromCards', { workshopId: workshop.id, cardIds: [groupCells[i]![0]!.id, groupCells[i]![3]!.id], title: `Thème ${i}` })).id),
      0,
    );
    const joinMs = await timed(RUNS, (i) => call(core, 'groupJoin', { workshopId: workshop.id, cardId: groupCells[i]![5]!.id, groupId: groups[i]! }), 0);
    const mergeMs = await timed(
      RUNS,
      (i) => call(core, 'cardMergeDuplicate', { workshopId: workshop.id, cardId: groupCells[i]![6]!.id, intoCardId: groupCells[i]![0]!.id }),
      0,
    );
    const groupedGetMs = await timed(RUNS, () => call(core, 'boardGet', { workshopId: workshop.id }));

    await core.close();
    core = await startCore({ dataDir, host: 'web' });
    const coldStart = performance.now();
    board = await call(core, 'boardGet', { workshopId: workshop.id });
    const coldMs = performance.now() - coldStart;

    const cardCount = board.journeyMaps[0]!.cards.length + board.personas[0]!.sections.reduce((n, s) => n + s.cards.length, 0);
    console.log(`Board: ${board.journeyMaps[0]!.stages.length} stages × ${board.journeyMaps[0]!.lanes.length} lanes, ${cardCount} cards`);
    console.log(`  payload of boardGet:                ${(Buffer.byteLength(JSON.stringify(board)) / 1024).toFixed(0)} KiB (a push carries only what changed: npm run bench:push)`);
    console.log(`  boardGet, first after a restart:    ${coldMs.toFixed(2)} ms`);
    console.log(`  boardGet:                           ${summary(getMs)}`);
    console.log(`  cardCreate on the map (0→1000):     ${summary(createMs)}`);
    console.log(`  cardCreate on the persona (0→300):  ${summary(personaCreateMs)}`);
    console.log(`  cardMove between cells:             ${summary(moveMs)}`);
    console.log(`  boardUndo of a move:                ${summary(undoMs)}`);
    console.log(`  boardRedo of a move:                ${summary(redoMs)}`);
    console.log(`  groupFromCards (2 cards):           ${summary(groupMs)}`);
    console.log(`  groupJoin:                          ${summary(joinMs)}`);
    console.log(`  cardMergeDuplicate:                 ${summary(mergeMs)}`);
    console.log(`  boardGet with ${RUNS} groups:            ${summary(groupedGetMs)}`);
    console.log('  (each write is one transaction with synchronous=FULL, which also reads what changed for boardChanged)');
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
