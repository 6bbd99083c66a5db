/**
 * Why the database cannot be used. `empty`: the file is there but holds nothing (zero bytes, or an
 * SQLite file without a single table) — Atelier only ever puts a complete database in place, so
 * that is lost content, not a first run. `read_only`: it can be read but not written, by this user
 * or on this disk.
 */
export const STORE_PROBLEMS = ['corrupt', 'empty', 'not_sqlite', 'newer_version', 'read_only', 'unreadable'] as const;
export type StoreProblem = (typeof STORE_PROBLEMS)[number];

export interface BackupInfo {
  /** File name inside the backups folder; the only handle the UI gets. */
  name: string;
  createdAt: string;
  sizeBytes: number;
  reason: string;
  /** What the backup holds, read from it; null when it cannot be read. */
  content: BackupContent | null;
}

export interface BackupContent {
  workshops: number;
  cards: number;
}

export type AppStatus =
  | { mode: 'ready'; dataDir: string; schemaVersion: number }
  | {
      mode: 'recovery';
      dataDir: string;
      dbPath: string;
      problem: StoreProblem;
      detail: string;
      backups: BackupInfo[];
      /** True where the host can show a native file picker (Electron). */
      canPickFile: boolean;
    };

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'web';
}
