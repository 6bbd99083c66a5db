export const STORE_PROBLEMS = ['corrupt', 'not_sqlite', 'newer_version', 'unreadable'] as const;
export type StoreProblem = (typeof STORE_PROBLEMS)[number];

export interface BackupInfo {
  /** File name inside the backups folder; the only handle the UI gets. */
  name: string;
  createdAt: string;
  sizeBytes: number;
  reason: string;
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
