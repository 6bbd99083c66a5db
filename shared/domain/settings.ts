import { z } from 'zod';
import { DEFAULT_BRANDING, type Branding } from './branding';
import { cardColorSchema, type CardColor } from './card-colors';

export const LANGUAGES = ['fr', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export interface Settings {
  /** null until the facilitator picks one; the UI then follows the system language. */
  language: Language | null;
  /** Timer chime muted (used by the timer). */
  muted: boolean;
  /**
   * The colour new cards get in a persona section, by section id, where the facilitator changed
   * it; elsewhere the template's colour for that section (sectionColor in shared/templates).
   */
  sectionColors: Record<string, CardColor>;
  /** The deliverable settings (the firm on the client's pages); changed with brandingUpdate and the logo calls. */
  branding: Branding;
}

export const DEFAULT_SETTINGS: Settings = { language: null, muted: false, sectionColors: {}, branding: DEFAULT_BRANDING };

/** How many sections may have a colour of their own: far more than a workshop's personas hold. */
export const MAX_SECTION_COLORS = 5000;
export const sectionColorsSchema = z
  .record(z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'Not a valid id'), cardColorSchema)
  .refine((colors) => Object.keys(colors).length <= MAX_SECTION_COLORS, `At most ${MAX_SECTION_COLORS} section colours`);

export const settingsPatchSchema = z
  .object({
    language: languageSchema.nullable().optional(),
    muted: z.boolean().optional(),
    sectionColors: sectionColorsSchema.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Picks French or English from a BCP 47 tag such as "fr-CA"; English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return typeof locale === 'string' && /^fr(\b|[-_])/i.test(locale) ? 'fr' : 'en';
}
