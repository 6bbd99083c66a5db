import { z } from 'zod';
import type { AppInfo, AppStatus } from '../../domain/app-status';
import { brandingPatchSchema, logoInputSchema } from '../../domain/branding';
import { settingsPatchSchema, type Settings } from '../../domain/settings';
import { channel } from '../channel';

const empty = z.object({}).strict();

export const appChannels = {
  appInfo: channel<AppInfo>()(empty),
  appStatus: channel<AppStatus>()(empty),
  settingsGet: channel<Settings>()(empty),
  settingsUpdate: channel<Settings>()(settingsPatchSchema),
  /** The deliverable settings' words and colour, merged into what is stored. */
  brandingUpdate: channel<Settings>()(brandingPatchSchema),
  /** A new logo: a PNG (redrawn by the renderer) or an SVG, which main sanitises; refused with a reason, changing nothing. */
  brandingLogoSet: channel<Settings>()(logoInputSchema),
  brandingLogoClear: channel<Settings>()(empty),
  /** The stored logo as a data URL, for the settings panel and the preview (never carried in a push). */
  brandingLogoGet: channel<{ dataUrl: string | null }>()(empty),
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
