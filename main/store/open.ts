import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackup } from './backup';
import { defaultDatabasePath, fsyncFile, readDatabaseLocation, syncDirectory } from './location';
import { MIGRATIONS } from './migrations';
import { applyMigrations, MigrationFailedError, readSchemaVersion, verifyAppliedMigrations } from './migrations/runner';
import { classifyError, errorCode, StoreProblemError } from './problem';
import { createStore } from './store';
import type { Migration, OpenOptions, OpenOutcome, WritableDB } from './types';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (or, only when there is no file yet, creates) the database and brings it to the latest
 * schema. A file that cannot be used — damaged, empty, foreign, from a newer Atelier, or one this
 * user cannot write — is reported, closed and left byte for byte as it was: the recovery screen
 * then offers a backup, never a silent new empty database. Rejects only with NativeModuleError,
 * when better-sqlite3 itself cannot load.
 */
export async function openStore(options: OpenOptions): Promise<OpenOutcome> {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;
  let dbPath = defaultDatabasePath(dataDir);
  let db: WritableDB | undefined;
  try {
    makeDataDir(dataDir);
    const chosen = readDatabaseLocation(dataDir);
    dbPath = chosen ?? dbPath;
    if (!examineFile(dbPath, chosen !== null)) createDatabase(dbPath, migrations, now());
    requireWritableFiles(dbPath);
    db = connect(dbPath);
    inspect(db, migrations);
    requireWritableConnection(db);
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

/** Permission errors: the file or folder is there, but this user (or this disk) may not write it. */
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

function makeDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    if (!NOT_WRITABLE.has(errorCode(error))) throw error;
    throw new StoreProblemError('read_only', `The data folder ${dataDir} cannot be created (${errorCode(error)}).`);
  }
}

/**
 * Looks at the file before SQLite does, because SQLite would happily treat a text file as a
 * damaged database, and an empty file as a new one. Returns whether the file exists.
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
  // A new database is only ever moved into place complete (createDatabase), so an empty file is
  // one whose content was lost — a full disk, a crash while copying, a sync tool — not a first run.
  if (stat.size === 0) throw new StoreProblemError('empty', `${dbPath} is empty (0 bytes).`);

  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(dbPath, 'r');
  let bytesRead: number;
  try {
    bytesRead = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  // Zeros where the header was: blocks lost by the file system, not another application's file.
  if (bytesRead === header.length && header.every((byte) => byte === 0)) {
    throw new StoreProblemError('corrupt', `${dbPath} starts with zeros where the SQLite header should be.`);
  }
  if (bytesRead < header.length || !header.equals(SQLITE_HEADER)) {
    throw new StoreProblemError('not_sqlite', `${dbPath} does not start with the SQLite file header.`);
  }
  return true;
}

/**
 * Builds a new database under a temporary name and moves it into place only once it is migrated
 * and closed: a crash on first run leaves no half-made atelier.sqlite, which is what lets every
 * empty file be treated as damage.
 */
function createDatabase(dbPath: string, migrations: readonly Migration[], now: Date): void {
  requireWritableFolder(path.dirname(dbPath));
  const temp = `${dbPath}.creating`;
  // Only a crashed first run of ours leaves this name behind, and it never held the user's data.
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + suffix, { force: true });
  const db = connect(temp, false);
  try {
    configure(db);
    applyMigrations(db, migrations, now);
  } finally {
    // Closing checkpoints the log into the file and removes the -wal and -shm.
    db.close();
  }
  fsyncFile(temp);
  fs.renameSync(temp, dbPath);
  syncDirectory(path.dirname(dbPath));
}

/**
 * SQLite opens a file it may not write read-only without a word, and every later change then
 * fails. Checked before SQLite creates its -wal and -shm beside a file it cannot use.
 */
function requireWritableFiles(dbPath: string): void {
  requireWritableFolder(path.dirname(dbPath));
  for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
    try {
      fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' && file !== dbPath) continue;
      if (!NOT_WRITABLE.has(code)) throw error;
      throw new StoreProblemError('read_only', `${file} cannot be written by this user (${code}).`);
    }
  }
}

/** SQLite writes its -wal, -shm and journal files beside the database. */
function requireWritableFolder(dir: string): void {
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    if (!NOT_WRITABLE.has(errorCode(error))) throw error;
    throw new StoreProblemError('read_only', `The folder ${dir} cannot be written by this user (${errorCode(error)}).`);
  }
}

/**
 * The permission checks above cannot see everything (access control lists, a file locked by
 * another program): a write that is rolled back at once asks SQLite itself.
 */
function requireWritableConnection(db: WritableDB): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    // An integer read from the file itself; PRAGMA takes no bound parameters.
    db.pragma(`user_version = ${readSchemaVersion(db)}`);
  } catch (error) {
    if (!errorCode(error).startsWith('SQLITE_READONLY')) throw error;
    throw new StoreProblemError('read_only', `SQLite cannot write the database (${errorCode(error)}).`);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

function connect(dbPath: string, mustExist = true): WritableDB {
  try {
    // The one place where a raw connection becomes a branded handle.
    return new Database(dbPath, {
      // Never let a vanished file be recreated empty between the checks above and this open.
      fileMustExist: mustExist,
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
  requireAtelierDatabase(db, migrations);
  // Before quick_check: a schema from the future may not even parse here, and "update Atelier"
  // is the right message for it.
  verifyAppliedMigrations(db, migrations);

  const results = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  if (results.length !== 1 || results[0] !== 'ok') {
    throw new StoreProblemError('corrupt', `Integrity check failed: ${results.slice(0, 3).join('; ')}`);
  }
}

/**
 * An Atelier database records its migrations in schema_migrations (version, name, applied_at).
 * Another application's SQLite file may set user_version too, so the version alone says nothing:
 * without that table (or our workshops table, in a damaged one of ours) the file is not ours.
 */
function requireAtelierDatabase(db: WritableDB, migrations: readonly Migration[]): void {
  const version = readSchemaVersion(db);
  let tables: string[];
  try {
    tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
  } catch (error) {
    // Only a newer SQLite schema fails to parse here; verifyAppliedMigrations names it.
    if (version > migrations.length) return;
    throw error;
  }
  if (tables.length === 0 && version === 0) {
    throw new StoreProblemError('empty', 'The file is an SQLite database without a single table.');
  }
  const history = tables.includes('schema_migrations')
    ? (db.prepare("SELECT name FROM pragma_table_info('schema_migrations')").pluck().all() as string[])
    : [];
  const hasOurHistory = ['version', 'name', 'applied_at'].every((column) => history.includes(column));
  const ours = version === 0 ? false : hasOurHistory || tables.includes('workshops');
  if (!ours) {
    throw new StoreProblemError(
      'not_sqlite',
      `The file is an SQLite database from another application (user_version ${version}; tables: ${tables.slice(0, 5).join(', ') || 'none'}).`,
    );
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
