import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  clearDatabaseLocation,
  resolveDatabasePath,
  setDatabaseLocation,
} from '../../main/store/location';
import { writeSetting, readSettings } from '../../main/store/settings-repo';
import { createTempDataDir, openReady, openRefused } from '../helpers/store';

describe('the database location', () => {
  test('is atelier.sqlite in the data folder by default', () => {
    const dataDir = createTempDataDir();
    expect(resolveDatabasePath(dataDir)).toBe(path.join(dataDir, 'atelier.sqlite'));
  });

  test('a chosen file is remembered, written atomically, and forgotten on request', () => {
    const dataDir = createTempDataDir();
    const chosen = path.join(createTempDataDir(), 'client.sqlite');

    setDatabaseLocation(dataDir, chosen);

    expect(resolveDatabasePath(dataDir)).toBe(chosen);
    expect(fs.readdirSync(dataDir)).toEqual(['location.json']);
    clearDatabaseLocation(dataDir);
    expect(resolveDatabasePath(dataDir)).toBe(path.join(dataDir, 'atelier.sqlite'));
  });

  test.each([
    ['not JSON', '{ "dbPath": '],
    ['a relative path', JSON.stringify({ dbPath: 'elsewhere.sqlite' })],
    ['the wrong shape', JSON.stringify({ path: '/tmp/x.sqlite' })],
    ['an empty path', JSON.stringify({ dbPath: '' })],
  ])('a location.json holding %s is ignored', (_, content) => {
    const dataDir = createTempDataDir();
    fs.writeFileSync(path.join(dataDir, 'location.json'), content);
    expect(resolveDatabasePath(dataDir)).toBe(path.join(dataDir, 'atelier.sqlite'));
  });

  test('a relative path is refused as invalid input', () => {
    expect(() => setDatabaseLocation(createTempDataDir(), 'client.sqlite')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  test('the store opens the chosen file', async () => {
    const elsewhere = createTempDataDir();
    const original = await openReady(elsewhere);
    original.transaction((db) => writeSetting(db, 'language', 'fr'));
    await original.close({ backup: false });
    const dataDir = createTempDataDir();

    setDatabaseLocation(dataDir, original.path);
    const store = await openReady(dataDir);

    expect(store.path).toBe(original.path);
    expect(readSettings(store.db)).toEqual({ language: 'fr' });
  });

  test('a chosen file that has disappeared is reported, not recreated empty', async () => {
    const dataDir = createTempDataDir();
    const missing = path.join(createTempDataDir(), 'unplugged-drive.sqlite');
    setDatabaseLocation(dataDir, missing);

    expect(await openRefused(dataDir)).toMatchObject({ problem: 'unreadable', dbPath: missing });
    expect(fs.existsSync(missing)).toBe(false);
  });
});
