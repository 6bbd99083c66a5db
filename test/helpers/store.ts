import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { MIGRATIONS } from '../../main/store/migrations';
import { applyMigrations } from '../../main/store/migrations/runner';
import { openStore } from '../../main/store/open';
import type { OpenOptions, OpenOutcome, Store, WritableDB } from '../../main/store/types';

/** A fresh data folder for this test only, removed when the test finishes. */
export function createTempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-store-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens the store and fails the test with the problem if it is not ready; closed after the test. */
export async function openReady(dataDir: string, options: Partial<OpenOptions> = {}): Promise<Store> {
  const outcome = await openStore({ ...options, dataDir });
  if (!outcome.ok) throw new Error(`Expected a ready store, got ${outcome.problem}: ${outcome.detail}`);
  onTestFinished(() => outcome.store.close({ backup: false }));
  return outcome.store;
}

/** Opens the store expecting it to be refused. */
export async function openRefused(
  dataDir: string,
  options: Partial<OpenOptions> = {},
): Promise<Extract<OpenOutcome, { ok: false }>> {
  const outcome = await openStore({ ...options, dataDir });
  if (outcome.ok) {
    await outcome.store.close({ backup: false });
    throw new Error('Expected the store to be refused, but it opened');
  }
  return outcome;
}

/** A plain connection, as a second process or an inspection tool would have; closed after the test. */
export function rawConnection(file: string, options: Database.Options = {}): WritableDB {
  const db = new Database(file, options) as WritableDB;
  onTestFinished(() => {
    if (db.open) db.close();
  });
  return db;
}

/** An empty in-memory database, for migration tests. */
export function createMemoryDB(): WritableDB {
  return rawConnection(':memory:');
}

/** Brings a database to schema version `n` using the first n shipped migrations. */
export function migrateTo(db: WritableDB, n: number): void {
  applyMigrations(db, MIGRATIONS.slice(0, n));
}

export function userVersion(db: WritableDB): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function tableData(db: WritableDB, table: string): unknown[] {
  // Table names come from the test itself; identifiers cannot be bound parameters.
  return db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all();
}

/** The schema as SQLite stores it, comparable across databases. */
export function schemaOf(db: WritableDB): { type: string; name: string; sql: string | null }[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string | null }[];
}

export function hashFile(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Overwrites `length` bytes at `offset` with deterministic garbage. */
export function overwriteBytes(file: string, offset: number, length: number): void {
  const garbage = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) garbage[i] = (i * 131 + 17) % 251;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, garbage, 0, length, offset);
  } finally {
    fs.closeSync(fd);
  }
}

/** Linux only: whether this process still holds a file descriptor on `file`. */
export function isOpenByThisProcess(file: string): boolean {
  const target = fs.realpathSync(file);
  return fs.readdirSync('/proc/self/fd').some((fd) => {
    try {
      return fs.readlinkSync(path.join('/proc/self/fd', fd)) === target;
    } catch {
      return false;
    }
  });
}
