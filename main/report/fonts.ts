import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FontFace } from '../../shared/report/report.css';

/**
 * The Inter variable font bundled with the app (@fontsource-variable/inter), inlined as data:
 * URLs so the PDF needs nothing from the network. Latin covers French accents; Latin Extended
 * adds œ, Œ and the typographic characters; italic is for persona quotes.
 */
const FILES: { file: string; style: FontFace['style']; unicodeRange: string }[] = [
  {
    file: 'inter-latin-wght-normal.woff2',
    style: 'normal',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    file: 'inter-latin-ext-wght-normal.woff2',
    style: 'normal',
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  {
    file: 'inter-latin-wght-italic.woff2',
    style: 'italic',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
];

const cache = new Map<string, FontFace[]>();

/** Reads the font files once per app root; a missing file is an installation problem worth a clear error. */
export function loadReportFonts(rootDir: string): FontFace[] {
  const cached = cache.get(rootDir);
  if (cached) return cached;
  const dir = path.join(rootDir, 'node_modules', '@fontsource-variable', 'inter', 'files');
  const fonts = FILES.map(({ file, style, unicodeRange }) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(dir, file));
    } catch {
      throw new Error(`The report font ${file} is missing from ${dir}; reinstall Atelier's dependencies`);
    }
    return { family: 'Inter Variable', style, unicodeRange, url: `data:font/woff2;base64,${bytes.toString('base64')}` };
  });
  cache.set(rootDir, fonts);
  return fonts;
}
