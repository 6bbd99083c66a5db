import { z } from 'zod';
import { DEFAULT_BRANDING, type Branding } from './branding';

export const LANGUAGES = ['fr', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export interface Settings {
  /** null until the facilitator picks one; the UI then follows the system language. */
  language: Language | null;
  /** Timer chime muted (used by the timer). */
  muted: boolean;
  /** The deliverable settings (the firm on the client's pages); changed with brandingUpdate and the logo calls. */
  branding: Branding;
}

export const DEFAULT_SETTINGS: Settings = { language: null, muted: false, branding: DEFAULT_BRANDING };

export const settingsPatchSchema = z
  .object({
    language: languageSchema.nullable().optional(),
    muted: z.boolean().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Picks French or English from a BCP 47 tag such as "fr-CA"; English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return typeof locale === 'string' && /^fr(\b|[-_])/i.test(locale) ? 'fr' : 'en';
}
