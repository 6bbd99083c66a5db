import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/domain/app-status';
import { AppError } from '../../shared/ipc/result';
import { resolveDatabasePath, syncDirectory } from './location';

/** Enough to step back over a bad week of workshops without filling a laptop's disk. */
export const BACKUPS_KEPT = 10;

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
    fsyncFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  syncDirectory(dir);
  pruneBackups(dataDir);
  return { name, createdAt: new Date(stamp).toISOString(), sizeBytes: fs.statSync(target).size, reason };
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
    });
  }
  return backups.sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
}

/** Deletes our own backups beyond the newest `keep`; files copied in by hand are never deleted. */
export function pruneBackups(dataDir: string, keep: number = BACKUPS_KEPT): string[] {
  const ours = listBackups(dataDir).filter((backup) => parseBackupName(backup.name) !== null);
  const doomed = ours.slice(keep).map((backup) => backup.name);
  for (const name of doomed) fs.rmSync(path.join(backupsDir(dataDir), name), { force: true });
  return doomed;
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

  const movedAside: string[] = [];
  const aside = freeAsidePath(dbPath, fileTimestamp(now));
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (!fs.existsSync(dbPath + suffix)) continue;
    fs.renameSync(dbPath + suffix, aside + suffix);
    movedAside.push(aside + suffix);
  }
  fs.renameSync(incoming, dbPath);
  syncDirectory(path.dirname(dbPath));
  return { dbPath, restoredFrom: name, movedAside };
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

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
