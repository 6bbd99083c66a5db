import { z } from 'zod';
import type { AppInfo, AppStatus } from '../../domain/app-status';
import { settingsPatchSchema, type Settings } from '../../domain/settings';
import { channel } from '../channel';

const empty = z.object({}).strict();

export const appChannels = {
  appInfo: channel<AppInfo>()(empty),
  appStatus: channel<AppStatus>()(empty),
  settingsGet: channel<Settings>()(empty),
  settingsUpdate: channel<Settings>()(settingsPatchSchema),
  /** Replaces the unreadable database with a copy of a backup; the damaged file is kept aside. */
  recoveryRestoreBackup: channel<AppStatus>()(z.object({ name: z.string().min(1).max(200) }).strict()),
  /** Opens another database file (path typed in the browser host, or picked in Electron). */
  recoveryOpenFile: channel<AppStatus>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  /** Electron only: shows a native picker, then behaves as recoveryOpenFile. */
  recoveryPickFile: channel<AppStatus>()(empty),
  /** Opens the database again, e.g. once its permissions are fixed or its drive plugged back in. */
  recoveryRetry: channel<AppStatus>()(empty),
  /** Moves the unusable file aside (never deleting it) and starts on a new, empty database. */
  recoveryStartNew: channel<AppStatus>()(empty),
  /** Opens (or focuses) the presenter window; `handled` is false where the host has none (browser). */
  presenterOpen: channel<{ handled: boolean }>()(empty),
};
