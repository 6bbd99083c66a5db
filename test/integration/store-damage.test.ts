import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { listBackups } from '../../main/store/backup';
import { LATEST_SCHEMA_VERSION } from '../../main/store/migrations';
import { readSettings, writeSetting } from '../../main/store/settings-repo';
import { createTempDataDir, hashFile, openReady, openRefused, rawConnection } from '../helpers/store';
import { giveToOtherUser, makeReadOnlyForOtherUser, openStoreAsOtherUser, OTHER_USER } from '../helpers/other-user';

/** A database of ours, written once and closed cleanly, so that a shutdown backup exists. */
async function usedDataDir(): Promise<{ dataDir: string; dbPath: string }> {
  const dataDir = createTempDataDir();
  const store = await openReady(dataDir);
  store.transaction((db) => writeSetting(db, 'language', 'fr'));
  await store.close();
  expect(listBackups(dataDir)).toHaveLength(1);
  return { dataDir, dbPath: store.path };
}

/** What sits in the data folder besides the backups. */
function filesIn(dataDir: string): string[] {
  return fs.readdirSync(dataDir).filter((name) => name !== 'backups').sort();
}

/** chattr +i: even root cannot write, rename or delete the file. Undone after the test. */
function makeImmutable(file: string): boolean {
  const result = spawnSync('chattr', ['+i', file]);
  if (result.status !== 0) return false;
  onTestFinished(() => void spawnSync('chattr', ['-i', file]));
  return true;
}

const canChattr = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = path.join(fs.mkdtempSync('/tmp/atelier-chattr-'), 'probe');
  fs.writeFileSync(probe, '');
  const ok = spawnSync('chattr', ['+i', probe]).status === 0;
  spawnSync('chattr', ['-i', probe]);
  fs.rmSync(path.dirname(probe), { recursive: true, force: true });
  return ok;
})();

describe('an empty database file is damage, never a first run', () => {
  test('a zero-byte atelier.sqlite is refused as empty, kept at zero bytes, and the backups are offered', async () => {
    const { dataDir, dbPath } = await usedDataDir();
    fs.writeFileSync(dbPath, '');
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });

    const outcome = await openRefused(dataDir);

    expect(outcome).toMatchObject({ problem: 'empty', dbPath });
    expect(fs.statSync(dbPath).size).toBe(0);
    expect(filesIn(dataDir)).toEqual(['atelier.sqlite']);
    expect(listBackups(dataDir)[0]?.content).toEqual({ workshops: 0, cards: 0 });
  });

  test('an SQLite file without a single table is refused as empty, unchanged', async () => {
    const dataDir = createTempDataDir();
    const dbPath = path.join(dataDir, 'atelier.sqlite');
    const blank = rawConnection(dbPath);
    blank.pragma('journal_mode = WAL');
    blank.close();
    const before = hashFile(dbPath);

    expect((await openRefused(dataDir)).problem).toBe('empty');
    expect(hashFile(dbPath)).toBe(before);
  });

  test('zeros where the SQLite header should be are damage, not another application', async () => {
    const { dataDir, dbPath } = await usedDataDir();
    const size = fs.statSync(dbPath).size;
    fs.writeFileSync(dbPath, Buffer.alloc(size));

    expect((await openRefused(dataDir)).problem).toBe('corrupt');
    expect(fs.statSync(dbPath).size).toBe(size);
  });

  test('a first run builds the database aside and moves it into place complete', async () => {
    const dataDir = createTempDataDir();
    // What a first run that crashed half-way leaves behind: only ever under the temporary name.
    fs.writeFileSync(path.join(dataDir, 'atelier.sqlite.creating'), 'half a database');
    fs.writeFileSync(path.join(dataDir, 'atelier.sqlite.creating-journal'), 'its journal');

    const store = await openReady(dataDir);

    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(filesIn(dataDir)).toEqual(['atelier.sqlite', 'atelier.sqlite-shm', 'atelier.sqlite-wal']);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});

describe('another application’s SQLite file is never taken for an Atelier database', () => {
  test.each([
    ['user_version 3', 3, 'CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)'],
    ['user_version 60', 60, 'CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)'],
    ['its own schema_migrations table', 3, 'CREATE TABLE schema_migrations (version TEXT PRIMARY KEY)'],
    ['user_version and no table at all', 7, null],
  ])('one with %s is "not an Atelier database", unchanged', async (_label, version, sql) => {
    const dataDir = createTempDataDir();
    const dbPath = path.join(dataDir, 'atelier.sqlite');
    const foreign = rawConnection(dbPath);
    if (sql) foreign.exec(sql);
    foreign.pragma(`user_version = ${version}`);
    foreign.close();
    const before = hashFile(dbPath);

    const outcome = await openRefused(dataDir);

    expect(outcome.problem).toBe('not_sqlite');
    expect(outcome.detail).toContain(`user_version ${version}`);
    expect(hashFile(dbPath)).toBe(before);
    expect(filesIn(dataDir)).toEqual(['atelier.sqlite']);
  });
});

describe('a database this user cannot write is refused at open, not at the first change', () => {
  test.skipIf(!OTHER_USER)('a read-only file, opened by a user without write permission, is read_only and untouched', async () => {
    const { dataDir, dbPath } = await usedDataDir();
    giveToOtherUser(dataDir);
    makeReadOnlyForOtherUser(dbPath);
    const before = hashFile(dbPath);

    const outcome = await openStoreAsOtherUser(dataDir);

    expect(outcome).toMatchObject({ ok: false, problem: 'read_only' });
    expect(hashFile(dbPath)).toBe(before);
    // SQLite was never let near it: no -wal or -shm left beside a file it could not use.
    expect(filesIn(dataDir)).toEqual(['atelier.sqlite']);
  });

  test.skipIf(!OTHER_USER)('a writable file in a folder the user cannot write is read_only too', async () => {
    const { dataDir, dbPath } = await usedDataDir();
    giveToOtherUser(dataDir);
    if (process.getuid?.() === 0) fs.chownSync(dataDir, 0, 0);
    fs.chmodSync(dataDir, 0o555);
    onTestFinished(() => fs.chmodSync(dataDir, 0o755));

    const outcome = await openStoreAsOtherUser(dataDir);

    expect(outcome).toMatchObject({ ok: false, problem: 'read_only' });
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
  });

  test.skipIf(!OTHER_USER)('the same folder, once given back to the user, opens and takes writes', async () => {
    const { dataDir } = await usedDataDir();
    giveToOtherUser(dataDir);
    expect(await openStoreAsOtherUser(dataDir)).toEqual({ ok: true, wrote: true });
  });

  test.skipIf(!canChattr)('an immutable file (chattr +i), which even root cannot write, is read_only', async () => {
    const { dataDir, dbPath } = await usedDataDir();
    expect(makeImmutable(dbPath)).toBe(true);
    const before = hashFile(dbPath);

    expect((await openRefused(dataDir)).problem).toBe('read_only');
    expect(hashFile(dbPath)).toBe(before);
  });

  test.skipIf(!canChattr)('closing never throws when the disk turns read-only during a session', async () => {
    const dataDir = createTempDataDir();
    const store = await openReady(dataDir);
    store.transaction((db) => writeSetting(db, 'language', 'fr'));
    fs.mkdirSync(path.join(dataDir, 'backups'));
    // Not the -shm: SQLite maps it in memory, and a mapping that turns immutable kills the process
    // with SIGBUS, which no code can catch. The closing backup and the checkpoint both fail.
    const frozen = [path.join(dataDir, 'backups'), store.path, `${store.path}-wal`];
    for (const file of frozen) expect(makeImmutable(file)).toBe(true);

    await expect(store.close()).resolves.toBeUndefined();
    expect(store.db.open).toBe(false);

    for (const file of frozen) spawnSync('chattr', ['-i', file]);
    // The acknowledged change was on disk all along.
    expect(readSettings((await openReady(dataDir)).db)).toEqual({ language: 'fr' });
  });
});
