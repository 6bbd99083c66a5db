import { StoreProblemError } from '../problem';
import type { Migration, ReadableDB, WritableDB } from '../types';

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
}

/**
 * Throws unless versions run 1..n with no gap or duplicate: user_version is a count of applied
 * migrations, so a hole would make a database skip one forever.
 */
export function checkMigrationList<T extends readonly Migration[]>(migrations: T): T {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version} at position ${index + 1}; ` +
          'versions must run 1..n in order',
      );
    }
    if (!/^[a-z0-9][a-z0-9-]*$/.test(migration.name)) {
      throw new Error(`Migration ${migration.version} has an invalid name "${migration.name}"`);
    }
  });
  return migrations;
}

export function readSchemaVersion(db: ReadableDB): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Refuses a database this code must not touch: a newer schema (it would be downgraded or
 * misread) or a migration history that disagrees with ours (it was edited or renumbered).
 */
export function verifyAppliedMigrations(db: ReadableDB, migrations: readonly Migration[]): void {
  const latest = migrations.length;
  const version = readSchemaVersion(db);
  if (version > latest) {
    throw new StoreProblemError(
      'newer_version',
      `The database is at schema version ${version}; this version of Atelier knows up to ${latest}.`,
    );
  }
  if (version === 0) return;

  const hasHistory = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasHistory) {
    throw new StoreProblemError('corrupt', `The database is at schema version ${version} but has no migration history.`);
  }
  const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  for (const row of rows) {
    if (row.version > latest) {
      throw new StoreProblemError(
        'newer_version',
        `The database records migration ${row.version} (${row.name}), unknown to this version of Atelier.`,
      );
    }
    const known = migrations[row.version - 1];
    if (!known || known.name !== row.name) {
      throw new StoreProblemError(
        'corrupt',
        `The database records migration ${row.version} as "${row.name}", which this version of Atelier does not know.`,
      );
    }
  }
  const recorded = new Set(rows.map((row) => row.version));
  for (let expected = 1; expected <= version; expected += 1) {
    if (!recorded.has(expected)) {
      throw new StoreProblemError(
        'corrupt',
        `The database is at schema version ${version} but migration ${expected} is not recorded.`,
      );
    }
  }
  if (rows.length !== version) {
    throw new StoreProblemError(
      'corrupt',
      `The database is at schema version ${version} but records ${rows.length} migrations.`,
    );
  }
}

/** Adds which migration failed while keeping the SQLite code, which decides the problem shown. */
export class MigrationFailedError extends Error {
  readonly code: string | undefined;

  constructor(migration: Migration, cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migration.version} (${migration.name}) failed: ${message}`, { cause });
    this.name = 'MigrationFailedError';
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/**
 * Applies every pending migration in ONE transaction: either the database reaches the latest
 * version or it is left exactly as it was. Takes the list as a parameter so tests can inject one.
 */
export function applyMigrations(
  db: WritableDB,
  migrations: readonly Migration[],
  now: Date = new Date(),
): MigrationReport {
  checkMigrationList(migrations);
  const from = readSchemaVersion(db);
  verifyAppliedMigrations(db, migrations);
  const pending = migrations.filter((migration) => migration.version > from);
  const to = migrations.length;
  if (pending.length === 0) return { from, to: from, applied: [] };

  // SQLite's table-rebuild recipe needs foreign keys off, and the pragma is ignored inside a
  // transaction; foreign_key_check below still refuses a migration that leaves dangling rows.
  const foreignKeysWereOn = Number(db.pragma('foreign_keys', { simple: true })) === 1;
  if (foreignKeysWereOn) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        try {
          migration.up(db);
        } catch (error) {
          throw new MigrationFailedError(migration, error);
        }
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          now.toISOString(),
        );
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`Migrations ${from + 1}..${to} left ${violations.length} foreign key violations`);
      }
      // PRAGMA takes no bound parameters; `to` is an integer from the checked list above.
      db.pragma(`user_version = ${to}`);
    }).immediate();
  } finally {
    if (foreignKeysWereOn) db.pragma('foreign_keys = ON');
  }
  return { from, to, applied: pending.map((migration) => migration.version) };
}
