import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { z } from 'zod';
import { DEFAULT_BRANDING, type Branding, MAX_FIRM_NAME, MAX_FOOTER, accentSchema, logoMimeSchema } from '../../shared/domain/branding';
import { DEFAULT_SETTINGS, languageSchema, type Settings } from '../../shared/domain/settings';
import { readSettings, writeSetting } from '../store/settings-repo';
import type { ReadableDB } from '../store/types';
import type { ServiceContext } from './context';

const storedSettingsSchema = z.object({
  language: languageSchema.nullable().catch(null).default(null),
  muted: z.boolean().catch(false).default(false),
  branding: z
    .object({
      firmName: z.string().max(MAX_FIRM_NAME).catch('').default(''),
      footer: z.string().max(MAX_FOOTER).catch('').default(''),
      accent: accentSchema.nullable().catch(null).default(null),
      logo: z.object({ mime: logoMimeSchema, version: z.string().regex(/^[0-9a-f]{16}$/) }).nullable().catch(null).default(null),
      mentionAtelier: z.boolean().catch(false).default(false),
    })
    .catch({ ...DEFAULT_BRANDING })
    .default({ ...DEFAULT_BRANDING }),
});

/** Settings as stored, repaired field by field: one bad value never hides the others. */
export function loadSettings(ctx: ServiceContext): Settings {
  return readStoredSettings(ctx.store().db);
}

function readStoredSettings(db: ReadableDB): Settings {
  try {
    return storedSettingsSchema.parse(readSettings(db));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** The deliverable settings, for the report read (inside its transaction). */
export function loadBranding(db: ReadableDB): Branding {
  return readStoredSettings(db).branding;
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
