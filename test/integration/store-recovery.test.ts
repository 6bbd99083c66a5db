import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { startCore, type Core } from '../../main/core';
import type { AppStatus } from '../../shared/domain/app-status';
import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc/contract';
import { createClock, type TestClock } from '../helpers/core';

/** Root on Linux with chattr: a file can be made immutable, which even root cannot write. */
const CAN_LOCK_FILES = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('chattr', ['--help']).error === undefined;

type Recovery = Extract<AppStatus, { mode: 'recovery' }>;

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-recovery-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** One run of the app on a data folder: started, used, then closed as a quit would. */
async function session(dataDir: string, clock: TestClock) {
  const core = await startCore({ dataDir, host: 'web', now: clock.now });
  onTestFinished(() => core.close());
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await core.dispatch(channel, input, { origin: 'web' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  return { core, call, status: () => core.status() };
}

function recovery(core: Core): Recovery {
  const status = core.status();
  if (status.mode !== 'recovery') throw new Error(`Expected the recovery screen, got ${status.mode}`);
  return status;
}

async function titles(call: Awaited<ReturnType<typeof session>>['call']): Promise<string[]> {
  return (await call('workshopsList', { view: 'current' })).map((w) => w.title).sort();
}

/** A data folder holding three workshops with cards, closed cleanly (so a backup holds them). */
async function folderWithWorkshops(clock: TestClock): Promise<string> {
  const dataDir = tempDataDir();
  const first = await session(dataDir, clock);
  for (const title of ['Hôtel — accueil', 'Banque — crédit', 'Mutuelle — sinistres']) {
    const workshop = await first.call('workshopCreate', { templateId: 'journey', meta: { title, date: '2025-06-02', language: 'fr' } });
    const map = await first.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    await first.call('cardCreate', {
      workshopId: workshop.id,
      container: { kind: 'cell', mapId: map.id, stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id },
      text: `Attente au guichet (${title})`,
    });
  }
  await first.core.close();
  return dataDir;
}

const WORKSHOPS = ['Banque — crédit', 'Hôtel — accueil', 'Mutuelle — sinistres'];

describe('the recovery screen, through the app’s own calls', () => {
  test('a zero-byte database opens the recovery screen with the backup that holds the workshops; restoring brings them back', async () => {
    const clock = createClock();
    const dataDir = await folderWithWorkshops(clock);
    const dbPath = path.join(dataDir, 'atelier.sqlite');
    fs.writeFileSync(dbPath, '');

    clock.advance(60_000);
    const second = await session(dataDir, clock);
    const status = recovery(second.core);
    expect(status.problem).toBe('empty');
    expect(status.backups).toHaveLength(1);
    expect(status.backups[0]?.content).toEqual({ workshops: 3, cards: 3 });
    expect(fs.statSync(dbPath).size).toBe(0);

    const restored = await second.call('recoveryRestoreBackup', { name: status.backups[0]!.name });
    expect(restored.mode).toBe('ready');
    expect(await titles(second.call)).toEqual(WORKSHOPS);
    const keptAside = fs.readdirSync(dataDir).filter((name) => name.startsWith('atelier.sqlite.damaged-'));
    expect(keptAside.map((name) => fs.statSync(path.join(dataDir, name)).size)).toEqual([0]);
  });

  test('many sessions on a new, empty database never rotate out the backup that holds the workshops', async () => {
    const clock = createClock();
    const dataDir = await folderWithWorkshops(clock);
    fs.writeFileSync(path.join(dataDir, 'atelier.sqlite'), '');

    // The user starts over instead of restoring, then uses the empty database for two weeks.
    const second = await session(dataDir, clock);
    expect((await second.call('recoveryStartNew', {})).mode).toBe('ready');
    expect(await titles(second.call)).toEqual([]);
    await second.core.close();
    for (let run = 0; run < 30; run += 1) {
      clock.advance(12 * 60 * 60 * 1000);
      const later = await session(dataDir, clock);
      await later.call('settingsUpdate', { muted: run % 2 === 0 });
      await later.core.close();
    }

    fs.writeFileSync(path.join(dataDir, 'atelier.sqlite'), '');
    const last = await session(dataDir, clock);
    const backups = recovery(last.core).backups;
    expect(backups.length).toBeLessThan(20);
    const good = backups.filter((backup) => backup.content?.workshops === 3);
    expect(good).toHaveLength(1);
    await last.call('recoveryRestoreBackup', { name: good[0]!.name });
    expect(await titles(last.call)).toEqual(WORKSHOPS);
  });

  test('starting over keeps the unusable file beside the new database', async () => {
    const clock = createClock();
    const dataDir = tempDataDir();
    const dbPath = path.join(dataDir, 'atelier.sqlite');
    fs.writeFileSync(dbPath, 'notes from Tuesday, not a database\n');

    const run = await session(dataDir, clock);
    expect(recovery(run.core).problem).toBe('not_sqlite');
    expect((await run.call('recoveryStartNew', {})).mode).toBe('ready');

    const aside = fs.readdirSync(dataDir).find((name) => name.startsWith('atelier.sqlite.damaged-'));
    expect(fs.readFileSync(path.join(dataDir, aside!), 'utf8')).toContain('notes from Tuesday');
    expect(await titles(run.call)).toEqual([]);
    // Once ready, the recovery calls are refused: they could otherwise replace a good database.
    const again = await run.core.dispatch('recoveryStartNew', {}, { origin: 'web' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  test.skipIf(!CAN_LOCK_FILES)(
    'a read-only database opens once it can be written again and the user chooses Try again',
    async () => {
      const clock = createClock();
      const dataDir = await folderWithWorkshops(clock);
      const dbPath = path.join(dataDir, 'atelier.sqlite');
      if (spawnSync('chattr', ['+i', dbPath]).status !== 0) return;
      onTestFinished(() => void spawnSync('chattr', ['-i', dbPath]));

      const run = await session(dataDir, clock);
      expect(recovery(run.core).problem).toBe('read_only');
      spawnSync('chattr', ['-i', dbPath]);

      expect((await run.call('recoveryRetry', {})).mode).toBe('ready');
      expect(await titles(run.call)).toEqual(WORKSHOPS);
    },
  );

  test.skipIf(!CAN_LOCK_FILES)(
    'restoring into a data folder that cannot be written is refused with its own reason, and changes nothing',
    async () => {
      const clock = createClock();
      const dataDir = await folderWithWorkshops(clock);
      const dbPath = path.join(dataDir, 'atelier.sqlite');
      fs.writeFileSync(dbPath, '');
      if (spawnSync('chattr', ['+i', dataDir]).status !== 0) return;
      onTestFinished(() => void spawnSync('chattr', ['-i', dataDir]));

      const run = await session(dataDir, clock);
      const status = recovery(run.core);
      expect(status.problem).toBe('empty');
      const answer = await run.core.dispatch('recoveryRestoreBackup', { name: status.backups[0]!.name }, { origin: 'web' });

      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'data_folder_not_writable' } });
      expect(fs.statSync(dbPath).size).toBe(0);
      expect(run.core.status().mode).toBe('recovery');
    },
  );

});
