import type { ReadableDB, WritableDB } from './types';

/**
 * Every stored setting, parsed from its JSON text. A value that is not valid JSON is left out
 * rather than failing the whole read: the settings service falls back to the default for it.
 */
export function readSettings(db: ReadableDB): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[];
  const entries: [string, unknown][] = [];
  for (const row of rows) {
    try {
      entries.push([row.key, JSON.parse(row.value)]);
    } catch {
      // Skipped on purpose, see above.
    }
  }
  // fromEntries defines own properties, so a key such as "__proto__" cannot reach the prototype.
  return Object.fromEntries(entries);
}

export function writeSetting(db: WritableDB, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  // JSON.stringify(undefined) is undefined: storing it would lose the distinction with null.
  if (json === undefined) throw new TypeError(`Setting "${key}" has no JSON representation`);
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, json);
}
