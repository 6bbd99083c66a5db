import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackup } from './backup';
import { defaultDatabasePath, readDatabaseLocation } from './location';
import { MIGRATIONS } from './migrations';
import { applyMigrations, MigrationFailedError, readSchemaVersion, verifyAppliedMigrations } from './migrations/runner';
import { classifyError, errorCode, StoreProblemError } from './problem';
import { createStore } from './store';
import type { Migration, OpenOptions, OpenOutcome, WritableDB } from './types';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (or, only when there is no file yet, creates) the database and brings it to the latest
 * schema. A file that cannot be used is reported, closed and left byte for byte as it was: the
 * recovery screen then offers a backup, never a silent new empty database. Rejects only with
 * NativeModuleError, when better-sqlite3 itself cannot load.
 */
export async function openStore(options: OpenOptions): Promise<OpenOutcome> {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;
  let dbPath = defaultDatabasePath(dataDir);
  let db: WritableDB | undefined;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const chosen = readDatabaseLocation(dataDir);
    dbPath = chosen ?? dbPath;
    const exists = examineFile(dbPath, chosen !== null);
    db = connect(dbPath, exists);
    inspect(db, migrations);
    configure(db);

    const version = readSchemaVersion(db);
    if (version >= 1 && version < migrations.length) await backUpBeforeMigrating(db, dataDir, now());
    applyMigrations(db, migrations, now());
    return {
      ok: true,
      store: createStore({ db, path: dbPath, dataDir, schemaVersion: readSchemaVersion(db), now }),
    };
  } catch (error) {
    closeQuietly(db);
    if (error instanceof NativeModuleError) throw error;
    const fallback = error instanceof MigrationFailedError ? 'corrupt' : 'unreadable';
    return { ok: false, ...classifyError(error, fallback), dbPath };
  }
}

/**
 * Looks at the file before SQLite does, because SQLite would happily treat a text file as a
 * damaged database. Returns whether the file exists (with content or empty).
 */
function examineFile(dbPath: string, chosenByUser: boolean): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dbPath);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    // The default file is created on first run; a file the user chose must not be replaced by an
    // empty one just because its drive is not plugged in.
    if (chosenByUser) throw new StoreProblemError('unreadable', `The database file ${dbPath} does not exist.`);
    if (!fs.existsSync(path.dirname(dbPath))) {
      throw new StoreProblemError('unreadable', `The folder of ${dbPath} does not exist.`);
    }
    return false;
  }
  if (!stat.isFile()) throw new StoreProblemError('unreadable', `${dbPath} is not a regular file.`);
  if (stat.size === 0) return true;

  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(dbPath, 'r');
  let bytesRead: number;
  try {
    bytesRead = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (bytesRead < header.length || !header.equals(SQLITE_HEADER)) {
    throw new StoreProblemError('not_sqlite', `${dbPath} does not start with the SQLite file header.`);
  }
  return true;
}

function connect(dbPath: string, exists: boolean): WritableDB {
  try {
    // The one place where a raw connection becomes a branded handle.
    return new Database(dbPath, {
      // Never let a vanished file be recreated empty between the check above and this open.
      fileMustExist: exists,
    }) as WritableDB;
  } catch (error) {
    // A native module that fails to load is a broken installation, not a broken database:
    // the recovery screen (and its restore button) would be the wrong answer.
    if (error instanceof Database.SqliteError || /^E[A-Z]+$/.test(errorCode(error))) throw error;
    throw new NativeModuleError(error);
  }
}

/** Thrown out of openStore (not turned into an outcome): the installation is broken. */
export class NativeModuleError extends Error {
  constructor(cause: unknown) {
    super(`Could not load SQLite's native module: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'NativeModuleError';
  }
}

/** Read-only checks, run before anything that writes (journal_mode, migrations). */
function inspect(db: WritableDB, migrations: readonly Migration[]): void {
  // Wait for a lock held by another connection (a second window, a backup) instead of failing.
  db.pragma('busy_timeout = 5000');
  // Before quick_check: a schema from the future may not even parse here, and "update Atelier"
  // is the right message for it.
  verifyAppliedMigrations(db, migrations);

  const results = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  if (results.length !== 1 || results[0] !== 'ok') {
    throw new StoreProblemError('corrupt', `Integrity check failed: ${results.slice(0, 3).join('; ')}`);
  }

  if (readSchemaVersion(db) === 0) {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    if (tables.length > 0) {
      throw new StoreProblemError(
        'not_sqlite',
        `The file is an SQLite database from another application (tables: ${tables.slice(0, 5).join(', ')}).`,
      );
    }
  }
}

function configure(db: WritableDB): void {
  // WAL: a commit appends to the log instead of rewriting pages in place, so a crash cannot tear
  // the main file, and readers (backups, a second connection) never block the writer.
  db.pragma('journal_mode = WAL');
  // FULL: in WAL mode NORMAL may lose the last commits on power loss; workshop data is small and
  // precious, and the extra fsync per commit is not noticeable at our write rate.
  db.pragma('synchronous = FULL');
  // Off by default in SQLite and set per connection: without it REFERENCES and ON DELETE CASCADE
  // are silently ignored.
  db.pragma('foreign_keys = ON');
}

async function backUpBeforeMigrating(db: WritableDB, dataDir: string, now: Date): Promise<void> {
  try {
    await createBackup(db, dataDir, 'pre-migration', now);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StoreProblemError(
      'unreadable',
      `The database was not migrated because it could not be backed up first: ${message}`,
    );
  }
}

function closeQuietly(db: WritableDB | undefined): void {
  try {
    if (db?.open) db.close();
  } catch {
    // The outcome already reports the real problem.
  }
}
