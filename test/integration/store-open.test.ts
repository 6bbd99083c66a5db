import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../main/store/migrations';
import { writeSetting } from '../../main/store/settings-repo';
import {
  createTempDataDir,
  hashFile,
  isOpenByThisProcess,
  openReady,
  openRefused,
  overwriteBytes,
  rawConnection,
} from '../helpers/store';
import { giveToOtherUser, openStoreAsOtherUser, OTHER_USER } from '../helpers/other-user';

const onLinux = process.platform === 'linux';

/** A database of ours with enough rows to span many pages, closed and checkpointed. */
async function databaseWithManyRows(dataDir: string): Promise<string> {
  const store = await openReady(dataDir);
  store.transaction((db) => {
    for (let i = 0; i < 2000; i += 1) writeSetting(db, `key-${i}`, { text: 'x'.repeat(100), i });
  });
  await store.close({ backup: false });
  return store.path;
}

describe('opening the store', () => {
  test('a fresh data folder gets a new database in WAL mode, synchronous FULL, foreign keys on', async () => {
    const dataDir = path.join(createTempDataDir(), 'not-yet-created');
    const store = await openReady(dataDir);

    expect(store.path).toBe(path.join(dataDir, 'atelier.sqlite'));
    expect(fs.existsSync(store.path)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  test('a database opens again with what was written to it', async () => {
    const dataDir = createTempDataDir();
    const first = await openReady(dataDir);
    first.transaction((db) => writeSetting(db, 'language', 'fr'));
    await first.close({ backup: false });

    const second = await openReady(dataDir);
    expect(second.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('language')).toBe('"fr"');
  });

  test('an acknowledged write is visible to a second connection while the first stays open', async () => {
    const store = await openReady(createTempDataDir());
    store.transaction((db) => writeSetting(db, 'muted', true));

    const other = rawConnection(store.path, { readonly: true, fileMustExist: true });
    expect(other.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('muted')).toBe('true');
  });

  test('a transaction that throws leaves nothing behind', async () => {
    const store = await openReady(createTempDataDir());
    expect(() =>
      store.transaction((db) => {
        writeSetting(db, 'muted', true);
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(store.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });

  test('closing releases the file, and closing twice is harmless', async () => {
    const store = await openReady(createTempDataDir());
    if (onLinux) expect(isOpenByThisProcess(store.path)).toBe(true);
    await Promise.all([store.close(), store.close()]);
    await store.close();
    expect(store.db.open).toBe(false);
    if (onLinux) expect(isOpenByThisProcess(store.path)).toBe(false);
  });
});

describe('a database that cannot be used is reported and left untouched', () => {
  test('a text file named atelier.sqlite is not SQLite', async () => {
    const dataDir = createTempDataDir();
    const file = path.join(dataDir, 'atelier.sqlite');
    fs.writeFileSync(file, 'Post-it notes from Tuesday\n'.repeat(50));
    const before = hashFile(file);

    const outcome = await openRefused(dataDir);

    expect(outcome).toMatchObject({ problem: 'not_sqlite', dbPath: file });
    expect(outcome.detail).not.toMatch(/\n/);
    expect(hashFile(file)).toBe(before);
    expect(fs.readdirSync(dataDir)).toEqual(['atelier.sqlite']);
  });

  test('a file shorter than the SQLite header is not SQLite', async () => {
    const dataDir = createTempDataDir();
    fs.writeFileSync(path.join(dataDir, 'atelier.sqlite'), 'SQLite');
    expect((await openRefused(dataDir)).problem).toBe('not_sqlite');
  });

  test('an SQLite database from another application is not taken over', async () => {
    const dataDir = createTempDataDir();
    const file = path.join(dataDir, 'atelier.sqlite');
    const foreign = rawConnection(file);
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)');
    foreign.close();
    const before = hashFile(file);

    const outcome = await openRefused(dataDir);

    expect(outcome.problem).toBe('not_sqlite');
    expect(outcome.detail).toContain('invoices');
    expect(hashFile(file)).toBe(before);
  });

  test('a database from a newer version of Atelier is refused byte for byte unchanged', async () => {
    const dataDir = createTempDataDir();
    const store = await openReady(dataDir);
    store.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await store.close({ backup: false });
    const before = hashFile(store.path);

    const outcome = await openRefused(dataDir);

    expect(outcome.problem).toBe('newer_version');
    expect(outcome.detail).toContain(`version ${LATEST_SCHEMA_VERSION + 1}`);
    expect(hashFile(store.path)).toBe(before);
  });

  test('a recorded migration newer than this code is a newer version', async () => {
    const dataDir = createTempDataDir();
    const store = await openReady(dataDir);
    store.db
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
      .run(LATEST_SCHEMA_VERSION + 1, 'from-the-future', new Date().toISOString());
    await store.close({ backup: false });

    expect((await openRefused(dataDir)).problem).toBe('newer_version');
  });

  test('a recorded migration this code calls by another name is refused as corrupt', async () => {
    const dataDir = createTempDataDir();
    const store = await openReady(dataDir);
    store.db.prepare('UPDATE schema_migrations SET name = ? WHERE version = 1').run('renamed');
    await store.close({ backup: false });

    const outcome = await openRefused(dataDir);
    expect(outcome.problem).toBe('corrupt');
    expect(outcome.detail).toContain('"renamed"');
  });

  test('garbage written over the middle pages is reported as corrupt, and the handle is closed', async () => {
    const dataDir = createTempDataDir();
    const file = await databaseWithManyRows(dataDir);
    const pageSize = 4096;
    expect(fs.statSync(file).size).toBeGreaterThan(pageSize * 20);
    overwriteBytes(file, pageSize * 2, pageSize * 6);
    const before = hashFile(file);

    const outcome = await openRefused(dataDir);

    expect(outcome.problem).toBe('corrupt');
    expect(hashFile(file)).toBe(before);
    if (onLinux) expect(isOpenByThisProcess(file)).toBe(false);
  });

  test('a folder where the database file should be is unreadable', async () => {
    const dataDir = createTempDataDir();
    fs.mkdirSync(path.join(dataDir, 'atelier.sqlite'));
    expect((await openRefused(dataDir)).problem).toBe('unreadable');
  });

  test.skipIf(!OTHER_USER)('a file without read permission is unreadable, for a user it does not belong to', async () => {
    const dataDir = createTempDataDir();
    const file = await databaseWithManyRows(dataDir);
    giveToOtherUser(dataDir);
    if (process.getuid?.() === 0) fs.chownSync(file, 0, 0);
    fs.chmodSync(file, 0o000);
    expect(await openStoreAsOtherUser(dataDir)).toMatchObject({ ok: false, problem: 'unreadable' });
    fs.chmodSync(file, 0o600);
  });
});
