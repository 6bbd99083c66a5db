import { z } from 'zod';

/**
 * The deliverable settings: the facilitator's firm as the client's pages show it (name, logo,
 * accent colour, a footer line), kept between workshops in the app's settings. The logo's bytes
 * are stored apart from the settings (settings travel in every push; a picture never does).
 */
export const MAX_FIRM_NAME = 80;
export const MAX_FOOTER = 160;
/** The logo as chosen: a PNG is redrawn (at most LOGO_MAX_PX wide) before it is sent, an SVG is sanitised by main. */
export const MAX_LOGO_FILE_BYTES = 2 * 1024 * 1024;
/** What is stored: a redrawn PNG, or a sanitised SVG. */
export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_MAX_PX = 600;
export const LOGO_MIMES = ['image/png', 'image/svg+xml'] as const;
export const logoMimeSchema = z.enum(LOGO_MIMES);
export type LogoMime = z.infer<typeof logoMimeSchema>;

export const accentSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb')
  .transform((value) => value.toLowerCase());

export interface Branding {
  firmName: string;
  footer: string;
  /** '#rrggbb', or null for the report's own accent. */
  accent: string | null;
  /** The stored logo: its type and a version that changes with it (its image id). */
  logo: { mime: LogoMime; version: string } | null;
  /** Whether the client's pages say they were made with Atelier: off unless the facilitator ticks it. */
  mentionAtelier: boolean;
}

export const DEFAULT_BRANDING: Branding = { firmName: '', footer: '', accent: null, logo: null, mentionAtelier: false };

/** An edit of the words and colour; the logo has its own calls. */
export const brandingPatchSchema = z
  .object({
    firmName: z.string().trim().max(MAX_FIRM_NAME),
    footer: z.string().trim().max(MAX_FOOTER),
    accent: accentSchema.nullable(),
    mentionAtelier: z.boolean(),
  })
  .partial()
  .strict();
export type BrandingPatch = z.infer<typeof brandingPatchSchema>;

export const logoInputSchema = z
  .object({
    mime: logoMimeSchema,
    // base64 of at most MAX_LOGO_FILE_BYTES (4 characters per 3 bytes).
    dataBase64: z.string().min(4).max(Math.ceil(MAX_LOGO_FILE_BYTES / 3) * 4),
  })
  .strict();
export type LogoInput = z.infer<typeof logoInputSchema>;

/** The image id the report uses for a stored logo. */
export function logoImageId(logo: Branding['logo']): string | null {
  return logo ? `brand-logo.${logo.version}` : null;
}

/**
 * Whether a colour is dark enough to carry white text and to stand as text on white (WCAG's
 * relative luminance, contrast against white at least 3:1, the large-text level a label uses).
 */
export function accentContrastOnWhite(hex: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/**
 * Why a logo was refused, each worded on its own in the settings panel: not a PNG or an SVG, too
 * heavy, not a well-formed SVG, an SVG with scripts or event handlers, an SVG that reaches for
 * something outside itself (a link, a font, a picture), or nothing left to draw.
 */
export const LOGO_PROBLEMS = ['type', 'size', 'malformed', 'script', 'external', 'empty'] as const;
export type LogoProblem = (typeof LOGO_PROBLEMS)[number];
