import { LOGO_MAX_PX, MAX_LOGO_FILE_BYTES, type LogoInput } from '../../../shared/domain/branding';
import { loadImage, redrawnBase64 } from '../image-redraw';

export type LogoImport = { ok: true; logo: LogoInput } | { ok: false; reason: 'type' | 'size' | 'unreadable' };

/** Checked before reading a byte, as a persona's picture is: the type the browser reports and the size. */
export function checkLogoFile(file: Pick<File, 'type' | 'size'>): 'type' | 'size' | null {
  if (file.type !== 'image/png' && file.type !== 'image/svg+xml') return 'type';
  if (file.size > MAX_LOGO_FILE_BYTES) return 'size';
  return null;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * A logo ready to send: a PNG decoded and redrawn at most LOGO_MAX_PX on a canvas (a fresh,
 * small picture without the file's metadata, transparency kept); an SVG sent as its text, which
 * main sanitises — the renderer never draws an SVG it has not had back from main.
 */
export async function importLogo(file: File): Promise<LogoImport> {
  const problem = checkLogoFile(file);
  if (problem) return { ok: false, reason: problem };
  try {
    if (file.type === 'image/svg+xml') {
      return { ok: true, logo: { mime: 'image/svg+xml', dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) } };
    }
    const url = URL.createObjectURL(file);
    try {
      const dataBase64 = redrawnBase64(await loadImage(url), LOGO_MAX_PX, 'image/png');
      return dataBase64 === null ? { ok: false, reason: 'unreadable' } : { ok: true, logo: { mime: 'image/png', dataBase64 } };
    } finally {
      URL.revokeObjectURL(url);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
