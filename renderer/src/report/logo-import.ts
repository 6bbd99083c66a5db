import { LOGO_MAX_PX, MAX_LOGO_FILE_BYTES, type LogoInput } from '../../../shared/domain/branding';
import { fitInside } from '../../../shared/domain/image-size';

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

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('unreadable'));
    image.src = src;
  });
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
      const image = await loadImage(url);
      const size = fitInside(image.naturalWidth, image.naturalHeight, LOGO_MAX_PX);
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const context = canvas.getContext('2d');
      if (!context) return { ok: false, reason: 'unreadable' };
      context.imageSmoothingQuality = 'high';
      context.drawImage(image, 0, 0, size.width, size.height);
      const dataUrl = canvas.toDataURL('image/png');
      return { ok: true, logo: { mime: 'image/png', dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) } };
    } finally {
      URL.revokeObjectURL(url);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
