import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPORT_FONT_FAMILY, REPORT_FONT_WEIGHTS, type FontFace } from '../../shared/report/report.css';

/**
 * The static Inter instances bundled with the app (@fontsource/inter), inlined as data: URLs so
 * the PDF needs nothing from the network. Static, not the variable font the app's screens use:
 * Chromium's PDF backend can only embed a variable font as Type 3 glyph drawings (no real font
 * name, slower to print, bigger files), while a static one goes in as a subset TrueType (CID)
 * font. One file per weight the report's stylesheet uses (REPORT_FONT_WEIGHTS) plus the italic
 * of persona quotes and notes. Latin covers French accents, œ and the typographic quotes and
 * dashes; Latin Extended the rest of Europe's names. Chromium decodes a face only when the page
 * uses it, so unused ones cost nothing but their bytes in the HTML.
 */
const SUBSETS = [
  {
    subset: 'latin',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    subset: 'latin-ext',
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
] as const;

const STYLES: { style: FontFace['style']; weight: number }[] = [
  ...REPORT_FONT_WEIGHTS.map((weight) => ({ style: 'normal' as const, weight })),
  { style: 'italic', weight: 400 },
];

/** The woff2 files the report embeds, relative to @fontsource/inter/files. */
export const REPORT_FONT_FILES = STYLES.flatMap(({ style, weight }) =>
  SUBSETS.map(({ subset, unicodeRange }) => ({ file: `inter-${subset}-${weight}-${style}.woff2`, style, weight, unicodeRange })),
);

const cache = new Map<string, FontFace[]>();

/** Reads the font files once per app root; a missing file is an installation problem worth a clear error. */
export function loadReportFonts(rootDir: string): FontFace[] {
  const cached = cache.get(rootDir);
  if (cached) return cached;
  const dir = path.join(rootDir, 'node_modules', '@fontsource', 'inter', 'files');
  const fonts = REPORT_FONT_FILES.map(({ file, style, weight, unicodeRange }) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(dir, file));
    } catch {
      throw new Error(`The report font ${file} is missing from ${dir}; reinstall Atelier's dependencies`);
    }
    return { family: REPORT_FONT_FAMILY, style, weight, unicodeRange, url: `data:font/woff2;base64,${bytes.toString('base64')}` };
  });
  cache.set(rootDir, fonts);
  return fonts;
}
