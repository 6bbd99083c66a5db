import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';

export const DATABASE_FILE_NAME = 'atelier.sqlite';
const LOCATION_FILE_NAME = 'location.json';

const locationSchema = z.object({
  dbPath: z.string().min(1).refine((value) => path.isAbsolute(value), 'dbPath must be absolute'),
});

export function defaultDatabasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}

/** The path chosen with setDatabaseLocation, or null when the default is in use. */
export function readDatabaseLocation(dataDir: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, LOCATION_FILE_NAME), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = locationSchema.safeParse(JSON.parse(text));
    return parsed.success ? path.normalize(parsed.data.dbPath) : null;
  } catch {
    // A damaged location.json must not keep the app from starting on its default database.
    return null;
  }
}

export function resolveDatabasePath(dataDir: string): string {
  return readDatabaseLocation(dataDir) ?? defaultDatabasePath(dataDir);
}

/** Remembers another database file (chosen from the recovery screen) for the next opens. */
export function setDatabaseLocation(dataDir: string, dbPath: string): void {
  const parsed = locationSchema.safeParse({ dbPath });
  if (!parsed.success) {
    throw new AppError('invalid_input', 'The database path must be an absolute file path', 'dbPath');
  }
  writeFileAtomically(path.join(dataDir, LOCATION_FILE_NAME), `${JSON.stringify(parsed.data, null, 2)}\n`);
}

/** Goes back to `<dataDir>/atelier.sqlite`. */
export function clearDatabaseLocation(dataDir: string): void {
  fs.rmSync(path.join(dataDir, LOCATION_FILE_NAME), { force: true });
}

/** Write, fsync, rename: a crash leaves either the old file or the new one, never half of one. */
export function writeFileAtomically(target: string, content: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(target));
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: directories cannot be opened or fsynced on every platform.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Flushes a file's content to the disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
