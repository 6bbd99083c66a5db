import type Database from 'better-sqlite3';
import { createBackup } from './backup';
import type { Store, WritableDB } from './types';

export interface StoreInit {
  db: Database.Database;
  path: string;
  dataDir: string;
  schemaVersion: number;
  now: () => Date;
}

/** Wraps a connection that openStore has already configured and migrated. */
export function createStore(init: StoreInit): Store {
  const db = init.db as WritableDB;
  const changesAtOpen = totalChanges(db);
  let closing: Promise<void> | null = null;

  /**
   * Never rejects: closing runs when the app quits, and a failed backup or a disk that turned
   * read-only must not crash the quit. The database itself is already safe on disk (every
   * acknowledged change was committed with synchronous=FULL).
   */
  async function closeOnce(backup: boolean): Promise<void> {
    try {
      // A session that wrote nothing would only add a copy of what the newest backup holds.
      if (backup && totalChanges(db) !== changesAtOpen) {
        await createBackup(db, init.dataDir, 'shutdown', init.now());
      }
    } catch (error) {
      console.error(`The closing backup of ${init.path} failed: ${describe(error)}`);
    }
    try {
      // Lets SQLite refresh the query planner's statistics it judged stale during this session.
      db.pragma('optimize');
    } catch {
      // Statistics are an optimisation; a database that cannot take them is still closed below.
    }
    try {
      db.close();
    } catch (error) {
      console.error(`Closing ${init.path} failed: ${describe(error)}`);
    }
  }

  return {
    db,
    path: init.path,
    dataDir: init.dataDir,
    schemaVersion: init.schemaVersion,
    transaction<T>(fn: (tx: WritableDB) => T): T {
      // IMMEDIATE takes the write lock up front, so a transaction cannot fail half-way with
      // SQLITE_BUSY when it first writes. better-sqlite3 rejects a function returning a promise.
      return db.transaction(() => fn(db)).immediate();
    },
    close(options: { backup?: boolean } = {}): Promise<void> {
      closing ??= closeOnce(options.backup ?? true);
      return closing;
    },
  };
}

function totalChanges(db: WritableDB): number {
  return Number(db.prepare('SELECT total_changes()').pluck().get());
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
