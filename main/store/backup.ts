import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupContent, BackupInfo } from '../../shared/domain/app-status';
import { AppError } from '../../shared/ipc/result';
import { backupsToKeep } from './backup-retention';
import { fsyncFile, resolveDatabasePath, syncDirectory } from './location';

const NAME_PATTERN = /^atelier-(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2}(?:\.\d+)?Z)-([a-z][a-z0-9-]*)\.sqlite$/;
const REASON_PATTERN = /^[a-z][a-z0-9-]*$/;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** ':' is not allowed in Windows file names, hence the dashes. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replaceAll(':', '-');
}

export function backupFileName(createdAt: Date, reason: string): string {
  return `atelier-${fileTimestamp(createdAt)}-${reason}.sqlite`;
}

export function parseBackupName(name: string): { createdAt: string; reason: string } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, dateAndHour, minutes, seconds, reason] = match;
  const time = Date.parse(`${dateAndHour}:${minutes}:${seconds}`);
  if (Number.isNaN(time) || reason === undefined) return null;
  return { createdAt: new Date(time).toISOString(), reason };
}

/**
 * Copies the open database with SQLite's online backup API, which yields a consistent snapshot
 * even while the connection keeps writing. Written under a temporary name and renamed, so a
 * crash never leaves a half backup that looks complete; then the oldest are rotated out.
 */
export async function createBackup(
  db: Pick<Database.Database, 'backup'>,
  dataDir: string,
  reason: string,
  now: Date = new Date(),
): Promise<BackupInfo> {
  if (!REASON_PATTERN.test(reason)) throw new Error(`Invalid backup reason "${reason}"`);
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });

  let stamp = now.getTime();
  // Two backups in the same millisecond must not overwrite each other.
  while (fs.existsSync(path.join(dir, backupFileName(new Date(stamp), reason)))) stamp += 1;
  const name = backupFileName(new Date(stamp), reason);
  const target = path.join(dir, name);
  const partial = `${target}.partial`;

  try {
    fs.rmSync(partial, { force: true });
    await db.backup(partial);
    useRollbackJournal(partial);
    fsyncFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(partial + suffix, { force: true });
    throw error;
  }
  syncDirectory(dir);
  pruneBackups(dataDir, now);
  return {
    name,
    createdAt: new Date(stamp).toISOString(),
    sizeBytes: fs.statSync(target).size,
    reason,
    content: readBackupContent(target),
  };
}

/** Every `.sqlite` file in the backups folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.sqlite')) continue;
    const stat = fs.statSync(path.join(dir, entry.name));
    const parsed = parseBackupName(entry.name);
    backups.push({
      name: entry.name,
      // A file copied in by hand still shows up, dated by its modification time.
      createdAt: parsed?.createdAt ?? stat.mtime.toISOString(),
      sizeBytes: stat.size,
      reason: parsed?.reason ?? 'unknown',
      content: readBackupContent(path.join(dir, entry.name), stat),
    });
  }
  return backups.sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
}

/**
 * Thins our own backups out by age (see backup-retention.ts), never deleting the newest one that
 * holds the user's workshops; files copied in by hand are never deleted. Returns what went.
 */
export function pruneBackups(dataDir: string, now: Date = new Date()): string[] {
  const ours = listBackups(dataDir).filter((backup) => parseBackupName(backup.name) !== null);
  const keep = backupsToKeep(ours, now);
  const doomed = ours.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
  for (const name of doomed) fs.rmSync(path.join(backupsDir(dataDir), name), { force: true });
  return doomed;
}

/**
 * A copy of a WAL database is itself in WAL mode, and even a read-only connection to it leaves
 * -wal and -shm files beside it. In rollback-journal mode a backup can be read in place, and it
 * still opens in WAL mode once restored (openStore sets it).
 */
function useRollbackJournal(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

const contentCache = new Map<string, { key: string; content: BackupContent | null }>();

/** Bytes 18 and 19 of an SQLite header: 1 in rollback-journal mode, 2 in WAL mode. */
function isInWalMode(file: string): boolean {
  const header = Buffer.alloc(20);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header[18] === 2 || header[19] === 2;
}

/**
 * Counts the workshops and cards of a backup. Ours are in rollback-journal mode and read in
 * place; an older one in WAL mode is read into memory and opened from there, so that nothing is
 * left beside it. A backup never changes once written: the answer is remembered per size and date.
 */
export function readBackupContent(file: string, stat: fs.Stats = fs.statSync(file)): BackupContent | null {
  const key = `${stat.size}:${stat.mtimeMs}`;
  const cached = contentCache.get(file);
  if (cached?.key === key) return cached.content;
  let content: BackupContent | null = null;
  try {
    let source: string | Buffer = file;
    if (isInWalMode(file)) {
      const bytes = fs.readFileSync(file);
      // A database in WAL mode cannot be opened from memory: mark the copy "rollback journal".
      bytes.fill(1, 18, 20);
      source = bytes;
    }
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string): number => {
        const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
        // Table names are fixed here; identifiers cannot be bound parameters.
        return exists ? Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()) : 0;
      };
      content = { workshops: count('workshops'), cards: count('cards') };
    } finally {
      db.close();
    }
  } catch {
    // Not a database we can read (a file copied in by hand, a damaged backup): content unknown.
  }
  contentCache.set(file, { key, content });
  return content;
}

export interface RestoreResult {
  dbPath: string;
  restoredFrom: string;
  /** Where the replaced files went; they are kept for the user, never deleted. */
  movedAside: string[];
}

/**
 * Puts a backup in place of the database file. The caller must have closed every Store on that
 * file first: SQLite would otherwise keep writing to the moved file, and Windows refuses to
 * rename an open file. The current file and its -wal/-shm are moved aside, never deleted (the
 * -wal must go too, or SQLite would replay it over the restored file).
 */
export function restoreBackup(dataDir: string, name: string, now: Date = new Date()): RestoreResult {
  if (!isPlainFileName(name)) {
    throw new AppError('invalid_input', 'A backup is named by its file name only', 'name');
  }
  if (!listBackups(dataDir).some((backup) => backup.name === name)) {
    throw new AppError('not_found', `No backup named ${name}`);
  }
  const source = path.join(backupsDir(dataDir), name);
  const dbPath = resolveDatabasePath(dataDir);
  const incoming = `${dbPath}.restoring`;

  // Copy first: if that fails, the current file has not moved and the app is no worse off.
  try {
    fs.copyFileSync(source, incoming);
    fsyncFile(incoming);
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    throw error;
  }

  let movedAside: string[];
  try {
    movedAside = moveDatabaseAside(dbPath, now);
    fs.renameSync(incoming, dbPath);
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(dbPath));
  return { dbPath, restoredFrom: name, movedAside };
}

/**
 * Renames the database file and its -wal/-shm/-journal to `<file>.damaged-<date>`, so that the
 * next open starts from a backup or from a new database; returns the new names. Nothing is
 * deleted: the user (or support) can still look at what was there.
 */
export function moveDatabaseAside(dbPath: string, now: Date = new Date()): string[] {
  const movedAside: string[] = [];
  const aside = freeAsidePath(dbPath, fileTimestamp(now));
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (!fs.existsSync(dbPath + suffix)) continue;
    fs.renameSync(dbPath + suffix, aside + suffix);
    movedAside.push(aside + suffix);
  }
  syncDirectory(path.dirname(dbPath));
  return movedAside;
}

function isPlainFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    !/[/\\\0]/.test(name) &&
    !name.includes('..') &&
    path.basename(name) === name
  );
}

function freeAsidePath(dbPath: string, stamp: string): string {
  let candidate = `${dbPath}.damaged-${stamp}`;
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = `${dbPath}.damaged-${stamp}-${n}`;
  return candidate;
}
