import { describe, expect, test } from 'vitest';
import { readSettings, writeSetting } from '../../main/store/settings-repo';
import { createTempDataDir, openReady } from '../helpers/store';

describe('the settings repository', () => {
  test('values of any JSON shape come back as written', async () => {
    const store = await openReady(createTempDataDir());
    const values = { language: 'fr', muted: true, volume: 0.5, nothing: null, recent: ['a', 'b'], window: { w: 800 } };

    store.transaction((db) => {
      for (const [key, value] of Object.entries(values)) writeSetting(db, key, value);
    });

    expect(readSettings(store.db)).toEqual(values);
  });

  test('writing a key again replaces its value', async () => {
    const store = await openReady(createTempDataDir());
    store.transaction((db) => writeSetting(db, 'language', 'fr'));
    store.transaction((db) => writeSetting(db, 'language', 'en'));
    expect(readSettings(store.db)).toEqual({ language: 'en' });
  });

  test('keys are bound as parameters, never pasted into SQL', async () => {
    const store = await openReady(createTempDataDir());
    const key = "x'); DROP TABLE settings; --";
    store.transaction((db) => writeSetting(db, key, 1));
    expect(readSettings(store.db)).toEqual({ [key]: 1 });
  });

  test('a stored value that is not valid JSON is left out, the others still read', async () => {
    const store = await openReady(createTempDataDir());
    store.transaction((db) => writeSetting(db, 'muted', true));
    store.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('language', '{not json');
    expect(readSettings(store.db)).toEqual({ muted: true });
  });

  test('a key named __proto__ stays an ordinary key', async () => {
    const store = await openReady(createTempDataDir());
    store.transaction((db) => writeSetting(db, '__proto__', { polluted: true }));
    const settings = readSettings(store.db);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.keys(settings)).toEqual(['__proto__']);
  });

  test('undefined is refused rather than stored', async () => {
    const store = await openReady(createTempDataDir());
    expect(() => store.transaction((db) => writeSetting(db, 'language', undefined))).toThrow(/no JSON/);
  });
});
