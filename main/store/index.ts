export { NativeModuleError, openStore } from './open';
export { backupsDir, createBackup, listBackups, moveDatabaseAside, restoreBackup } from './backup';
export { RETENTION } from './backup-retention';
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
