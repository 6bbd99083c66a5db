import type Database from 'better-sqlite3';
import type { StoreProblem } from '../../shared/domain/app-status';

/** A handle that may only read. Services that only read take this, so their signature says so. */
export type ReadableDB = Pick<Database.Database, 'prepare' | 'pragma'> & { readonly __readable: true };
/** A handle that may write. Transactions are synchronous: never `await` inside one. */
export type WritableDB = Database.Database & { readonly __readable: true; readonly __writable: true };

export interface Store {
  readonly db: WritableDB;
  readonly path: string;
  readonly dataDir: string;
  readonly schemaVersion: number;
  /** Runs `fn` in one synchronous transaction (BEGIN IMMEDIATE). */
  transaction<T>(fn: (db: WritableDB) => T): T;
  /**
   * Backs up (reason 'shutdown'; unless told not to, and only if this session wrote anything),
   * runs PRAGMA optimize and closes. Calling it again returns the same promise.
   */
  close(options?: { backup?: boolean }): Promise<void>;
}

export type OpenOutcome =
  | { ok: true; store: Store }
  | { ok: false; problem: StoreProblem; detail: string; dbPath: string };

export interface OpenOptions {
  dataDir: string;
  now?: () => Date;
  /** The migration list to apply; tests inject their own. Defaults to MIGRATIONS. */
  migrations?: readonly Migration[];
}

/**
 * One schema change. Shipped migrations are never edited or renumbered: a user's database records
 * which ones it ran, and a changed one would silently diverge from what is on disk.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Runs inside the single migration transaction: synchronous, and it must not commit. */
  up(db: WritableDB): void;
}
