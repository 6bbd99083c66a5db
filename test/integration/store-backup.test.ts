import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { backupsDir, createBackup, listBackups, restoreBackup } from '../../main/store/backup';
import { RETENTION } from '../../main/store/backup-retention';
import { readSettings, writeSetting } from '../../main/store/settings-repo';
import type { Store } from '../../main/store/types';
import {
  createTempDataDir,
  hashFile,
  openReady,
  openRefused,
  overwriteBytes,
  rawConnection,
} from '../helpers/store';

function at(minute: number): Date {
  return new Date(Date.UTC(2025, 2, 4, 9, minute, 0));
}

/** Opens, writes one setting, closes with a shutdown backup taken at `now`. */
async function sessionWriting(dataDir: string, key: string, value: unknown, now = new Date()): Promise<Store> {
  const store = await openReady(dataDir, { now: () => now });
  store.transaction((db) => writeSetting(db, key, value));
  await store.close();
  return store;
}

function settingsIn(file: string): Record<string, unknown> {
  return readSettings(rawConnection(file, { readonly: true, fileMustExist: true }));
}

describe('backups', () => {
  test('closing after writing leaves a shutdown backup holding the data', async () => {
    const dataDir = createTempDataDir();
    await sessionWriting(dataDir, 'language', 'fr', at(0));

    const [backup, ...others] = listBackups(dataDir);
    expect(others).toEqual([]);
    expect(backup).toMatchObject({
      name: 'atelier-2025-03-04T09-00-00.000Z-shutdown.sqlite',
      createdAt: '2025-03-04T09:00:00.000Z',
      reason: 'shutdown',
    });
    expect(backup?.sizeBytes).toBeGreaterThan(0);
    expect(settingsIn(path.join(backupsDir(dataDir), backup?.name ?? ''))).toEqual({ language: 'fr' });
  });

  test('a session that wrote nothing, or was closed without backup, adds no backup', async () => {
    const dataDir = createTempDataDir();
    await (await openReady(dataDir)).close();
    const store = await openReady(dataDir);
    store.transaction((db) => writeSetting(db, 'muted', true));
    await store.close({ backup: false });

    expect(listBackups(dataDir)).toEqual([]);
  });

  test(`within a day, rotation keeps the newest ${RETENTION.recentKept}`, async () => {
    const dataDir = createTempDataDir();
    const store = await openReady(dataDir);
    for (let minute = 0; minute < RETENTION.recentKept + 3; minute += 1) await createBackup(store.db, dataDir, 'manual', at(minute));

    const kept = listBackups(dataDir);
    expect(kept).toHaveLength(RETENTION.recentKept);
    expect(kept[0]?.createdAt).toBe(at(RETENTION.recentKept + 2).toISOString());
    expect(kept.at(-1)?.createdAt).toBe(at(3).toISOString());
  });

  test('a file copied into the backups folder by hand is listed and never rotated out', async () => {
    const dataDir = createTempDataDir();
    const store = await openReady(dataDir);
    await createBackup(store.db, dataDir, 'manual', at(0));
    const handCopied = path.join(backupsDir(dataDir), 'before-the-big-workshop.sqlite');
    fs.copyFileSync(store.path, handCopied);
    for (let minute = 1; minute <= RETENTION.recentKept + 1; minute += 1) await createBackup(store.db, dataDir, 'manual', at(minute));

    expect(fs.existsSync(handCopied)).toBe(true);
    expect(listBackups(dataDir).find((b) => b.name === 'before-the-big-workshop.sqlite')?.reason).toBe('unknown');
  });

  test('backups are listed newest first, and two in the same millisecond do not collide', async () => {
    const dataDir = createTempDataDir();
    const store = await openReady(dataDir);
    await createBackup(store.db, dataDir, 'shutdown', at(5));
    await createBackup(store.db, dataDir, 'pre-migration', at(1));
    await createBackup(store.db, dataDir, 'shutdown', at(9));
    await createBackup(store.db, dataDir, 'shutdown', at(9));

    expect(listBackups(dataDir).map((b) => [b.createdAt, b.reason])).toEqual([
      ['2025-03-04T09:09:00.001Z', 'shutdown'],
      ['2025-03-04T09:09:00.000Z', 'shutdown'],
      ['2025-03-04T09:05:00.000Z', 'shutdown'],
      ['2025-03-04T09:01:00.000Z', 'pre-migration'],
    ]);
    expect(fs.readdirSync(backupsDir(dataDir)).filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
  });
});

describe('what a backup holds', () => {
  test('is read from each backup, ours (rollback journal) and older ones in WAL mode, leaving nothing beside them', async () => {
    const dataDir = createTempDataDir();
    const store = await sessionWriting(dataDir, 'language', 'fr', at(0));
    const ours = listBackups(dataDir)[0]!;
    // A backup in WAL mode, as earlier versions of Atelier wrote them: a copy of the closed database.
    const older = path.join(backupsDir(dataDir), 'atelier-2025-03-01T09-00-00.000Z-shutdown.sqlite');
    fs.copyFileSync(store.path, older);
    const probe = rawConnection(older, { readonly: true });
    expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
    probe.close();
    fs.rmSync(`${older}-wal`, { force: true });
    fs.rmSync(`${older}-shm`, { force: true });

    const listed = listBackups(dataDir);

    expect(listed.map((backup) => backup.content)).toEqual([
      { workshops: 0, cards: 0 },
      { workshops: 0, cards: 0 },
    ]);
    expect(rawConnection(path.join(backupsDir(dataDir), ours.name), { readonly: true }).pragma('journal_mode', { simple: true })).toBe('delete');
    expect(fs.readdirSync(backupsDir(dataDir)).sort()).toEqual([path.basename(older), ours.name].sort());
  });

  test('a file in the backups folder that is not a database has no content, and is still listed', () => {
    const dataDir = createTempDataDir();
    fs.mkdirSync(backupsDir(dataDir));
    fs.writeFileSync(path.join(backupsDir(dataDir), 'notes.sqlite'), 'not a database');
    expect(listBackups(dataDir)).toMatchObject([{ name: 'notes.sqlite', content: null, reason: 'unknown' }]);
  });
});

describe('restoring a backup', () => {
  test('moves the damaged file aside, keeps it, and the restored database opens with the backed-up data', async () => {
    const dataDir = createTempDataDir();
    await sessionWriting(dataDir, 'language', 'fr', at(0));
    const later = await openReady(dataDir);
    later.transaction((db) => {
      for (let i = 0; i < 500; i += 1) writeSetting(db, `note-${i}`, 'x'.repeat(200));
    });
    await later.close({ backup: false });
    overwriteBytes(later.path, 4096 * 2, 4096 * 4);
    const damagedHash = hashFile(later.path);
    expect((await openRefused(dataDir)).problem).toBe('corrupt');

    const [backup] = listBackups(dataDir);
    const result = restoreBackup(dataDir, backup?.name ?? '', at(30));

    expect(result.movedAside).toContain(`${later.path}.damaged-2025-03-04T09-30-00.000Z`);
    for (const file of result.movedAside) expect(fs.existsSync(file)).toBe(true);
    expect(hashFile(`${later.path}.damaged-2025-03-04T09-30-00.000Z`)).toBe(damagedHash);
    const restored = await openReady(dataDir);
    expect(readSettings(restored.db)).toEqual({ language: 'fr' });
  });

  test("moves the damaged file's write-ahead log aside too, so it is not replayed over the backup", async () => {
    const dataDir = createTempDataDir();
    await sessionWriting(dataDir, 'language', 'fr', at(0));
    const store = await openReady(dataDir);
    store.transaction((db) => writeSetting(db, 'language', 'en'));
    // A crash: the connection is gone without a checkpoint, the -wal stays next to the file.
    fs.copyFileSync(`${store.path}-wal`, path.join(dataDir, 'wal-copy'));
    await store.close({ backup: false });
    fs.copyFileSync(path.join(dataDir, 'wal-copy'), `${store.path}-wal`);

    const result = restoreBackup(dataDir, listBackups(dataDir)[0]?.name ?? '', at(30));

    expect(result.movedAside.some((file) => file.endsWith('-wal'))).toBe(true);
    expect(readSettings((await openReady(dataDir)).db)).toEqual({ language: 'fr' });
  });

  test.each(['../atelier.sqlite', '..', 'sub/backup.sqlite', 'sub\\backup.sqlite', '', '/etc/passwd'])(
    'refuses the name %j as invalid input',
    (name) => {
      const dataDir = createTempDataDir();
      expect(() => restoreBackup(dataDir, name)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    },
  );

  test('refuses a name that is not in the list of backups as not found, and changes nothing', async () => {
    const dataDir = createTempDataDir();
    await sessionWriting(dataDir, 'language', 'fr', at(0));
    const dbPath = path.join(dataDir, 'atelier.sqlite');
    const before = hashFile(dbPath);

    expect(() => restoreBackup(dataDir, 'atelier-2020-01-01T00-00-00.000Z-shutdown.sqlite')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    expect(hashFile(dbPath)).toBe(before);
  });
});
