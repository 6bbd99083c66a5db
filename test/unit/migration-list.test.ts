import { describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../main/store/migrations';
import { checkMigrationList } from '../../main/store/migrations/runner';
import type { Migration } from '../../main/store/types';

const step = (version: number, name = `step-${version}`): Migration => ({ version, name, up: () => {} });

describe('the migration list', () => {
  test('shipped migrations are numbered 1..n and the latest version is n', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  test('a gap in the numbering is refused', () => {
    expect(() => checkMigrationList([step(1), step(3)])).toThrow(/version 3 at position 2/);
  });

  test('a duplicated version is refused', () => {
    expect(() => checkMigrationList([step(1), step(1, 'again')])).toThrow(/version 1 at position 2/);
  });

  test('a list that does not start at 1 is refused', () => {
    expect(() => checkMigrationList([step(0)])).toThrow();
  });

  test('a name that could not be a file name is refused', () => {
    expect(() => checkMigrationList([step(1, 'Drop Everything;')])).toThrow(/invalid name/);
  });
});
