/**
 * The ordered schema history (README for this folder).
 *
 * - Shipped migrations are NEVER edited or renumbered: users' databases record which ones ran
 *   (schema_migrations + PRAGMA user_version), and a database that records one this code does not
 *   know is refused.
 * - To change the schema, add `NNNN-what-it-does.ts` exporting a default `Migration` with the next
 *   version, and append it to the list below. All pending migrations run in one transaction at
 *   open, after a 'pre-migration' backup.
 * - `up` is synchronous SQL only; it must not touch settings through the repos (those follow the
 *   latest schema, a migration runs against an older one).
 * - Add a seed line for the new version in test/integration/store-migrations.test.ts so the test
 *   migrating from every earlier version covers your rows.
 */
import m0001 from './0001-settings';
import m0002 from './0002-workshops';
import m0003 from './0003-boards';
import m0004 from './0004-voting';
import m0005 from './0005-next-steps';
import m0006 from './0006-workshop-start-time';
import m0007 from './0007-card-groups';
import m0008 from './0008-group-voting-items';
import m0009 from './0009-silent-writing';
import m0010 from './0010-prioritisation';
import m0011 from './0011-section-colors';
import { checkMigrationList } from './runner';
import type { Migration } from '../types';

export const MIGRATIONS: readonly Migration[] = checkMigrationList([
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
]);

export const LATEST_SCHEMA_VERSION: number = MIGRATIONS.length;

export { applyMigrations, checkMigrationList, readSchemaVersion, verifyAppliedMigrations } from './runner';
export type { MigrationReport } from './runner';
