export { NativeModuleError, openStore } from './open';
export { backupsDir, BACKUPS_KEPT, createBackup, listBackups, restoreBackup } from './backup';
export type { RestoreResult } from './backup';
export {
  clearDatabaseLocation,
  defaultDatabasePath,
  readDatabaseLocation,
  resolveDatabasePath,
  setDatabaseLocation,
} from './location';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
export { readSettings, writeSetting } from './settings-repo';
export type { Migration, OpenOptions, OpenOutcome, ReadableDB, Store, WritableDB } from './types';
