import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { z } from 'zod';
import { DEFAULT_SETTINGS, languageSchema, sectionColorsSchema, type Settings } from '../../shared/domain/settings';
import { readSettings, writeSetting } from '../store/settings-repo';
import type { ServiceContext } from './context';

const storedSettingsSchema = z.object({
  language: languageSchema.nullable().catch(null).default(null),
  muted: z.boolean().catch(false).default(false),
  sectionColors: sectionColorsSchema.catch({}).default({}),
});

/** Settings as stored, repaired field by field: one bad value never hides the others. */
export function loadSettings(ctx: ServiceContext): Settings {
  try {
    return storedSettingsSchema.parse(readSettings(ctx.store().db));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function settingsGet(ctx: ServiceContext): OutputOf<'settingsGet'> {
  return loadSettings(ctx);
}

export function settingsUpdate(ctx: ServiceContext, patch: ParsedInputOf<'settingsUpdate'>): OutputOf<'settingsUpdate'> {
  const store = ctx.store();
  store.transaction((db) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) writeSetting(db, key, value);
    }
  });
  const settings = loadSettings(ctx);
  const changed = Object.fromEntries(Object.keys(patch).map((key) => [key, settings[key as keyof Settings]])) as Partial<Settings>;
  ctx.bus.emit('settingsChanged', changed);
  return settings;
}
